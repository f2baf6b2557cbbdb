//===- ChainGraph.h - the part of the call graph a finding is about -------===//
//
// A finding's notes name a chain of calls and stores (coroutine code down to
// a blocking call, a root cause up to the tops of its chain). --html draws it
// as a picture and --dot-focus=KEY draws its neighbourhood: both take the
// nodes and links from here, and the colours and words of a node from here,
// so that the two pictures agree with each other and with the text.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_CHAINGRAPH_H
#define COROPLUGIN_REPORT_CHAINGRAPH_H

#include "Analyses.h"

#include <string>
#include <vector>

namespace report {

/// Nodes are functions (their index) and pointers (the number of functions
/// plus the target's index), as DotGraph.cpp numbers them.
struct ChainGraph {
  struct Link {
    uint32_t From = None, To = None;
    bool IsStore = false; // a store: From is the pointer, To the function
    uint32_t Index = None; // the call or the store
  };
  std::vector<uint32_t> Nodes; // in order of first appearance
  std::vector<Link> Links;
  /// The call the finding stands at or is about, when it has one: the
  /// picture marks it even where it breaks no rule by markers alone (a
  /// mixed caller's call).
  uint32_t Reported = None;
};

/// The functions, pointers, calls and stores finding D names: for item 1
/// the paths from up to three tops of the chain down to the seed and its
/// call; for items 2 and 3 the chain from coroutine code and the call; for
/// the callback inventory the field and the functions stored in it; for a
/// compile finding its function and the call at its location.
ChainGraph chainGraph(const Graph &G, const Results &R, const Finding &D);

/// A red edge: ordinary code calling a coroutine_fn (function or pointer) or
/// a function that must become one, coroutine context calling a generated
/// wrapper or a no_coroutine_fn function.
bool isViolation(const Graph &G, const Results &R, const Call &C);

/// How a node looks: a fill by marker (green coroutine_fn, grey wrapper,
/// khaki mixed, salmon no_coroutine_fn, white unmarked; names SVG and DOT
/// share), its lines of text (name, markers, what the report found), and a
/// border for items 1 (must be coroutine_fn) and 2 (runs only in
/// coroutines).
struct NodeStyle {
  const char *Fill = "white";
  std::vector<std::string> Lines;
  enum { Plain, Must, OnlyCoroutine } Border = Plain;
  bool IsPointer = false;
};
NodeStyle nodeStyle(const Graph &G, const Results &R, uint32_t Node);

} // namespace report

#endif
