//===- FactsWriter.cpp ----------------------------------------------------===//
//
// Writing facts must cost next to nothing (at most 1% of a compile with the
// plugin), so the walk only records pointers, and the file is streamed at the
// end with every identifier and path quoted once: building llvm::json trees
// cost 4% of a compile of block/io.c.
//
//===----------------------------------------------------------------------===//
#include "FactsWriter.h"

#include "FactsFormat.h"
#include "FindingsFacts.h"
#include "FixIts.h"
#include "ObjectFacts.h"
#include "Reporter.h"
#include "UnitFile.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <unordered_map>

using namespace clang;

namespace coro {
namespace {

/// `"name":`, a key of a facts object (facts/FactsFormat.h has them all).
struct Key {
  llvm::StringLiteral Name;
};
llvm::raw_ostream &operator<<(llvm::raw_ostream &OS, Key K) {
  return OS << '"' << K.Name << "\":";
}

/// Printable ASCII that JSON strings hold as it is.
bool isPlainJSONChar(char C) {
  return C >= 0x20 && C < 0x7f && C != '"' && C != '\\';
}

/// S as a JSON string literal, as llvm::json prints it.
std::string jsonString(llvm::StringRef S) {
  if (llvm::all_of(S, isPlainJSONChar))
    return ("\"" + S + "\"").str();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  llvm::json::OStream(OS).value(S);
  return OS.str();
}

/// getQualifiedNameAsString(), without the printer for the common case: a C
/// function at file scope.
std::string qualifiedName(const NamedDecl *D) {
  if (D->getIdentifier() &&
      D->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return D->getName().str();
  return D->getQualifiedNameAsString();
}

class FactsWriter : public Check {
public:
  FactsWriter(Reporter &R, MarkerCache &Markers, CompilerInstance &CI,
              std::string Dir, bool InObject)
      : Check(R, Markers, "facts"), CI(CI), SM(CI.getSourceManager()),
        Dir(std::move(Dir)), InObject(InObject),
        Preprocessed(!CI.getFrontendOpts().Inputs.empty() &&
                     CI.getFrontendOpts().Inputs[0].getKind().isPreprocessed()) {}

  bool writesFacts() const override { return true; }

  void checkDecl(const Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || FD->isImplicit() || isLambda(FD))
      return;
    const FunctionDecl *Canon = FD->getCanonicalDecl();
    if (!Index.try_emplace(Canon, Functions.size()).second)
      return;
    MarkerSet M = Markers.of(FD);
    // Unmarked functions only matter where this unit defines (checkFunction),
    // calls or stores them; the rest (libraries' and other units' prototypes,
    // header inline functions nobody here uses) would make facts files ten
    // times bigger.
    Functions.push_back({Canon, M, /*Keep=*/!M.empty()});
    if (M.empty())
      return;
    if (std::optional<Marker> W = M.wrapperMarker()) {
      const FunctionDecl *Twin = Markers.twinOf(FD);
      Wrappers.push_back(
          {Canon, Twin, *W,
           Twin && FD->getASTContext().hasSameType(FD->getType(), Twin->getType())});
    }
  }

  void checkFunction(const FunctionSummary &S) override {
    if (!S.Of.Function)
      return;
    if (S.Of.InMainFile)
      keep(S.Of.Function);
    if (S.FirstDispatch.isValid())
      DispatchOf[S.Of.Function->getCanonicalDecl()] = S.FirstDispatch;
  }

  bool wantsUnmarkedCalls() const override { return true; }

  void checkCall(const CallSite &CS, const CallContext &C) override {
    if (!C.Of.Function || isLambda(C.Of.Function) || CS.CleanupVar)
      return;
    if (CS.Markers.empty() && C.Of.Markers.empty() && !C.Of.InMainFile)
      return;
    keep(C.Of.Function);
    CallFact Call{C.Of.Function,
                  C.DispatchSide != Side::Unknown ? C.DispatchSide : C.ReliedSide,
                  nullptr, {}, CS.Loc};
    if (CS.K == CallSite::Direct && CS.Function) {
      keep(CS.Function);
      Call.Callee = CS.Function;
      // What coroutine code calls instead of a wrapper or a no_coroutine_fn
      // function is its `_co_` twin: the report may rename these calls.
      if ((CS.Markers.isWrapper() || CS.Markers.isNoCoroutine()) && CS.NameRef &&
          !Preprocessed &&
          CS.NameRef->getLocation().isFileID() &&
          !R.inGeneratedCode(CS.NameRef->getLocation()))
        Call.Name = CS.NameRef;
    } else {
      Call.Via = {CS.Callee, CS.CalleeType, CS.Markers, viaKind(CS.Callee)};
    }
    Calls.push_back(Call);
  }

  void checkConversion(const Conversion &C, const CallContext &Ctx) override {
    const auto *F = dyn_cast_or_null<FunctionDecl>(C.Source);
    if (!F)
      return;
    // As for calls: what header inline functions store is every unit's.
    if (C.SourceMarkers.empty() && C.TargetMarkers.empty() &&
        !Ctx.Of.InMainFile)
      return;
    keep(F);
    if (Ctx.Of.Function)
      keep(Ctx.Of.Function);
    Stores.push_back(
        {F,
         {C.TargetDecl, C.TargetType, C.TargetMarkers, intoKind(C.Target)},
         Ctx.Of.Function,
         C.Loc});
  }

  void finishTranslationUnit() override {
    auto WriteFile = [&](llvm::function_ref<void(llvm::raw_ostream &)> W) {
      if (!Dir.empty())
        writeUnitFile(CI.getDiagnostics(), "facts", Dir,
                      unitPaths().first, ".facts.json", W);
    };
    if (!InObject)
      return WriteFile([&](llvm::raw_ostream &OS) { writeFacts(OS); });
    std::string Json;
    llvm::raw_string_ostream OS(Json);
    writeFacts(OS);
    OS.flush();
    WriteFile([&](llvm::raw_ostream &Out) { Out << Json; });
    embedFacts(CI, unitPaths().first, Json);
  }

private:
  void writeFacts(llvm::raw_ostream &OS) {
    // Keys in sorted order, as llvm::json printed them in earlier versions.
    OS << '{' << Key{keys::Calls} << '[';
    const char *Sep = "";
    for (const CallFact &C : Calls) {
      Location L = locate(C.Loc);
      OS << Sep << '{' << Key{keys::Callee};
      writeId(OS, C.Callee);
      OS << ',' << Key{keys::Caller} << id(C.Caller) << ',' << Key{keys::Col}
         << L.Col << ',' << Key{keys::File} << *L.File << ',' << Key{keys::Line}
         << L.Line << ',';
      if (C.Name)
        writeNameAt(OS, C.Name);
      OS << Key{keys::Side} << '"' << sideName(C.S) << "\"," << Key{keys::Via};
      if (C.Callee)
        OS << "null";
      else
        writeTarget(OS, C.Via);
      OS << '}';
      Sep = ",";
    }
    OS << "]," << Key{keys::Findings};
    writeFindings(OS, R.recorded(), [&](SourceLocation L) {
      Location At = locate(L);
      return FactsPlace{At.Line, At.Col, At.File};
    });
    OS << ',' << Key{keys::Format} << '"' << FactsFormatName << "\","
       << Key{keys::Functions} << '[';
    Sep = "";
    for (const FunctionFact &F : Functions) {
      if (!F.Keep || SM.isInSystemHeader(F.Canon->getLocation()))
        continue;
      OS << Sep;
      writeFunction(OS, F);
      Sep = ",";
    }
    // The markers a fix can insert: those the unit can read back.
    MarkerSet Spelled;
    for (unsigned I = 0; I < NumMarkers; ++I)
      if (R.spells(static_cast<Marker>(I)))
        Spelled.add(static_cast<Marker>(I));
    OS << "]," << Key{keys::MarkerMacros};
    writeMarkers(OS, Spelled);
    OS << ',' << Key{keys::Stores} << '[';
    Sep = "";
    for (const StoreFact &S : Stores) {
      Location L = locate(S.Loc);
      OS << Sep << '{' << Key{keys::Col} << L.Col << ',' << Key{keys::File}
         << *L.File << ',' << Key{keys::Function} << id(S.Function) << ','
         << Key{keys::In};
      writeId(OS, S.In);
      OS << ',' << Key{keys::Into};
      writeTarget(OS, S.Into);
      OS << ',' << Key{keys::Line} << L.Line << '}';
      Sep = ",";
    }
    OS << "]," << Key{keys::Unit} << unitPaths().second << ','
       << Key{keys::Version} << FactsFormatVersion << ',' << Key{keys::Wrappers}
       << '[';
    Sep = "";
    for (const WrapperFact &W : Wrappers) {
      OS << Sep << '{' << Key{keys::Marker} << '"' << markerName(W.M) << "\","
         << Key{keys::SameType} << (W.SameType ? "true" : "false") << ','
         << Key{keys::Twin};
      writeId(OS, W.Twin);
      OS << ',' << Key{keys::Wrapper} << id(W.Wrapper) << '}';
      Sep = ",";
    }
    OS << "]}\n";
  }

  struct FunctionFact {
    const FunctionDecl *Canon;
    MarkerSet Markers;
    bool Keep;
  };
  /// What a call goes through or a store goes into: a declaration (field,
  /// parameter, variable, function) or, without one, a type.
  struct Target {
    const NamedDecl *D;
    QualType T;
    MarkerSet Markers;
    llvm::StringRef Kind;
  };
  struct CallFact {
    const FunctionDecl *Caller;
    Side S;
    const FunctionDecl *Callee; // null: through Via
    Target Via;
    SourceLocation Loc;
    const DeclRefExpr *Name = nullptr; // for "name-at"
  };
  struct StoreFact {
    const FunctionDecl *Function;
    Target Into;
    const FunctionDecl *In; // null at file scope
    SourceLocation Loc;
  };
  struct WrapperFact {
    const FunctionDecl *Wrapper;
    const FunctionDecl *Twin;
    Marker M;
    bool SameType; // a call can be renamed to the twin
  };
  struct Location {
    unsigned Line, Col;
    const std::string *File; // quoted
  };

  void writeFunction(llvm::raw_ostream &OS, const FunctionFact &F) {
    const FunctionDecl *Def = F.Canon->getDefinition();
    Location L = locate((Def ? Def : F.Canon)->getLocation());
    OS << '{' << Key{keys::Col} << L.Col << ',' << Key{keys::Defined}
       << (Def ? "true" : "false") << ',' << Key{keys::Dispatch};
    auto Dispatch = DispatchOf.find(F.Canon);
    if (Dispatch == DispatchOf.end()) {
      OS << "null";
    } else {
      Location D = locate(Dispatch->second);
      OS << '{' << Key{keys::Col} << D.Col << ',' << Key{keys::File} << *D.File
         << ',' << Key{keys::Line} << D.Line << '}';
    }
    OS << ',' << Key{keys::File} << *L.File << ',' << Key{keys::Id}
       << id(F.Canon) << ',' << Key{keys::Line} << L.Line << ',';
    writeMarkerSites(OS, F.Canon);
    OS << Key{keys::Markers};
    writeMarkers(OS, F.Markers);
    OS << ',' << Key{keys::Name} << jsonString(qualifiedName(F.Canon)) << ','
       << Key{keys::Static}
       << (F.Canon->isExternallyVisible() ? "false" : "true") << '}';
  }

  /// "marker-at": where each declaration a reader would edit takes a marker,
  /// as the plugin's own fix-its insert it.
  void writeMarkerSites(llvm::raw_ostream &OS, const FunctionDecl *Canon) {
    OS << Key{keys::MarkerAt} << '[';
    const char *Sep = "";
    // Offsets into a preprocessed file (distcc's) are no place in a source.
    for (const FunctionDecl *D : Canon->redecls()) {
      if (Preprocessed)
        break;
      std::optional<MarkerSite> Site = markerSite(D);
      if (!Site || R.inGeneratedCode(Site->Loc))
        continue;
      std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Site->Loc);
      OS << Sep << '{' << Key{keys::File} << quotedPath(At.first) << ','
         << Key{keys::Offset} << At.second << ',' << Key{keys::Space} << '"'
         << markerSpaceName(Site->Space) << "\"}";
      Sep = ",";
    }
    OS << "],";
  }

