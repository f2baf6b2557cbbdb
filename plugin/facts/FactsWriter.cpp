//===- FactsWriter.cpp ----------------------------------------------------===//
//
// Writing facts must cost next to nothing (at most 1% of a compile with the
// plugin), so the walk only records pointers, and the file is streamed at the
// end with every identifier and path quoted once: building llvm::json trees
// cost 4% of a compile of block/io.c.
//
//===----------------------------------------------------------------------===//
#include "FactsWriter.h"

#include "format/FactsFormat.h"
#include "FactsNames.h"
#include "FindingsFacts.h"
#include "format/FunctionId.h"
#include "FixIts.h"
#include "MarkerScope.h"
#include "ObjectFacts.h"
#include "Reporter.h"
#include "UnitFile.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

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

class FactsWriter : public Check {
public:
  FactsWriter(Reporter &R, MarkerCache &Markers, CompilerInstance &CI,
              const MarkerScope &Scope, std::string Dir, bool InObject)
      : Check(R, Markers, "facts"), CI(CI), SM(CI.getSourceManager()),
        Names(CI), Scope(Scope), Dir(std::move(Dir)), InObject(InObject),
        Preprocessed(Names.Preprocessed) {}

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
                      Names.unitPaths().first, ".facts.json", W);
    };
    if (!InObject)
      return WriteFile([&](llvm::raw_ostream &OS) { writeFacts(OS); });
    std::string Json;
    llvm::raw_string_ostream OS(Json);
    writeFacts(OS);
    OS.flush();
    WriteFile([&](llvm::raw_ostream &Out) { Out << Json; });
    embedFacts(CI, Names.unitPaths().first, Json);
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
      OS << ',' << Key{keys::Caller} << Names.id(C.Caller) << ',' << Key{keys::Col}
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
    OS << ',';
    auto Quoted = [&](FileID F) -> const std::string & { return Names.quotedPath(F); };
    // A preprocessed unit's one file is no file of the source tree.
    if (!Preprocessed) {
      OS << Key{keys::FilesRead};
      writeFilesRead(OS, Scope, Quoted);
      OS << ',';
    }
    OS << Key{keys::Format} << '"' << FactsFormatName << "\","
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
    if (!Preprocessed) {
      OS << ',' << Key{keys::MarkerUndefined};
      writeMarkerUndefined(OS, Scope, Spelled);
    }
    OS << ',' << Key{keys::Stores} << '[';
    Sep = "";
    for (const StoreFact &S : Stores) {
      Location L = locate(S.Loc);
      OS << Sep << '{' << Key{keys::Col} << L.Col << ',' << Key{keys::File}
         << *L.File << ',' << Key{keys::Function} << Names.id(S.Function) << ','
         << Key{keys::In};
      writeId(OS, S.In);
      OS << ',' << Key{keys::Into};
      writeTarget(OS, S.Into);
      OS << ',' << Key{keys::Line} << L.Line << '}';
      Sep = ",";
    }
    OS << "]," << Key{keys::Unit} << Names.unitPaths().second << ','
       << Key{keys::Version} << FactsFormatVersion << ',' << Key{keys::Wrappers}
       << '[';
    Sep = "";
    for (const WrapperFact &W : Wrappers) {
      OS << Sep << '{' << Key{keys::Marker} << '"' << markerName(W.M) << "\","
         << Key{keys::SameType} << (W.SameType ? "true" : "false") << ','
         << Key{keys::Twin};
      writeId(OS, W.Twin);
      OS << ',' << Key{keys::Wrapper} << Names.id(W.Wrapper) << '}';
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
       << Names.id(F.Canon) << ',' << Key{keys::Line} << L.Line << ',';
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
      OS << Sep << '{' << Key{keys::File} << Names.quotedPath(At.first) << ','
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
    OS << Key{keys::NameAt} << '{' << Key{keys::File} << Names.quotedPath(At.first)
       << ',' << Key{keys::Length} << Length << ',' << Key{keys::Offset}
       << At.second << "},";
  }

  Location locate(SourceLocation Loc) {
    if (Preprocessed) {
      PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
      if (P.isValid())
        return {P.getLine(), P.getColumn(),
                &Names.presumedPaths(P.getFilename()).second};
    }
    std::pair<FileID, unsigned> At = SM.getDecomposedExpansionLoc(Loc);
    return {SM.getLineNumber(At.first, At.second),
            SM.getColumnNumber(At.first, At.second), &Names.quotedPath(At.first)};
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
      OS << Names.id(F);
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
        return ownedName(Names.plainId(F), std::to_string(P->getFunctionScopeIndex()));
    if (const auto *F = dyn_cast<FunctionDecl>(T.D))
      return Names.plainId(F);
    // A local or static variable is one of its function or file: every
    // `handler` of the program must not become one target.
    if (const auto *V = dyn_cast<VarDecl>(T.D); V && !V->isExternallyVisible()) {
      if (const auto *F = dyn_cast<FunctionDecl>(V->getDeclContext()))
        return ownedName(Names.plainId(F), V->getName());
      return fileScopedName(Names.pathAt(V->getLocation()), qualifiedName(V));
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

  CompilerInstance &CI;
  SourceManager &SM;
  FactsNames Names;
  const MarkerScope &Scope;
  std::string Dir;
  bool InObject;
  const bool Preprocessed;
  std::vector<FunctionFact> Functions; // canonical, in TU order
  llvm::DenseMap<const FunctionDecl *, unsigned> Index; // into Functions
  std::vector<CallFact> Calls;
  std::vector<StoreFact> Stores;
  std::vector<WrapperFact> Wrappers;
  llvm::DenseMap<const FunctionDecl *, SourceLocation> DispatchOf;
};

} // namespace

std::unique_ptr<Check> makeFactsWriter(Reporter &R, MarkerCache &Markers,
                                       CompilerInstance &CI,
                                       const MarkerScope &Scope, std::string Dir,
                                       bool InObject) {
  return std::make_unique<FactsWriter>(R, Markers, CI, Scope, std::move(Dir),
                                       InObject);
}

} // namespace coro
