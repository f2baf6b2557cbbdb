//===- Graph.h - the call graph over merged facts -------------------------===//
//
// Indexes over Facts for the analyses: the calls into and out of each
// function, the stores of each function's address, and the questions every
// analysis asks of a call (what context it stands in, what it calls).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_GRAPH_H
#define COROPLUGIN_REPORT_GRAPH_H

#include "Facts.h"
#include "Wording.h"

#include <string>
#include <vector>

namespace report {

/// Items grouped by a key, in compressed rows: Of(K) lists key K's items.
class Adjacency {
public:
  template <typename KeyOf>
  void build(size_t Keys, size_t Items, KeyOf Key) {
    Start.assign(Keys + 1, 0);
    for (size_t I = 0; I < Items; ++I)
      if (Key(I) != None)
        ++Start[Key(I) + 1];
    for (size_t K = 0; K < Keys; ++K)
      Start[K + 1] += Start[K];
    List.resize(Start[Keys]);
    std::vector<uint32_t> Fill(Start.begin(), Start.end() - 1);
    for (size_t I = 0; I < Items; ++I)
      if (Key(I) != None)
        List[Fill[Key(I)]++] = (uint32_t)I;
  }
  struct Range {
    const uint32_t *B, *E;
    const uint32_t *begin() const { return B; }
    const uint32_t *end() const { return E; }
    size_t size() const { return E - B; }
    bool empty() const { return B == E; }
  };
  Range of(uint32_t K) const {
    return {List.data() + Start[K], List.data() + Start[K + 1]};
  }

private:
  std::vector<uint32_t> Start, List;
};

class Graph {
public:
  explicit Graph(const Facts &F);

  const Facts &F;
  Adjacency CallsTo;   // by callee: direct calls of it
  Adjacency CallsFrom; // by caller
  Adjacency StoresOf;  // by the function whose address is stored
  Adjacency CallsVia;  // by target: indirect calls through it
  Adjacency StoresInto; // by target: stores of addresses into it
  /// Per function, Marks.isOrdinary(): inOrdinaryCode() runs in the inner
  /// loops, and a Function is too large to read there.
  std::vector<uint8_t> Ordinary;

  const Function &fn(uint32_t I) const { return F.Functions[I]; }
  const Call &call(uint32_t I) const { return F.Calls[I]; }
  const Store &store(uint32_t I) const { return F.Stores[I]; }
  const Target &target(uint32_t I) const { return F.Targets[I]; }

  /// The markers of what the call calls: the callee's, or the pointer's.
  MarkerSet calleeMarks(const Call &C) const;
  /// The caller is ordinary (unmarked, not a wrapper) and the call is not on
  /// the coroutine side of a qemu_in_coroutine() test.
  bool inOrdinaryCode(const Call &C) const {
    return C.S != Side::Coroutine && Ordinary[C.Caller];
  }
  /// The call stands in coroutine context by markers alone: a coroutine_fn
  /// caller (not on the ordinary side of a test), or the coroutine side.
  bool inMarkedCoroutineCode(const Call &C) const;
  /// The `_co_` twin of a function: the writer's, else by name
  /// (`bdrv_pread` -> `bdrv_co_pread`). None when not declared.
  uint32_t twinOf(uint32_t Fn) const;
  /// A wrapper by the plugin's rule (MarkerSet::isWrapperGiven), with the
  /// twin looked up over the whole program.
  bool isWrapper(uint32_t Fn) const {
    MarkerSet M = fn(Fn).Marks;
    if (!M.twinDecidesWrapper())
      return M.isWrapper();
    uint32_t Twin = twinOf(Fn);
    return M.isWrapperGiven(Twin != None && fn(Twin).Marks.isCoroutine());
  }

  /// Runs in both contexts: marked coroutine_mixed_fn (no wrapper), or
  /// unmarked and testing qemu_in_coroutine() to pick its path, which is
  /// what the marker says (QEMU 7.2 marks none of them).
  bool isMixed(uint32_t Fn) const {
    MarkerSet M = fn(Fn).Marks;
    if (M.has(Marker::CoroutineMixedFn) && !M.isCoroutine())
      return !isWrapper(Fn);
    return M.isOrdinary() && !M.isNoCoroutine() && fn(Fn).Dispatch.valid();
  }
  /// What the call calls runs in both contexts (isMixed(), or a pointer
  /// marked coroutine_mixed_fn).
  bool callsMixed(const Call &C) const {
    if (C.Callee != None)
      return isMixed(C.Callee);
    MarkerSet M = calleeMarks(C);
    return M.has(Marker::CoroutineMixedFn) && !M.isCoroutine() && !M.isWrapper();
  }
  /// Coroutine code must call Fn's `_co_` twin instead: a wrapper, or a
  /// no_coroutine_fn function that has a twin.
  bool isBlocking(uint32_t Fn) const {
    MarkerSet M = fn(Fn).Marks;
    return isWrapper(Fn) ||
           (M.isNoCoroutine() && !M.isMixed() && twinOf(Fn) != None);
  }

  /// "'bdrv_co_preadv'"
  std::string quote(uint32_t Fn) const { return coro::quote(fn(Fn).Name); }
  /// "'coroutine_fn' function 'f'", "unmarked function 'f'".
  std::string describeFn(uint32_t Fn) const {
    MarkerSet M = fn(Fn).Marks;
    return (M.empty() ? std::string("unmarked") : M.quoted()) + " function " +
           quote(Fn);
  }
  /// "'bdrv_co_preadv' is declared 'coroutine_fn' here" (as the plugin says
  /// it), or "'f' is defined here" for an unmarked function: a note at
  /// Function::Where.
  std::string whereNote(uint32_t Fn) const {
    const Function &Func = fn(Fn);
    if (!Func.Marks.empty())
      return quote(Fn) + " is declared " + Func.Marks.quoted() + " here";
    return quote(Fn) + " is " + (Func.Defined ? "defined" : "declared") + " here";
  }
  /// "field 'BlockDriver::bdrv_co_preadv'", "parameter #0 of 'qemu_coroutine_create'",
  /// "pointer of type 'CoroutineEntry *'", in the plugin's words (Wording.h).
  std::string describeTarget(uint32_t T) const;
  /// "function 'f'" or the target of an indirect call.
  std::string describeCallee(const Call &C) const;
  /// describeCallee() after the callee's markers: "'coroutine_fn' field
  /// 'BlockDriver::bdrv_co_preadv'".
  std::string describeMarkedCallee(const Call &C) const {
    std::string M = calleeMarks(C).quoted();
    return (M.empty() ? M : M + " ") + describeCallee(C);
  }
};

} // namespace report

#endif