  /// "name-at": the callee's name, which a rename replaces.
  void writeNameAt(llvm::raw_ostream &OS, const DeclRefExpr *Name) {
    SourceLocation B = Name->getLocation();
    std::pair<FileID, unsigned> At = SM.getDecomposedLoc(B);
    unsigned Length =
        Lexer::MeasureTokenLength(B, SM, CI.getLangOpts());
    OS << Key{keys::NameAt} << '{' << Key{keys::File} << quotedPath(At.first)
       << ',' << Key{keys::Length} << Length << ',' << Key{keys::Offset}
       << At.second << "},";
  }

  Location locate(SourceLocation Loc) {
    if (Preprocessed) {
      PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
      if (P.isValid())
        return {P.getLine(), P.getColumn(),
                &presumedPaths(P.getFilename()).second};
    }
    std::pair<FileID, unsigned> At = SM.getDecomposedExpansionLoc(Loc);
    return {SM.getLineNumber(At.first, At.second),
            SM.getColumnNumber(At.first, At.second), &quotedPath(At.first)};
  }

  void writeTarget(llvm::raw_ostream &OS, const Target &T) {
    OS << '{' << Key{keys::Kind} << '"' << T.Kind << "\"," << Key{keys::Markers};
    writeMarkers(OS, T.Markers);
    OS << ',' << Key{keys::Name} << jsonString(targetName(T)) << '}';
  }

