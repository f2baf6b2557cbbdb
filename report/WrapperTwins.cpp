//===- WrapperTwins.cpp - item 6: every wrapper's `_co_` twin -------------===//
//
// scripts/block-coroutine-wrapper.py generates `bdrv_pread` to run
// `bdrv_co_pread`: the twin must exist and be coroutine_fn. One unit cannot
// tell (a unit that includes block-io.h but not block_int-io.h sees the
// wrapper without its twin, which is why the plugin's wrapper-twin check is
// off by default); over all units it is: the twin is defined in none of them,
// or no declaration in any unit makes it coroutine_fn.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace report {

void wrapperTwins(const Graph &G, std::vector<Finding> &Out) {
  for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn) {
    const Function &W = G.fn(Fn);
    std::optional<Marker> WM = W.Marks.wrapperMarker();
    std::string TwinName = coro::coroutineTwinName(W.Name);
    if (!WM || TwinName.empty())
      continue; // the plugin's wrapper-shape check reports the name
    uint32_t Twin = G.twinOf(Fn);
    Finding D = findingOf(ReportKind::WrapperTwin);
    D.At = W.Declared.valid() ? W.Declared : W.Where;
    std::string Wrapper =
        "'" + coro::markerName(*WM).str() + "' wrapper " + G.quote(Fn);
    if (Twin == None || !G.fn(Twin).Defined) {
      D.Message = Wrapper + " has no coroutine version: '" + TwinName +
                  "' is defined in no unit read";
      if (Twin != None && G.fn(Twin).Where.valid())
        D.Notes.push_back({G.fn(Twin).Where, G.whereNote(Twin)});
    } else if (!G.fn(Twin).Marks.isCoroutine()) {
      D.Message = "the coroutine version " + G.quote(Twin) + " of " + Wrapper +
                  " is not declared 'coroutine_fn' in any unit";
      D.Notes.push_back({G.fn(Twin).Where, G.whereNote(Twin)});
    } else {
      continue;
    }
    D.Data = WrapperTwinData{Fn, Twin};
    Out.push_back(std::move(D));
  }
}

} // namespace report
