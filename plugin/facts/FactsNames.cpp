//===- FactsNames.cpp -----------------------------------------------------===//
#include "FactsNames.h"

#include "UnitFile.h"
#include "format/FunctionId.h"

#include "clang/AST/Decl.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace coro {

namespace {

/// Printable ASCII that JSON strings hold as it is.
bool isPlainJSONChar(char C) {
  return C >= 0x20 && C < 0x7f && C != '"' && C != '\\';
}

} // namespace

std::string jsonString(llvm::StringRef S) {
  if (llvm::all_of(S, isPlainJSONChar))
    return ("\"" + S + "\"").str();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  llvm::json::OStream(OS).value(S);
  return OS.str();
}

std::string qualifiedName(const NamedDecl *D) {
  if (D->getIdentifier() &&
      D->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return D->getName().str();
  return D->getQualifiedNameAsString();
}

FactsNames::FactsNames(CompilerInstance &CI)
    : Preprocessed(!CI.getFrontendOpts().Inputs.empty() &&
                   CI.getFrontendOpts().Inputs[0].getKind().isPreprocessed()),
      CI(CI), SM(CI.getSourceManager()) {}

const std::pair<std::string, std::string> &FactsNames::paths(FileID File) {
  auto It = Paths.find(File.getHashValue());
  if (It != Paths.end())
    return It->second;
  std::string P = absolutePath(SM, File);
  return Paths[File.getHashValue()] = {P, jsonString(P)};
}

const std::pair<std::string, std::string> &
FactsNames::presumedPaths(llvm::StringRef Name) {
  auto It = PresumedPaths.find(Name);
  if (It != PresumedPaths.end())
    return It->second;
  std::string P = absolutePath(Name, CI.getCodeGenOpts().DebugCompilationDir);
  return PresumedPaths[Name] = {P, jsonString(P)};
}

const std::string &FactsNames::pathAt(SourceLocation Loc) {
  Loc = SM.getExpansionLoc(Loc);
  if (Preprocessed) {
    PresumedLoc P = SM.getPresumedLoc(Loc);
    if (P.isValid())
      return presumedPaths(P.getFilename()).first;
  }
  return paths(SM.getFileID(Loc)).first;
}

const std::pair<std::string, std::string> &FactsNames::unitPaths() {
  FileID Main = SM.getMainFileID();
  if (Preprocessed) {
    PresumedLoc P = SM.getPresumedLoc(SM.translateLineCol(Main, 2, 1));
    if (P.isValid())
      return presumedPaths(P.getFilename());
  }
  return paths(Main);
}

std::string FactsNames::plainId(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  if (FD->isExternallyVisible())
    return qualifiedName(FD);
  return fileScopedName(pathAt(FD->getLocation()), qualifiedName(FD));
}

const std::string &FactsNames::id(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Ids.find(FD);
  if (It != Ids.end())
    return It->second;
  return Ids[FD] = jsonString(plainId(FD));
}

} // namespace coro
