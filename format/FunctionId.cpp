//===- FunctionId.cpp -----------------------------------------------------===//
#include "format/FunctionId.h"

#include "llvm/ADT/Twine.h"

namespace coro {

std::string fileScopedName(llvm::StringRef File, llvm::StringRef Name) {
  return (llvm::Twine(File) + ":" + Name).str();
}

std::string ownedName(llvm::StringRef FunctionId, llvm::StringRef Part) {
  return (llvm::Twine(FunctionId) + "#" + Part).str();
}

OwnedName splitOwnedName(llvm::StringRef Name) {
  if (!Name.empty() && Name.front() == '/')
    Name = Name.split(':').second;
  auto [Function, Part] = Name.rsplit('#');
  return {Function, Part};
}

llvm::StringRef withoutDirectories(llvm::StringRef Name) {
  size_t Slash = Name.rfind('/');
  return Slash == llvm::StringRef::npos ? Name : Name.drop_front(Slash + 1);
}

} // namespace coro
