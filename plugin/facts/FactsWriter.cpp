//===- FactsWriter.cpp ----------------------------------------------------===//
#include "FactsWriter.h"

#include "Reporter.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cinttypes>
#include <cstdio>

using namespace clang;
namespace json = llvm::json;

namespace coro {
namespace {

constexpr int FactsVersion = 1;

json::Array markerNames(MarkerSet M) {
  json::Array A;
  M.forEach([&](Marker X) { A.push_back(markerName(X).str()); });
  return A;
}

/// Stable across processes and versions, unlike llvm::hash_value.
uint64_t fnv1a(llvm::StringRef S) {
  uint64_t H = 1469598103934665603ull;
  for (unsigned char C : S)
    H = (H ^ C) * 1099511628211ull;
  return H;
}

class FactsWriter : public Check {
public:
  FactsWriter(Reporter &R, CompilerInstance &CI, std::string Dir)
      : Check(R, "facts"), CI(CI), SM(CI.getSourceManager()),
        Dir(std::move(Dir)) {}

  void checkDecl(const Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || FD->isImplicit() || isLambda(FD))
      return;
    const FunctionDecl *Canon = FD->getCanonicalDecl();
    if (SM.isInSystemHeader(SM.getExpansionLoc(Canon->getLocation())))
      return;
    if (!Seen.insert(Canon).second)
      return;
    const FunctionDecl *Def = FD->getDefinition();
    MarkerSet M = markersOf(FD);
    FunctionIndex[Canon] = Functions.size();
    Functions.push_back(Canon);
    // Unmarked functions only matter where this unit defines, calls or
    // stores them; the rest (libraries' and other units' prototypes, header
    // inline functions nobody here uses) would make facts files ten times
    // bigger, and are not even turned into JSON.
    Keep.push_back(!M.empty() || (Def && inMainFile(Def)));
    if (M.isWrapper()) {
      const FunctionDecl *Twin = findCoroutineTwin(FD);
      Wrappers.push_back(json::Object{
          {"wrapper", idOf(FD)},
          {"twin", Twin ? json::Value(idOf(Twin)) : json::Value(nullptr)},
          {"marker", markerName(*M.wrapperMarker()).str()}});
    }
  }

  void checkFunction(const FunctionSummary &S) override {
    if (!S.Of.Function || S.FirstDispatch.isInvalid())
      return;
    DispatchOf[S.Of.Function->getCanonicalDecl()] = S.FirstDispatch;
  }

  bool wantsUnmarkedCalls() const override { return true; }

  void checkCall(const CallSite &CS, const CallContext &C) override {
    if (!C.Of.Function || isLambda(C.Of.Function) || CS.CleanupVar)
      return;
    if (CS.Markers.empty() && C.Of.Markers.empty() && !inMainFile(C.Of.Function))
      return;
    keep(C.Of.Function);
    if (CS.K == CallSite::Direct && CS.Function)
      keep(CS.Function);
    json::Object Call{{"caller", idOf(C.Of.Function)},
                      {"side", sideName(C.DispatchSide)}};
    if (CS.K == CallSite::Direct && CS.Function) {
      Call["callee"] = idOf(CS.Function);
      Call["via"] = nullptr;
    } else {
      Call["callee"] = nullptr;
      Call["via"] = through(CS.Callee, CS.CalleeType, CS.Markers);
    }
    addLocation(Call, CS.Loc);
    Calls.push_back(std::move(Call));
  }

  void checkConversion(const Conversion &C, const CallContext &Ctx) override {
    const auto *F = dyn_cast_or_null<FunctionDecl>(C.Source);
    if (!F)
      return;
    // As for calls: what header inline functions store is every unit's.
    if (C.SourceMarkers.empty() && C.TargetMarkers.empty() &&
        !SM.isInMainFile(SM.getExpansionLoc(C.Loc)))
      return;
    keep(F);
    if (Ctx.Of.Function)
      keep(Ctx.Of.Function);
    json::Object Into{{"kind", targetKind(C)},
                      {"name", targetName(C)},
                      {"markers", markerNames(C.TargetMarkers)}};
    json::Object Store{{"function", idOf(F)},
                       {"into", std::move(Into)},
                       {"in", Ctx.Of.Function ? json::Value(idOf(Ctx.Of.Function))
                                              : json::Value(nullptr)}};
    addLocation(Store, C.Loc);
    Stores.push_back(std::move(Store));
  }

  void finishTranslationUnit() override {
    std::string Unit = absolutePath(SM.getMainFileID());
    json::Array Kept;
    for (size_t I = 0; I < Functions.size(); ++I)
      if (Keep[I])
        Kept.push_back(functionJSON(Functions[I]));
    json::Object Root{{"format", "coroplugin-facts"},
                      {"version", FactsVersion},
                      {"unit", Unit},
                      {"functions", std::move(Kept)},
                      {"calls", std::move(Calls)},
                      {"stores", std::move(Stores)},
                      {"wrappers", std::move(Wrappers)}};
    write(Unit, json::Value(std::move(Root)));
  }

private:
  json::Object functionJSON(const FunctionDecl *Canon) {
    const FunctionDecl *Def = Canon->getDefinition();
    json::Object F{{"id", idOf(Canon)},
                   {"name", Canon->getQualifiedNameAsString()},
                   {"static", !Canon->isExternallyVisible()},
                   {"defined", Def != nullptr},
                   {"markers", markerNames(markersOf(Canon))},
                   {"dispatch", nullptr}};
    addLocation(F, (Def ? Def : Canon)->getLocation());
    auto Dispatch = DispatchOf.find(Canon);
    if (Dispatch != DispatchOf.end()) {
      json::Object D;
      addLocation(D, Dispatch->second);
      F["dispatch"] = std::move(D);
    }
    return F;
  }

