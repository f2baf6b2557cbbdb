//===- FixExport.h - a unit's fix-its as clang-tidy export-fixes YAML -----===//
//
// With -fplugin-arg-coroplugin-export-fixes=DIR every compile writes the
// plugin diagnostics it emitted, with their fix-its, in the format of
// `clang-tidy --export-fixes`, so that `clang-apply-replacements DIR` applies
// the fix-its of a whole build (docs/export-fixes.md).
//
// The exporter stands between clang's diagnostics engine and its client
// while the checks run: it sees exactly what the user sees (after -w,
// pragmas, -Wno-coroutine and the system-header rule), with the fix-its the
// checks attached. The Reporter tells it which warning is the plugin's and of
// which check.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FIXEXPORT_H
#define COROPLUGIN_FIXEXPORT_H

#include "ChainedConsumer.h"
#include "format/FixesFormat.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class CompilerInstance;
class LangOptions;
class SourceManager;
} // namespace clang

namespace coro {

class FixExporter : public ChainedConsumer {
public:
  /// Puts itself in front of the diagnostics client until destroyed.
  FixExporter(clang::CompilerInstance &CI, std::string Dir);

  /// The next warning (or error) that reaches the client is the plugin's,
  /// of check Check; a suppressed one never arrives.
  void expect(llvm::StringRef Check) { Expected = Check.str(); }
  /// Writes Dir/<unit>-<hash>.yaml, with no diagnostics when none arrived:
  /// a recompile must replace fix-its that no longer fit the source.
  void write();

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

private:
  ExportedMessage message(const clang::Diagnostic &Info,
                          llvm::StringRef Check);
  std::vector<ExportedReplacement>
  replacements(llvm::ArrayRef<clang::FixItHint> Hints);
  const std::string &path(clang::FileID File);

  const clang::SourceManager &SM;
  const clang::LangOptions &LangOpts;
  std::string Dir;
  std::string Expected;
  std::vector<ExportedDiagnostic> Diagnostics;
  /// The diagnostic that notes belong to; none after a foreign one.
  size_t Current = NoDiagnostic;
  static constexpr size_t NoDiagnostic = ~size_t(0);
  llvm::DenseMap<unsigned, std::string> Paths; // by FileID
};

} // namespace coro

#endif