  static void writeMarkers(llvm::raw_ostream &OS, MarkerSet M) {
    OS << '[';
    const char *Sep = "";
    M.forEach([&](Marker X) {
      OS << Sep << '"' << markerName(X) << '"';
      Sep = ",";
    });
    OS << ']';
  }

  void writeId(llvm::raw_ostream &OS, const FunctionDecl *F) {
    if (F)
      OS << id(F);
    else
      OS << "null";
  }

  static llvm::StringLiteral viaKind(const NamedDecl *D) {
    return !D                    ? kinds::Type
           : isa<FieldDecl>(D)   ? kinds::Field
           : isa<ParmVarDecl>(D) ? kinds::Parameter
                                 : kinds::Variable;
  }

  static llvm::StringLiteral intoKind(Conversion::TargetKind K) {
    switch (K) {
    case Conversion::Field:
      return kinds::Field;
    case Conversion::Parameter:
      return kinds::Parameter;
    case Conversion::Variadic:
      return kinds::Variadic;
    case Conversion::Return:
      return kinds::Return;
    case Conversion::Cast:
      return kinds::Cast;
    case Conversion::Variable:
    case Conversion::Element:
      break;
    }
    return kinds::Variable;
  }

  std::string targetName(const Target &T) {
    if (!T.D)
      return T.T.getAsString();
    if (const auto *P = dyn_cast<ParmVarDecl>(T.D))
      if (const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext()))
        return plainId(F) + "#" + std::to_string(P->getFunctionScopeIndex());
    if (const auto *F = dyn_cast<FunctionDecl>(T.D))
      return plainId(F);
    // A local or static variable is one of its function or file: every
    // `handler` of the program must not become one target.
    if (const auto *V = dyn_cast<VarDecl>(T.D); V && !V->isExternallyVisible()) {
      if (const auto *F = dyn_cast<FunctionDecl>(V->getDeclContext()))
        return plainId(F) + "#" + V->getName().str();
      return pathAt(V->getLocation()) + ":" + qualifiedName(V);
    }
    return qualifiedName(T.D);
  }

