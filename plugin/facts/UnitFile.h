//===- UnitFile.h - one output file per translation unit ------------------===//
//
// The facts and the exported fix-its are written one file per unit into a
// directory that every compile of a build shares. A unit's file is named
// after its main file and a hash of that file's path, so that a recompile
// replaces its own file and two units of the same name in different
// directories keep theirs.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_UNITFILE_H
#define COROPLUGIN_FACTS_UNITFILE_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace coro {

/// File's path made absolute, without `.` and `..` components: every unit
/// that includes a header names it the same way, however its -I spelled it.
std::string absolutePath(const clang::SourceManager &SM, clang::FileID File);

/// Name, a file name from a preprocessed file's line markers, made absolute
/// against CompilationDir (-ffile-compilation-dir, for compiles that run
/// elsewhere) or else the current directory, without `.` and `..`.
std::string absolutePath(llvm::StringRef Name, llvm::StringRef CompilationDir);

/// Writes Dir/<stem of MainFile>-<hash of MainFile><Suffix> atomically, or
/// reports an error naming What ("facts", "fix-its") and Dir.
void writeUnitFile(clang::DiagnosticsEngine &Diags, llvm::StringRef What,
                   llvm::StringRef Dir, llvm::StringRef MainFile,
                   llvm::StringRef Suffix,
                   llvm::function_ref<void(llvm::raw_ostream &)> Write);

} // namespace coro

#endif
