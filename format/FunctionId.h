//===- FunctionId.h - the names the facts give functions and pointers -----===//
//
// docs/facts-format.md's "Identity": the plugin builds these names
// (plugin/facts/FactsNames.cpp, FactsWriter.cpp; Check.cpp for a finding's
// subject) and the report takes them apart (report/Graph.cpp), both through
// this file only.
//
// - A function with external linkage is its qualified name: "bdrv_co_flush",
//   "Driver::co_flush".
// - A static function or variable is "<file>:<qualified name>", the file
//   being the absolute path of its first declaration (a finding's subject
//   keeps only the file's name, FindingKey.h).
// - A parameter is "<function id>#<index>", a local variable
//   "<function id>#<name>".
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_FUNCTIONID_H
#define COROPLUGIN_FORMAT_FUNCTIONID_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace coro {

/// "<File>:<Name>": a static function's id or a static variable's name.
std::string fileScopedName(llvm::StringRef File, llvm::StringRef Name);

/// "<FunctionId>#<Part>": a parameter (Part: its index) or local variable
/// (Part: its name) of a function.
std::string ownedName(llvm::StringRef FunctionId, llvm::StringRef Part);

/// A name taken apart: the function (or variable) without the file path of
/// a file-scoped name, and what follows its '#' (empty when none).
struct OwnedName {
  llvm::StringRef Function, Part;
};
OwnedName splitOwnedName(llvm::StringRef Name);

/// Name without the directories of a file-scoped name's path
/// ("/abs/block/io.c:helper" -> "io.c:helper"): no identifier or spelled
/// type contains '/', only such a path does.
llvm::StringRef withoutDirectories(llvm::StringRef Name);

} // namespace coro

#endif
