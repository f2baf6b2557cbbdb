//===- OutputFile.h - a file the report writes besides stdout -------------===//
#ifndef COROPLUGIN_REPORT_OUTPUTFILE_H
#define COROPLUGIN_REPORT_OUTPUTFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace report {

/// Path opened for writing as text, or null after saying on stderr why it
/// cannot be written (the caller exits with status 2).
std::unique_ptr<llvm::raw_fd_ostream> openOutput(llvm::StringRef Path);

} // namespace report

#endif
