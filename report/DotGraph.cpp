//===- DotGraph.cpp - item 5: the coroutine-relevant call graph as DOT ----===//
//
// Nodes: marked functions that are defined or called, the functions items 1
// and 2 found, and every direct caller of those. Edges: the direct calls
// between nodes, one per caller and callee, red when any of the calls is a
// violation (ordinary code calling a coroutine_fn or a function that must
// become one; coroutine context calling a generated wrapper or a
// no_coroutine_fn function).
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <utility>

namespace report {

namespace {

/// For a quoted DOT string; the labels' own "\n" line breaks stay.
std::string escape(const std::string &S) {
  std::string E;
  for (char C : S) {
    if (C == '"')
      E += '\\';
    E += C;
  }
  return E;
}

} // namespace

bool writeDot(const Graph &G, const Results &R, llvm::StringRef Path) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
  std::vector<uint8_t> Core(N, 0), Node(N, 0);
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    const Function &Func = G.fn(Fn);
    bool Marked = !Func.Marks.empty() && (Func.Defined || !G.CallsTo.of(Fn).empty());
    Core[Fn] = Marked || R.must(Fn) || R.InCoroutine[Fn];
  }
  for (uint32_t Fn = 0; Fn < N; ++Fn)
    if (Core[Fn]) {
      Node[Fn] = 1;
      for (uint32_t CI : G.CallsTo.of(Fn))
        Node[G.call(CI).Caller] = 1;
    }

  auto Violation = [&](const Call &C) {
    MarkerSet M = G.fn(C.Callee).Marks;
    if (G.inOrdinaryCode(C) && (M.isCoroutine() || R.must(C.Callee)))
      return true;
    return R.inCoroutineContext(G, C) &&
           (G.isWrapper(C.Callee) || (M.isNoCoroutine() && !M.isMixed()));
  };
  std::vector<std::pair<uint64_t, bool>> Edges;
  for (const Call &C : F.Calls)
    if (C.Callee != None && Node[C.Caller] && Node[C.Callee])
      Edges.push_back({(uint64_t)C.Caller << 32 | C.Callee, Violation(C)});
  std::sort(Edges.begin(), Edges.end());

  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    llvm::errs() << "coroplugin-report: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
    return false;
  }
  OS << "digraph coroutines {\n"
        "  rankdir=LR;\n"
        "  node [shape=box, fontname=\"monospace\", fontsize=10];\n";
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!Node[Fn])
      continue;
    const Function &Func = G.fn(Fn);
    MarkerSet M = Func.Marks;
    std::string Label = Func.Name;
    std::string Style = "solid";
    std::string Fill = "white", Color = "black";
    if (!M.empty())
      Label += "\\n" + M.describe();
    if (M.isCoroutine())
      Style = "filled", Fill = "palegreen";
    else if (G.isWrapper(Fn))
      Style = "filled", Fill = "lightgray";
    else if (M.isMixed())
      Style = "filled", Fill = "khaki";
    else if (M.isNoCoroutine())
      Style = "filled", Fill = "lightsalmon";
    if (R.must(Fn)) {
      Label += "\\nmust be coroutine_fn";
      Color = "red";
      Style += ",bold";
    } else if (R.InCoroutine[Fn]) {
      Label += "\\nruns only in coroutines";
      Color = "darkgreen";
      Style += ",dashed";
    }
    OS << "  n" << Fn << " [label=\"" << escape(Label) << "\", style=\"" << Style
       << "\", fillcolor=\"" << Fill << "\", color=\"" << Color << "\"];\n";
  }
  for (size_t I = 0; I < Edges.size();) {
    uint64_t Key = Edges[I].first;
    bool Red = false;
    for (; I < Edges.size() && Edges[I].first == Key; ++I)
      Red = Red || Edges[I].second;
    OS << "  n" << (Key >> 32) << " -> n" << (Key & 0xffffffffu);
    if (Red)
      OS << " [color=red, penwidth=2]";
    OS << ";\n";
  }
  OS << "}\n";
  return true;
}

} // namespace report
