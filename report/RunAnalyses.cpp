//===- RunAnalyses.cpp - the analyses the wanted items need ---------------===//
//
// --items=4 should not pay for item 1's walk up: each item (and --dot, and
// the fixes) names the analyses it reads, and only those run, in the order
// of their dependencies. An analysis not run leaves its Results empty (no
// function found), which no item that skipped it reads.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"
#include "Progress.h"

namespace report {

namespace {

enum : unsigned {
  Must = 1 << 0,      // mustBeCoroutine: item 1, Results::MustVia
  Context = 1 << 1,   // coroutineContext: Results::InCoroutine
  Blocking = 1 << 2,  // blockingCalls
  Missing = 1 << 3,   // missingCoroutineVersions
  Reach = 1 << 4,     // coroutineReach: Results::MayCoroutine
  Mixed = 1 << 5,     // mixedFunctions
  Callbacks = 1 << 6, // callbackInventory
  Twins = 1 << 7,     // wrapperTwins
  All = (1 << 8) - 1,
};

/// By item: what it prints and what that reads (Items.def). Item 5 is
/// --dot (the functions items 1 and 2 found); 0 is the summary, which needs
/// none.
constexpr unsigned needs(unsigned Item) {
  switch (Item) {
#define ITEM(Number, Name, Default, Title, Needs)                              \
  case Number:                                                                 \
    return Needs;
#include "Items.def"
  }
  return 0;
}

} // namespace

void runAnalyses(const Graph &G, Results &R, const bool (&Want)[ItemSlots], bool Fixes,
                 std::vector<Finding> &Out, Progress &P) {
  unsigned Run = Fixes ? unsigned(All) : 0u;
  for (unsigned Item = 0; Item < ItemSlots; ++Item)
    if (Want[Item])
      Run |= needs(Item);
  size_t N = G.F.Functions.size();
  R.MustVia.assign(N, None);
  R.InCoroutine.assign(N, 0);
  R.ContextVia.assign(N, Entry());
  R.MayCoroutine.assign(N, 0);
  R.MayVia.assign(N, Entry());
  if (Run & Must) {
    P.analysis("must be coroutine_fn");
    mustBeCoroutine(G, R, Out);
  }
  if (Run & Context) {
    P.analysis("coroutine context");
    coroutineContext(G, R);
  }
  if (Run & Blocking) {
    P.analysis("blocking calls");
    blockingCalls(G, R, Out);
  }
  if (Run & Missing) {
    P.analysis("missing coroutine versions");
    missingCoroutineVersions(G, R, Out);
  }
  if (Run & Reach) {
    P.analysis("coroutine reach");
    coroutineReach(G, R);
  }
  if (Run & Mixed) {
    P.analysis("mixed functions");
    mixedFunctions(G, R, Out);
  }
  if (Run & Callbacks) {
    P.analysis("callback inventory");
    callbackInventory(G, R, Out);
  }
  if (Run & Twins) {
    P.analysis("wrapper twins");
    wrapperTwins(G, Out);
  }
}

} // namespace report
