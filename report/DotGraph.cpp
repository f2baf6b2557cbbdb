//===- DotGraph.cpp - item 5: the coroutine-relevant call graph as DOT ----===//
//
// Nodes: marked functions that are used, or defined and not static, the
// functions items 1 and 2 found, and every direct caller of those; or, with
// a focus, the neighbourhood of one function, or of a finding's chain
// (ChainGraph.h), to a depth. A pointer a drawn function calls
// through (a field, a parameter) is a node too, with dashed edges to the
// drawn functions stored in it: a function that only calls through a
// coroutine_fn field is no isolated box. Edges: the calls between nodes, one
// per caller and callee, red when any of the calls is a violation (ordinary
// code calling a coroutine_fn or a function that must become one; coroutine
// context calling a generated wrapper or a no_coroutine_fn function).
//
//===----------------------------------------------------------------------===//
#include "ChainGraph.h"
#include "FindingKey.h"
#include "OutputFile.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <utility>

namespace report {

namespace {

/// For a quoted DOT string: a line of a label.
std::string escape(const std::string &S) {
  std::string E;
  for (char C : S) {
    if (C == '"')
      E += '\\';
    E += C;
  }
  return E;
}

/// The nodes drawn: functions and the pointers calls go through.
struct Picked {
  std::vector<uint8_t> Fn, Target;
};

/// Without a focus: marked functions that are used, or defined and not
/// static, the
/// functions items 1 and 2 found, and every direct caller of those.
Picked wholeProgram(const Graph &G, const Results &R) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
  Picked P{std::vector<uint8_t>(N, 0), std::vector<uint8_t>(F.Targets.size(), 0)};
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    const Function &Func = G.fn(Fn);
    // A static inline function of a header is one copy per unit: the
    // copies a unit does not use would be boxes without an edge.
    bool Used = !G.CallsTo.of(Fn).empty() || !G.StoresOf.of(Fn).empty();
    bool Marked = !Func.Marks.empty() && (Used || (Func.Defined && !Func.Static));
    if (!Marked && !R.must(Fn) && !R.InCoroutine[Fn])
      continue;
    P.Fn[Fn] = 1;
    for (uint32_t CI : G.CallsTo.of(Fn))
      P.Fn[G.call(CI).Caller] = 1;
  }
  return P;
}

/// The nodes a focus names (functions, then pointers after them, as
/// ChainGraph numbers them): the functions named Focus (a name, or a static
/// function's id), else the chains of the findings whose key is Focus.
std::vector<uint32_t> focusNodes(const Graph &G, const Results &R,
                                 const std::vector<Finding> &Findings,
                                 llvm::StringRef Focus) {
  std::vector<uint32_t> Nodes;
  for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
    if (G.fn(Fn).Name == Focus || G.fn(Fn).Id == Focus)
      Nodes.push_back(Fn);
  if (!Nodes.empty())
    return Nodes;
  for (const Finding &D : Findings)
    if (findingKey(G.F, D) == Focus)
      for (uint32_t Node : chainGraph(G, R, D).Nodes)
        Nodes.push_back(Node);
  return Nodes;
}

/// Everything within Depth calls, calls through a pointer or stores of an
/// address of the nodes From, either way.
Picked neighbourhood(const Graph &G, const std::vector<uint32_t> &From,
                     unsigned Depth) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
  Picked P{std::vector<uint8_t>(N, 0), std::vector<uint8_t>(F.Targets.size(), 0)};
  std::vector<uint32_t> Queue, Dist(N + F.Targets.size(), None);
  auto Reach = [&](uint32_t Node, uint32_t D) {
    if (Dist[Node] != None)
      return;
    Dist[Node] = D;
    Queue.push_back(Node);
  };
  for (uint32_t Node : From)
    Reach(Node, 0);
  for (size_t Q = 0; Q < Queue.size(); ++Q) {
    uint32_t Node = Queue[Q], D = Dist[Node] + 1;
    if (D > Depth)
      continue;
    if (Node >= N) {
      uint32_t T = Node - N;
      for (uint32_t CI : G.CallsVia.of(T))
        Reach(G.call(CI).Caller, D);
      for (uint32_t SI : G.StoresInto.of(T))
        Reach(G.store(SI).Fn, D);
      continue;
    }
    for (uint32_t CI : G.CallsFrom.of(Node)) {
      const Call &C = G.call(CI);
      if (C.Callee != None)
        Reach(C.Callee, D);
      else if (C.Via != None)
        Reach(N + C.Via, D);
    }
    for (uint32_t CI : G.CallsTo.of(Node))
      Reach(G.call(CI).Caller, D);
    for (uint32_t SI : G.StoresOf.of(Node))
      Reach(N + G.store(SI).Into, D);
  }
  for (uint32_t Node : Queue)
    (Node < N ? P.Fn[Node] : P.Target[Node - N]) = 1;
  return P;
}

} // namespace

