//===- UnitFile.cpp -------------------------------------------------------===//
#include "UnitFile.h"

#include "AtomicFile.h"
#include "format/FactsFormat.h"

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace coro {

std::string absolutePath(const clang::SourceManager &SM, clang::FileID File) {
  llvm::SmallString<256> P;
  if (auto Entry = SM.getFileEntryRefForID(File))
    P = Entry->getName();
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P.str());
}

std::string absolutePath(llvm::StringRef Name, llvm::StringRef CompilationDir) {
  llvm::SmallString<256> P(Name);
  if (!CompilationDir.empty() && !llvm::sys::path::is_absolute(P)) {
    llvm::SmallString<256> Base(CompilationDir);
    llvm::sys::path::append(Base, P);
    P = Base;
  }
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P.str());
}

void writeUnitFile(clang::DiagnosticsEngine &Diags, llvm::StringRef What,
                   llvm::StringRef Dir, llvm::StringRef MainFile,
                   llvm::StringRef Suffix,
                   llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  std::string Name = unitKey(MainFile) + Suffix.str();
  if (std::error_code EC = writeFileAtomically(Dir, Name, Write))
    Diags.Report(Diags.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                       "coroplugin: cannot write %0 to '%1': %2"))
        << What << Dir << EC.message();
}

} // namespace coro