  void keep(const FunctionDecl *F) {
    auto It = Index.find(F->getCanonicalDecl());
    if (It != Index.end())
      Functions[It->second].Keep = true;
  }

  static bool isLambda(const FunctionDecl *FD) {
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    return M && M->getParent()->isLambda();
  }

  /// A file's absolute path, plain and quoted, computed once per file.
  const std::pair<std::string, std::string> &paths(FileID File) {
    auto It = Paths.find(File.getHashValue());
    if (It != Paths.end())
      return It->second;
    std::string P = absolutePath(SM, File);
    return Paths[File.getHashValue()] = {P, jsonString(P)};
  }
  const std::string &quotedPath(FileID File) { return paths(File).second; }

  /// A preprocessed unit (the .i that distcc sends to a remote compiler) is
  /// one file to the SourceManager; its line markers say which source file
  /// each line comes from, and those are the files of the facts.
  const std::pair<std::string, std::string> &
  presumedPaths(llvm::StringRef Name) {
    auto It = PresumedPaths.find(Name);
    if (It != PresumedPaths.end())
      return It->second;
    std::string P = absolutePath(Name, CI.getCodeGenOpts().DebugCompilationDir);
    return PresumedPaths[Name] = {P, jsonString(P)};
  }

  /// The file of Loc's expansion.
  const std::string &pathAt(SourceLocation Loc) {
    Loc = SM.getExpansionLoc(Loc);
    if (Preprocessed) {
      PresumedLoc P = SM.getPresumedLoc(Loc);
      if (P.isValid())
        return presumedPaths(P.getFilename()).first;
    }
    return paths(SM.getFileID(Loc)).first;
  }

