//===- FactsNames.h - the paths and function ids the facts write ----------===//
//
// Every path and function id is written quoted, and many times (each call
// names its caller and file), so each is made and quoted once per unit. The
// id grammar is docs/facts-format.md's "Identity", spelled in
// format/FunctionId.h.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_FACTSNAMES_H
#define COROPLUGIN_FACTS_FACTSNAMES_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <unordered_map>
#include <utility>

namespace clang {
class CompilerInstance;
class FunctionDecl;
class NamedDecl;
class SourceManager;
} // namespace clang

namespace coro {

/// S as a JSON string literal, as llvm::json prints it.
std::string jsonString(llvm::StringRef S);
/// getQualifiedNameAsString(), without the printer for the common case: a C
/// function at file scope.
std::string qualifiedName(const clang::NamedDecl *D);

class FactsNames {
public:
  explicit FactsNames(clang::CompilerInstance &CI);

  /// A file's absolute path, plain and quoted.
  const std::pair<std::string, std::string> &paths(clang::FileID File);
  const std::string &quotedPath(clang::FileID File) { return paths(File).second; }
  /// A preprocessed unit (the .i that distcc sends to a remote compiler) is
  /// one file to the SourceManager; its line markers say which source file
  /// each line comes from, and those are the files of the facts.
  const std::pair<std::string, std::string> &presumedPaths(llvm::StringRef Name);
  /// The file of Loc's expansion.
  const std::string &pathAt(clang::SourceLocation Loc);
  /// The unit's main file: of a preprocessed unit, the file its first line
  /// marker names.
  const std::pair<std::string, std::string> &unitPaths();
  /// The stable cross-unit identity of docs/facts-format.md, unquoted.
  std::string plainId(const clang::FunctionDecl *FD);
  /// plainId() as a JSON string.
  const std::string &id(const clang::FunctionDecl *FD);

  /// The unit is preprocessed source: positions are the line markers'.
  const bool Preprocessed;

private:
  clang::CompilerInstance &CI;
  clang::SourceManager &SM;
  // Node-based maps: a Location keeps a pointer to a path while more ids
  // and paths are added.
  std::unordered_map<const clang::FunctionDecl *, std::string> Ids; // quoted
  std::unordered_map<unsigned, std::pair<std::string, std::string>>
      Paths; // by FileID
  llvm::StringMap<std::pair<std::string, std::string>> PresumedPaths;
};

} // namespace coro

#endif
