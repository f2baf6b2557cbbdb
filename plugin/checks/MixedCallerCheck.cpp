//===- MixedCallerCheck.cpp - ordinary code calls coroutine_mixed_fn ------===//
//
// Off by default. Converting mixed functions to coroutine_fn starts at their
// ordinary callers: each one found here is a caller to mark mixed (or to move
// into a coroutine) first. Wrappers are meant to be called from ordinary code
// and are not reported.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class MixedCallerCheck : public Check {
public:
  using Check::Check;

  void checkCall(const CallSite &CS, const CallContext &C) override {
    auto Reason = CS.Markers.mixedReason();
    if (!Reason || CS.Markers.isCoroutine() ||
        isWrapperFunction(CS.Function, CS.Markers, Markers) ||
        C.context() != Context::Ordinary || C.DispatchSide != Side::Unknown ||
        !isMarkableFunction(C.Of.Function))
      return;
    R.report(CS.Loc, Name, {subjectName(C.Of), calleeSubject(CS)},
             "%0 calls '%1' %2; consider declaring %q3 'coroutine_mixed_fn' "
             "too",
             describeCaller(C), markerName(*Reason), describeCallee(CS),
             C.Of.Function, CS.Range)
        .insertMarkerEverywhere(C.Of.Function, Marker::CoroutineMixedFn)
        .markerNote(markedCallee(CS, *Reason), *Reason);
  }
};

} // namespace

std::unique_ptr<Check> makeMixedCallerCheck(Reporter &R, MarkerCache &Markers,
                                            llvm::StringRef Name) {
  return std::make_unique<MixedCallerCheck>(R, Markers, Name);
}

} // namespace coro