bool writeDot(const Graph &G, const Results &R, const std::vector<Finding> &Findings,
              llvm::StringRef Path, llvm::StringRef Focus, unsigned Depth) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
  Picked P;
  if (Focus.empty()) {
    P = wholeProgram(G, R);
  } else {
    std::vector<uint32_t> From = focusNodes(G, R, Findings, Focus);
    if (From.empty()) {
      llvm::errs() << "coroplugin-report: error: --dot-focus: no function and "
                      "no finding '"
                   << Focus << "' in the facts\n";
      return false;
    }
    P = neighbourhood(G, From, Depth);
  }
  // A call through a pointer draws the pointer, from a function drawn: with a
  // focus, only pointers within the depth.
  std::vector<uint8_t> &Node = P.Fn, &Pointer = P.Target;
  if (Focus.empty())
    for (const Call &C : F.Calls)
      if (C.Callee == None && C.Via != None && Node[C.Caller])
        Pointer[C.Via] = 1;

  // Key: caller, then the callee (a function) or N + the pointer.
  std::vector<std::pair<uint64_t, bool>> Edges;
  for (const Call &C : F.Calls) {
    if (!Node[C.Caller])
      continue;
    if (C.Callee != None && Node[C.Callee])
      Edges.push_back({(uint64_t)C.Caller << 32 | C.Callee, isViolation(G, R, C)});
    else if (C.Callee == None && C.Via != None && Pointer[C.Via])
      Edges.push_back({(uint64_t)C.Caller << 32 | (N + C.Via), isViolation(G, R, C)});
  }
  std::sort(Edges.begin(), Edges.end());
  // Stores of a drawn function's address into a drawn pointer: pointer -> it.
  std::vector<uint64_t> Stored;
  for (const Store &S : F.Stores)
    if (Node[S.Fn] && Pointer[S.Into])
      Stored.push_back((uint64_t)S.Into << 32 | S.Fn);
  std::sort(Stored.begin(), Stored.end());
  Stored.erase(std::unique(Stored.begin(), Stored.end()), Stored.end());

  std::unique_ptr<llvm::raw_fd_ostream> Out = openOutput(Path);
  if (!Out)
    return false;
  llvm::raw_fd_ostream &OS = *Out;
  OS << "digraph coroutines {\n"
        "  rankdir=LR;\n"
        "  node [shape=box, fontname=\"monospace\", fontsize=10];\n";
  auto Label = [](const NodeStyle &S) {
    std::string L;
    for (const std::string &Line : S.Lines)
      L += (L.empty() ? "" : "\\n") + escape(Line);
    return L;
  };
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!Node[Fn])
      continue;
    NodeStyle S = nodeStyle(G, R, Fn);
    std::string Style = std::string(S.Fill) == "white" ? "solid" : "filled";
    const char *Color = "black";
    if (S.Border == NodeStyle::Must)
      Color = "red", Style += ",bold";
    else if (S.Border == NodeStyle::OnlyCoroutine)
      Color = "darkgreen", Style += ",dashed";
    OS << "  n" << Fn << " [label=\"" << Label(S) << "\", style=\"" << Style
       << "\", fillcolor=\"" << S.Fill << "\", color=\"" << Color << "\"];\n";
  }
  for (uint32_t T = 0; T < F.Targets.size(); ++T) {
    if (!Pointer[T])
      continue;
    NodeStyle S = nodeStyle(G, R, N + T);
    OS << "  p" << T << " [label=\"" << Label(S) << "\", shape=ellipse, style=\""
       << (std::string(S.Fill) == "white" ? "solid" : "filled") << "\", fillcolor=\""
       << S.Fill << "\"];\n";
  }
  for (size_t I = 0; I < Edges.size();) {
    uint64_t Key = Edges[I].first;
    bool Red = false;
    for (; I < Edges.size() && Edges[I].first == Key; ++I)
      Red = Red || Edges[I].second;
    uint32_t To = Key & 0xffffffffu;
    OS << "  n" << (Key >> 32) << " -> " << (To < N ? "n" : "p")
       << (To < N ? To : To - N);
    if (Red)
      OS << " [color=red, penwidth=2]";
    OS << ";\n";
  }
  for (uint64_t E : Stored)
    OS << "  p" << (E >> 32) << " -> n" << (E & 0xffffffffu) << " [style=dashed];\n";
  OS << "}\n";
  return true;
}

} // namespace report
