//===- UnitFile.cpp -------------------------------------------------------===//
#include "UnitFile.h"

#include "AtomicFile.h"

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cinttypes>
#include <cstdio>

namespace coro {
namespace {

/// Stable across processes and versions, unlike llvm::hash_value.
uint64_t fnv1a(llvm::StringRef S) {
  uint64_t H = 1469598103934665603ull;
  for (unsigned char C : S)
    H = (H ^ C) * 1099511628211ull;
  return H;
}

} // namespace

std::string absolutePath(const clang::SourceManager &SM, clang::FileID File) {
  llvm::SmallString<256> P;
  if (auto Entry = SM.getFileEntryRefForID(File))
    P = Entry->getName();
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P.str());
}

void writeUnitFile(clang::DiagnosticsEngine &Diags, llvm::StringRef What,
                   llvm::StringRef Dir, llvm::StringRef MainFile,
                   llvm::StringRef Suffix,
                   llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  char Key[32];
  std::snprintf(Key, sizeof Key, "-%08" PRIx64, fnv1a(MainFile) & 0xffffffffu);
  std::string Name = (llvm::sys::path::stem(MainFile) + Key + Suffix).str();
  if (std::error_code EC = writeFileAtomically(Dir, Name, Write))
    Diags.Report(Diags.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                       "coroplugin: cannot write %0 to '%1': %2"))
        << What << Dir << EC.message();
}

} // namespace coro
