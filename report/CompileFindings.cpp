//===- CompileFindings.cpp - the compile's findings in the report ---------===//
//
// The plugin records each finding of a unit in its facts, shown or not
// (docs/facts-format.md, "findings"). The report lists them, so that one
// baseline file keys both sides, and takes what the compile did not show
// (a pragma, -Wno-coroutine, a disabled check, an allow macro, a system
// header) as the user's word: such a finding is suppressed, not a warning.
// A suppression written at the code (a pragma, an allow macro, a system
// header) also suppresses the report's own finding at the same call or
// declaration; a command-line flag or checks= does not: a build that keeps
// the compile quiet (-w) and reads the report still wants the report.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include <set>
#include <tuple>

namespace report {

namespace {

using Place = std::tuple<uint32_t, uint32_t, uint32_t>;

Place place(Loc L) { return {L.File, L.Line, L.Col}; }

/// Where the report's finding stands, and the call it is about.
struct Anchors {
  const Graph &G;
  std::vector<Loc> &Out;
  void call(uint32_t C) {
    if (C != None)
      Out.push_back(G.call(C).At);
  }
  void operator()(const MustBeCoroutineData &D) { call(D.Call); }
  void operator()(const BlockingCallData &D) { call(D.Call); }
  void operator()(const NeedsCoroutineVersionData &D) { call(D.Call); }
  void operator()(const MixedCallerData &D) { call(D.Call); }
  template <typename T> void operator()(const T &) {}
};

} // namespace

void compileFindings(const Graph &G, std::vector<Finding> &All) {
  const Facts &F = G.F;
  std::set<Place> Silenced;
  for (uint32_t I = 0; I < F.CompileFindings.size(); ++I) {
    const CompileFinding &CF = F.CompileFindings[I];
    if (!CF.Shown && CF.At.valid() &&
        (CF.SuppressedBy == coro::suppressions::Pragma ||
         CF.SuppressedBy == coro::suppressions::SystemHeader ||
         CF.SuppressedBy == coro::suppressions::AllowMacro))
      Silenced.insert(place(CF.At));
  }
  for (Finding &D : All) {
    std::vector<Loc> At{D.At};
    std::visit(Anchors{G, At}, D.Data);
    for (Loc L : At)
      if (L.valid() && Silenced.count(place(L)))
        D.Suppressed = true;
  }
  for (uint32_t I = 0; I < F.CompileFindings.size(); ++I) {
    const CompileFinding &CF = F.CompileFindings[I];
    Finding D;
    D.Kind = CF.Check.c_str();
    D.Compile = true;
    D.Suppressed = !CF.Shown;
    D.At = CF.At;
    D.Message = CF.Message;
    D.Data = CompileData{I};
    All.push_back(std::move(D));
  }
}

} // namespace report
