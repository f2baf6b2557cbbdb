//===- DumpFacts.cpp - the loaded facts as text, for tests ----------------===//
//
// `coroplugin-report --dump-facts DIR` prints what loading made of the facts
// files, every field of every record, one record a line in load order, so
// that a test can check writer and reader against each other
// (test/report/facts-round-trip.test), and with the judgement of each
// function's markers, for test/attrs/marker-model.c.
//
//===----------------------------------------------------------------------===//
#include "Graph.h"

#include "llvm/Support/raw_ostream.h"

namespace report {

namespace {

class Dumper {
public:
  Dumper(const Facts &F, llvm::raw_ostream &OS) : F(F), G(F), OS(OS) {}

  void dump() {
    for (const std::string &U : F.Units)
      OS << "unit " << U << "\n";
    for (uint32_t I = 0; I < F.Functions.size(); ++I) {
      const Function &Fn = F.Functions[I];
      OS << "function " << Fn.Id << " name=" << Fn.Name
         << (Fn.Static ? " static" : " external")
         << (Fn.Defined ? " defined" : " declared") << " unit="
         << (Fn.Unit == None ? llvm::StringRef("-") : F.Units[Fn.Unit])
         << " at=" << loc(Fn.Where) << " declared-at=" << loc(Fn.Declared)
         << " dispatch=" << loc(Fn.Dispatch) << " sites=" << sites(Fn)
         << " markers=" << markers(Fn.Marks) << " judged=" << judged(I) << "\n";
    }
    for (const Call &C : F.Calls) {
      OS << "call " << F.Functions[C.Caller].Id << " -> ";
      if (C.Callee != None)
        OS << F.Functions[C.Callee].Id;
      else
        OS << "via " << target(C.Via);
      OS << " side=" << coro::sideName(C.S) << " at=" << loc(C.At)
         << " name-at=" << span(C.Name) << "\n";
    }
    for (const Store &S : F.Stores)
      OS << "store " << F.Functions[S.Fn].Id << " into " << target(S.Into)
         << " in=" << (S.In == None ? llvm::StringRef("-") : F.Functions[S.In].Id)
         << " at=" << loc(S.At) << "\n";
    for (uint32_t W = 0; W < F.TwinOf.size(); ++W)
      if (F.TwinOf[W] != None)
        OS << "twin " << F.Functions[W].Id << " -> "
           << F.Functions[F.TwinOf[W]].Id
           << (F.TwinSameType[W] ? " same-type" : " other-type") << "\n";
    for (const CompileFinding &CF : F.CompileFindings)
      OS << "finding " << CF.Check << " function=" << CF.Function
         << " object=" << (CF.Object.empty() ? "-" : CF.Object) << " at=" << loc(CF.At)
         << (CF.Shown ? " shown" : " suppressed-by=" + CF.SuppressedBy)
         << " message=" << CF.Message << "\n";
    OS << "marker-macros " << markers(F.Spellable) << "\n";
    for (uint32_t File = 0; File < F.Gaps.size(); ++File)
      for (unsigned M = 0; M < coro::NumMarkers; ++M)
        if (const MacroGap &G = F.Gaps[File][M]; G.Before != 0)
          OS << "macro-gap " << F.Files[File] << " "
             << coro::markerName(static_cast<Marker>(M)) << " before="
             << (G.Before == None ? std::string("end") : std::to_string(G.Before))
             << " unit=" << F.Units[G.Unit] << "\n";
    for (const std::string &K : F.IgnoredKeys)
      OS << "ignored key " << K << "\n";
  }

private:
  std::string loc(const Loc &L) const {
    if (!L.valid())
      return "-";
    return F.Files[L.File] + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Col);
  }

  /// "file@offset+length", "-" when unknown.
  std::string span(const Span &S) const {
    if (!S.valid())
      return "-";
    return F.Files[S.File] + "@" + std::to_string(S.Offset) + "+" +
           std::to_string(S.Length);
  }

  /// "[file@offset/space,...]"
  std::string sites(const Function &Fn) const {
    std::string Out = "[";
    for (const MarkerSite &S : Fn.Sites)
      Out += (Out.size() > 1 ? "," : "") +
             F.Files[S.At.File] + "@" + std::to_string(S.At.Offset) + "/" +
             coro::markerSpaceName(S.Space);
    return Out + "]";
  }

  static std::string markers(MarkerSet M) { return "[" + M.describe() + "]"; }

  /// What the analyses take the function for, by the marker model the
  /// plugin judges calls with (attrs/MarkerSet.h), the twin looked up over
  /// all units: test/attrs/marker-model.c compares the two.
  std::string judged(uint32_t Fn) const {
    MarkerSet M = F.Functions[Fn].Marks;
    std::string S = M.isCoroutine()     ? "coroutine"
                    : M.isMixed()       ? "mixed"
                    : M.isNoCoroutine() ? "no-coroutine"
                                        : "ordinary";
    return G.isWrapper(Fn) ? S + ",wrapper" : S;
  }

  std::string target(uint32_t T) const {
    const Target &X = F.Targets[T];
    return X.Kind + " " + X.Name + " " + markers(X.Marks);
  }

  const Facts &F;
  Graph G;
  llvm::raw_ostream &OS;
};

} // namespace

void dumpFacts(const Facts &F, llvm::raw_ostream &OS) { Dumper(F, OS).dump(); }

} // namespace report