  /// The unit's main file: of a preprocessed unit, the file its first line
  /// marker names.
  const std::pair<std::string, std::string> &unitPaths() {
    FileID Main = SM.getMainFileID();
    if (Preprocessed) {
      PresumedLoc P = SM.getPresumedLoc(SM.translateLineCol(Main, 2, 1));
      if (P.isValid())
        return presumedPaths(P.getFilename());
    }
    return paths(Main);
  }

  /// The stable cross-unit identity of docs/facts-format.md, unquoted.
  std::string plainId(const FunctionDecl *FD) {
    FD = FD->getCanonicalDecl();
    std::string Name = qualifiedName(FD);
    if (!FD->isExternallyVisible())
      Name = pathAt(FD->getLocation()) + ":" + Name;
    return Name;
  }

  /// plainId() as a JSON string, computed once per function.
  const std::string &id(const FunctionDecl *FD) {
    FD = FD->getCanonicalDecl();
    auto It = Ids.find(FD);
    if (It != Ids.end())
      return It->second;
    return Ids[FD] = jsonString(plainId(FD));
  }

  CompilerInstance &CI;
  SourceManager &SM;
  std::string Dir;
  bool InObject;
  bool Preprocessed;
  std::vector<FunctionFact> Functions; // canonical, in TU order
  llvm::DenseMap<const FunctionDecl *, unsigned> Index; // into Functions
  std::vector<CallFact> Calls;
  std::vector<StoreFact> Stores;
  std::vector<WrapperFact> Wrappers;
  llvm::DenseMap<const FunctionDecl *, SourceLocation> DispatchOf;
  // Node-based maps: a Location keeps a pointer to a path while more ids
  // and paths are added.
  std::unordered_map<const FunctionDecl *, std::string> Ids; // quoted
  std::unordered_map<unsigned, std::pair<std::string, std::string>>
      Paths; // by FileID
  llvm::StringMap<std::pair<std::string, std::string>> PresumedPaths;
};

} // namespace

std::unique_ptr<Check> makeFactsWriter(Reporter &R, MarkerCache &Markers,
                                       CompilerInstance &CI, std::string Dir,
                                       bool InObject) {
  return std::make_unique<FactsWriter>(R, Markers, CI, std::move(Dir), InObject);
}

} // namespace coro
