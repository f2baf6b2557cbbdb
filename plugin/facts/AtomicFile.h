//===- AtomicFile.h - replace a file so that readers never see it torn ----===//
#ifndef COROPLUGIN_FACTS_ATOMICFILE_H
#define COROPLUGIN_FACTS_ATOMICFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <system_error>

namespace coro {

/// Writes Dir/Name (creating Dir) through a temporary file in Dir that then
/// takes Name's place in one step, so that a reader, a parallel compile or a
/// crash never leaves a torn file.
std::error_code
writeFileAtomically(llvm::StringRef Dir, llvm::StringRef Name,
                    llvm::function_ref<void(llvm::raw_ostream &)> Write);

} // namespace coro

#endif
