//===- CoroutineReach.cpp - ordinary functions coroutine code reaches -----===//
//
// An ordinary function may run in coroutine context when coroutine code
// reaches it: a call from a coroutine_fn (not on the ordinary side of a
// qemu_in_coroutine() test) or from the coroutine side of a test, a store of
// its address into a coroutine_fn pointer, or a store into a pointer that
// such code calls through; and so on down from every function found, mixed
// functions included (outside the ordinary side of their tests). Unlike item
// 2 this needs no claim about every caller, only one path, so every step of
// that path must be certain:
// - A mixed function nothing in coroutine context reaches is no entry: QEMU
//   marks some that assert !qemu_in_coroutine() (bdrv_qed_open) and their
//   callees run in the main loop.
// - A no_coroutine_fn function is never entered: its marker says it does not
//   run in coroutine context (a call from coroutine code is the plugin's
//   no-coroutine-call finding), so neither do its callees on its account.
// - A call through an unmarked pointer is followed only from marked code
//   (coroutine_fn, coroutine_mixed_fn, the coroutine side of a test). Which
//   function an ordinary function calls through a pointer depends on data:
//   HMP's handle_hmp_command_exec runs `cmd->cmd` in a coroutine only for
//   the commands that ask for one, and following it would put every HMP
//   command in coroutine context.
// A fix plan asks the same question of the program as its patch will leave
// it (Inserted: the markers it is about to insert), so that the markers it
// exports are closed under their own consequences (FixPlan.cpp, item 3).
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace report {

void coroutineReach(const Graph &G, Results &R,
                    const std::vector<MarkerSet> *Inserted) {
  const Facts &F = G.F;
  auto MarksOf = [&](uint32_t Fn) {
    MarkerSet M = G.fn(Fn).Marks;
    if (Inserted)
      M |= (*Inserted)[Fn];
    return M;
  };
  R.MayCoroutine.assign(F.Functions.size(), 0);
  R.MayVia.assign(F.Functions.size(), Entry());
  std::vector<uint32_t> Queue;
  std::vector<uint8_t> Entered(F.Targets.size(), 0);
  auto Reach = [&](uint32_t Fn, Entry E) {
    MarkerSet M = MarksOf(Fn);
    bool Mixed = M.has(Marker::CoroutineMixedFn) && !M.isCoroutine() &&
                 !G.isWrapper(Fn);
    if (R.MayCoroutine[Fn] || M.isNoCoroutine() || !(M.isOrdinary() || Mixed))
      return;
    R.MayCoroutine[Fn] = 1;
    R.MayVia[Fn] = E;
    Queue.push_back(Fn);
  };
  // A call that may stand in coroutine context enters its callee, or every
  // function stored in the pointer it goes through.
  auto Enter = [&](uint32_t CI) {
    const Call &C = G.call(CI);
    if (C.Callee != None) {
      Reach(C.Callee, Entry{false, CI});
    } else if (C.Via != None && !Entered[C.Via]) {
      Entered[C.Via] = 1;
      for (uint32_t SI : G.StoresInto.of(C.Via))
        Reach(G.store(SI).Fn, Entry{true, SI, CI});
    }
  };

  for (uint32_t CI = 0; CI < F.Calls.size(); ++CI) {
    const Call &C = G.call(CI);
    if (G.inMarkedCoroutineCode(C) ||
        (C.S != Side::Ordinary && MarksOf(C.Caller).isCoroutine()))
      Enter(CI);
  }
  for (uint32_t SI = 0; SI < F.Stores.size(); ++SI)
    if (G.target(G.store(SI).Into).Marks.isCoroutine())
      Reach(G.store(SI).Fn, Entry{true, SI, None});
  for (size_t Q = 0; Q < Queue.size(); ++Q) {
    bool Marked = MarksOf(Queue[Q]).isMixed();
    for (uint32_t CI : G.CallsFrom.of(Queue[Q])) {
      const Call &C = G.call(CI);
      bool ThroughUnmarked = C.Callee == None && C.Via != None &&
                             G.target(C.Via).Marks.empty();
      if (C.S != Side::Ordinary &&
          (!ThroughUnmarked || Marked || C.S == Side::Coroutine))
        Enter(CI);
    }
  }
}

} // namespace report