  bool inMainFile(const Decl *D) const {
    return SM.isInMainFile(SM.getExpansionLoc(D->getLocation()));
  }

  void keep(const FunctionDecl *F) {
    auto It = FunctionIndex.find(F->getCanonicalDecl());
    if (It != FunctionIndex.end())
      Keep[It->second] = true;
  }

  static bool isLambda(const FunctionDecl *FD) {
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    return M && M->getParent()->isLambda();
  }

  std::string absolutePath(FileID File) {
    auto It = Paths.find(File);
    if (It != Paths.end())
      return It->second;
    llvm::SmallString<256> P;
    if (auto Entry = SM.getFileEntryRefForID(File))
      P = Entry->getName();
    llvm::sys::fs::make_absolute(P);
    llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    return Paths[File] = std::string(P.str());
  }

  std::string idOf(const FunctionDecl *FD) {
    FD = FD->getCanonicalDecl();
    auto It = Ids.find(FD);
    if (It != Ids.end())
      return It->second;
    std::string Name = FD->getQualifiedNameAsString();
    if (!FD->isExternallyVisible())
      Name = absolutePath(SM.getFileID(SM.getExpansionLoc(FD->getLocation()))) +
             ":" + Name;
    return Ids[FD] = Name;
  }

  void addLocation(json::Object &O, SourceLocation Loc) {
    Loc = SM.getExpansionLoc(Loc);
    O["file"] = absolutePath(SM.getFileID(Loc));
    O["line"] = SM.getExpansionLineNumber(Loc);
    O["col"] = SM.getExpansionColumnNumber(Loc);
  }

  json::Value through(const NamedDecl *D, QualType T, MarkerSet M) {
    if (!D)
      return json::Object{{"kind", "type"},
                          {"name", T.getAsString()},
                          {"markers", markerNames(M)}};
    std::string Kind = isa<FieldDecl>(D)      ? "field"
                       : isa<ParmVarDecl>(D) ? "parameter"
                                             : "variable";
    std::string Name = D->getQualifiedNameAsString();
    if (const auto *P = dyn_cast<ParmVarDecl>(D))
      if (const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext()))
        Name = idOf(F) + "#" + std::to_string(P->getFunctionScopeIndex());
    return json::Object{{"kind", Kind}, {"name", Name}, {"markers", markerNames(M)}};
  }

  static const char *targetKind(const Conversion &C) {
    switch (C.Target) {
    case Conversion::Field:
      return "field";
    case Conversion::Parameter:
      return "parameter";
    case Conversion::Variadic:
      return "variadic";
    case Conversion::Return:
      return "return";
    case Conversion::Cast:
      return "cast";
    case Conversion::Variable:
    case Conversion::Element:
      break;
    }
    return "variable";
  }

  std::string targetName(const Conversion &C) {
    if (!C.TargetDecl)
      return C.TargetType.getAsString();
    if (const auto *P = dyn_cast<ParmVarDecl>(C.TargetDecl))
      if (const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext()))
        return idOf(F) + "#" + std::to_string(P->getFunctionScopeIndex());
    if (const auto *F = dyn_cast<FunctionDecl>(C.TargetDecl))
      return idOf(F);
    return C.TargetDecl->getQualifiedNameAsString();
  }

  void write(llvm::StringRef Unit, const json::Value &V) {
    std::error_code EC = llvm::sys::fs::create_directories(Dir);
    llvm::SmallString<256> Temp;
    int FD = -1;
    if (!EC)
      EC = llvm::sys::fs::createUniqueFile(Dir + "/.facts-%%%%%%%%.tmp", FD, Temp);
    if (!EC) {
      llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
      OS << V << "\n";
      OS.close();
      if (OS.has_error())
        EC = OS.error();
    }
    char Key[32];
    std::snprintf(Key, sizeof Key, "-%08" PRIx64, fnv1a(Unit) & 0xffffffffu);
    std::string Final = Dir + "/" + llvm::sys::path::stem(Unit).str() + Key +
                        ".facts.json";
    if (!EC)
      EC = llvm::sys::fs::rename(Temp, Final);
    if (EC) {
      if (!Temp.empty())
        llvm::sys::fs::remove(Temp);
      DiagnosticsEngine &D = CI.getDiagnostics();
      D.Report(D.getCustomDiagID(DiagnosticsEngine::Error,
                                 "coroplugin: cannot write facts to '%0': %1"))
          << Dir << EC.message();
    }
  }

  CompilerInstance &CI;
  SourceManager &SM;
  std::string Dir;
  std::vector<const FunctionDecl *> Functions; // canonical, in TU order
  std::vector<bool> Keep;                        // per entry of Functions
  json::Array Calls, Stores, Wrappers;
  llvm::DenseMap<const FunctionDecl *, size_t> FunctionIndex;
  llvm::DenseSet<const Decl *> Seen;
  llvm::DenseMap<const FunctionDecl *, SourceLocation> DispatchOf;
  llvm::DenseMap<const FunctionDecl *, std::string> Ids;
  llvm::DenseMap<FileID, std::string> Paths;
};

} // namespace

std::unique_ptr<Check> makeFactsWriter(Reporter &R, CompilerInstance &CI,
                                       std::string Dir) {
  return std::make_unique<FactsWriter>(R, CI, std::move(Dir));
}

} // namespace coro
