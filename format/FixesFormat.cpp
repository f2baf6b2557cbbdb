//===- FixesFormat.cpp ----------------------------------------------------===//
#include "format/FixesFormat.h"

#include "llvm/Support/YAMLTraits.h"

LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedReplacement)
LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedMessage)
LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedDiagnostic)

namespace llvm {
namespace yaml {

template <> struct MappingTraits<coro::ExportedReplacement> {
  static void mapping(IO &Io, coro::ExportedReplacement &R) {
    Io.mapRequired("FilePath", R.FilePath);
    Io.mapRequired("Offset", R.Offset);
    Io.mapRequired("Length", R.Length);
    Io.mapRequired("ReplacementText", R.ReplacementText);
  }
};

template <> struct MappingTraits<coro::ExportedMessage> {
  static void mapping(IO &Io, coro::ExportedMessage &M) {
    Io.mapRequired("Message", M.Message);
    Io.mapOptional("FilePath", M.FilePath);
    Io.mapOptional("FileOffset", M.FileOffset);
    Io.mapRequired("Replacements", M.Replacements);
  }
};

template <> struct MappingTraits<coro::ExportedDiagnostic> {
  static void mapping(IO &Io, coro::ExportedDiagnostic &D) {
    Io.mapRequired("DiagnosticName", D.DiagnosticName);
    Io.mapRequired("DiagnosticMessage", D.DiagnosticMessage);
    Io.mapOptional("Notes", D.Notes);
    Io.mapOptional("Level", D.Level);
  }
};

template <> struct MappingTraits<coro::ExportedFixes> {
  static void mapping(IO &Io, coro::ExportedFixes &U) {
    Io.mapRequired("MainSourceFile", U.MainSourceFile);
    Io.mapRequired("Diagnostics", U.Diagnostics);
  }
};

} // namespace yaml
} // namespace llvm

namespace coro {

void liftNoteFix(ExportedDiagnostic &D) {
  if (!D.DiagnosticMessage.Replacements.empty())
    return;
  for (ExportedMessage &Note : D.Notes)
    if (!Note.Replacements.empty()) {
      D.DiagnosticMessage.Replacements = std::move(Note.Replacements);
      Note.Replacements.clear();
      return;
    }
}

void writeFixes(llvm::raw_ostream &OS, ExportedFixes &Fixes) {
  llvm::yaml::Output Out(OS);
  Out << Fixes;
}

bool readFixes(llvm::StringRef Text, ExportedFixes &Fixes) {
  llvm::yaml::Input In(Text);
  In >> Fixes;
  return !In.error();
}

} // namespace coro
