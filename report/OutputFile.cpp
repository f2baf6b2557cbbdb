//===- OutputFile.cpp -----------------------------------------------------===//
#include "OutputFile.h"

#include "llvm/Support/FileSystem.h"

namespace report {

std::unique_ptr<llvm::raw_fd_ostream> openOutput(llvm::StringRef Path) {
  std::error_code EC;
  auto OS = std::make_unique<llvm::raw_fd_ostream>(Path, EC, llvm::sys::fs::OF_Text);
  if (!EC)
    return OS;
  llvm::errs() << "coroplugin-report: error: cannot write '" << Path
               << "': " << EC.message() << "\n";
  return nullptr;
}

} // namespace report
