//===- FixesFormat.h - clang-tidy's export-fixes YAML, without Clang ------===//
//
// The plugin writes one such file per unit (plugin/FixExport.cpp) and
// coroplugin-report one for the whole program (report/ExportFixes.cpp), so
// that `clang-apply-replacements` applies both together. The keys are those of
// clang/Tooling/DiagnosticsYaml.h, written with llvm::yaml: clang's own types
// live in clangToolingCore, which a statically linked clang does not contain
// and of which a plugin cannot link a second copy beside libclang-cpp's.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_FIXESFORMAT_H
#define COROPLUGIN_FORMAT_FIXESFORMAT_H

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace coro {

struct ExportedReplacement {
  std::string FilePath;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string ReplacementText;
};

struct ExportedMessage {
  std::string Message;
  std::string FilePath;
  unsigned FileOffset = 0;
  std::vector<ExportedReplacement> Replacements;
};

struct ExportedDiagnostic {
  std::string DiagnosticName;
  ExportedMessage DiagnosticMessage;
  std::vector<ExportedMessage> Notes;
  std::string Level;
};

/// The whole file: clang-tidy's TranslationUnitDiagnostics.
struct ExportedFixes {
  std::string MainSourceFile;
  std::vector<ExportedDiagnostic> Diagnostics;
};

/// Moves the fix clang-apply-replacements applies for D onto its message:
/// the message's own, else that of the first note that has one (clang's
/// tooling::selectFirstFix), as the plugin's coroutine-caller writes it.
void liftNoteFix(ExportedDiagnostic &D);

void writeFixes(llvm::raw_ostream &OS, ExportedFixes &Fixes);
/// Parses a file writeFixes() or clang-tidy wrote; false on bad YAML.
bool readFixes(llvm::StringRef Text, ExportedFixes &Fixes);

} // namespace coro

#endif
