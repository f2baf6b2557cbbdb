//===- ChainGraph.cpp -----------------------------------------------------===//
#include "ChainGraph.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace report {

namespace {

/// As many tops, callers or stores as the finding's notes show.
constexpr size_t MaxShown = 10, MaxTops = 3;

class Builder {
public:
  Builder(const Graph &G, const Results &R) : G(G), R(R) {}

  uint32_t pointer(uint32_t T) const { return G.F.Functions.size() + T; }
  void node(uint32_t N) {
    if (std::find(Out.Nodes.begin(), Out.Nodes.end(), N) == Out.Nodes.end())
      Out.Nodes.push_back(N);
  }
  void call(uint32_t CI) {
    const Call &C = G.call(CI);
    uint32_t To = C.Callee != None ? C.Callee : C.Via != None ? pointer(C.Via) : None;
    node(C.Caller);
    if (To == None)
      return;
    node(To);
    link({C.Caller, To, false, CI});
  }
  void store(uint32_t SI) {
    const Store &S = G.store(SI);
    node(pointer(S.Into));
    node(S.Fn);
    link({pointer(S.Into), S.Fn, true, SI});
  }
  void reported(uint32_t CI) {
    call(CI);
    Out.Reported = CI;
  }
  void chain(const Chain &Via) {
    for (const Entry &E : Via) {
      if (E.IsStore && E.Through != None)
        call(E.Through);
      E.IsStore ? store(E.Index) : call(E.Index);
    }
  }

  void operator()(std::monostate) {}
  void operator()(const CompletenessData &) {}
  void operator()(const MustBeCoroutineData &D) {
    // A top's path down: at distance d, an ordinary call to a member at d-1.
    std::map<uint32_t, uint32_t> Dist{{D.Function, 0}};
    for (auto [Fn, Distance] : D.Implied)
      Dist[Fn] = Distance;
    for (size_t I = 0; I < D.Tops.size() && I < MaxTops; ++I)
      for (uint32_t Fn = D.Tops[I]; Fn != D.Function;) {
        auto Down = std::find_if(G.CallsFrom.of(Fn).begin(), G.CallsFrom.of(Fn).end(),
                                 [&](uint32_t CI) {
                                   const Call &C = G.call(CI);
                                   auto It = Dist.find(C.Callee);
                                   return G.inOrdinaryCode(C) && It != Dist.end() &&
                                          It->second + 1 == Dist[Fn];
                                 });
        if (Down == G.CallsFrom.of(Fn).end())
          break;
        call(*Down);
        Fn = G.call(*Down).Callee;
      }
    node(D.Function);
    if (D.Call != None)
      reported(D.Call);
  }
  void operator()(const BlockingCallData &D) { chain(D.Via), reported(D.Call); }
  void operator()(const MixedCallerData &D) { chain(D.Via), reported(D.Call); }
  void operator()(const NeedsCoroutineVersionData &D) {
    size_t Shown = 0;
    for (uint32_t CI : G.CallsTo.of(D.Function))
      if (Shown < MaxTops && R.inCoroutineContext(G, G.call(CI)))
        call(CI), ++Shown;
    reported(D.Call);
  }
  void operator()(const CanBeCoroutineData &D) {
    node(D.Function);
    for (size_t I = 0; I < D.Calls.size() && I < MaxShown; ++I)
      call(D.Calls[I]);
  }
  void operator()(const CallbackData &D) {
    node(pointer(D.Field));
    for (size_t I = 0; I < D.Stores.size() && I < MaxShown; ++I)
      store(D.Stores[I]);
  }
  void operator()(const WrapperTwinData &D) {
    node(D.Function);
    if (D.Twin == None)
      return;
    node(D.Twin);
    for (uint32_t CI : G.CallsFrom.of(D.Function))
      if (G.call(CI).Callee == D.Twin)
        call(CI);
  }
  void operator()(const DecisionData &D) { node(D.Function); }
  void operator()(const CompileData &D) {
    // The compile names its function by id; the call is the one at its
    // location, in a function of that id.
    const CompileFinding &CF = G.F.CompileFindings[D.Index];
    if (!CF.At.valid())
      return;
    auto AtFinding = [&](uint32_t CI) {
      const Call &C = G.call(CI);
      if (C.At.File == CF.At.File && C.At.Line == CF.At.Line &&
          C.At.Col == CF.At.Col && G.fn(C.Caller).Id == CF.Function)
        reported(CI);
    };
    // A static function's id names no external one: look at every call.
    uint32_t Fn = G.F.findExternal(CF.Function);
    if (Fn != None)
      std::for_each(G.CallsFrom.of(Fn).begin(), G.CallsFrom.of(Fn).end(), AtFinding);
    else
      for (uint32_t CI = 0; CI < G.F.Calls.size(); ++CI)
        AtFinding(CI);
  }

  ChainGraph Out;

private:
  void link(ChainGraph::Link L) {
    auto Same = [&](const ChainGraph::Link &O) {
      return std::tie(O.From, O.To, O.IsStore, O.Index) ==
             std::tie(L.From, L.To, L.IsStore, L.Index);
    };
    if (std::none_of(Out.Links.begin(), Out.Links.end(), Same))
      Out.Links.push_back(L);
  }

  const Graph &G;
  const Results &R;
};

} // namespace

ChainGraph chainGraph(const Graph &G, const Results &R, const Finding &D) {
  Builder B(G, R);
  std::visit(B, D.Data);
  return std::move(B.Out);
}

bool isViolation(const Graph &G, const Results &R, const Call &C) {
  MarkerSet M = G.calleeMarks(C);
  if (G.inOrdinaryCode(C) &&
      (M.isCoroutine() || (C.Callee != None && R.must(C.Callee))))
    return true;
  return C.Callee != None && R.inCoroutineContext(G, C) &&
         (G.isWrapper(C.Callee) || (M.isNoCoroutine() && !M.isMixed()));
}

namespace {

const char *fill(MarkerSet M, bool Wrapper, bool Mixed) {
  if (M.isCoroutine())
    return "palegreen";
  if (Wrapper)
    return "lightgray";
  if (Mixed)
    return "khaki";
  if (M.isNoCoroutine())
    return "lightsalmon";
  return "white";
}

} // namespace

NodeStyle nodeStyle(const Graph &G, const Results &R, uint32_t Node) {
  NodeStyle S;
  uint32_t N = G.F.Functions.size();
  if (Node >= N) {
    MarkerSet M = G.target(Node - N).Marks;
    S.IsPointer = true;
    S.Fill = fill(M, M.isWrapper(), M.isMixed());
    S.Lines.push_back(G.describeTarget(Node - N));
    if (!M.empty())
      S.Lines.push_back(M.describe());
    return S;
  }
  MarkerSet M = G.fn(Node).Marks;
  S.Fill = fill(M, G.isWrapper(Node), G.isMixed(Node) || M.isMixed());
  S.Lines.push_back(G.fn(Node).Name);
  if (!M.empty())
    S.Lines.push_back(M.describe());
  else if (G.isMixed(Node))
    S.Lines.push_back("tests qemu_in_coroutine()");
  if (!R.MustVia.empty() && R.must(Node)) {
    S.Lines.push_back("must be coroutine_fn");
    S.Border = NodeStyle::Must;
  } else if (!R.InCoroutine.empty() && R.InCoroutine[Node]) {
    S.Lines.push_back("runs only in coroutines");
    S.Border = NodeStyle::OnlyCoroutine;
  }
  return S;
}

} // namespace report
