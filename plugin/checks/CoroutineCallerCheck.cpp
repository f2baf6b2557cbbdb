//===- CoroutineCallerCheck.cpp - ordinary code calls a coroutine_fn ------===//
//
// A coroutine_fn may yield, so it may only run in coroutine context: called
// from coroutine_fn or coroutine_mixed_fn code, or from the side of a
// qemu_in_coroutine() test where it is true. A note's fix-it marks the
// caller coroutine_fn, in its header declaration too.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class CoroutineCallerCheck : public Check {
public:
  using Check::Check;

  void checkCall(const CallSite &CS, const CallContext &C) override {
    auto Reason = CS.Markers.coroutineReason();
    if (!Reason || C.context() != Context::Ordinary)
      return;
    Finding Found = R.report(CS.Loc, Name,
                             {subjectName(C.Of), calleeSubject(CS)},
                             "%0 calls '%1' %2%3",
                             describeCaller(C), markerName(*Reason),
                             describeCallee(CS), describeSide(C), CS.Range);
    Found.markerNote(markedCallee(CS, *Reason), *Reason);
    // Marking the caller is one fix of several (or it moves the warning one
    // caller up): a note's fix-it, not the warning's.
    if (C.DispatchSide == Side::Unknown && isMarkableFunction(C.Of.Function))
      Found.suggestMarkerEverywhere(C.Of.Function, Marker::CoroutineFn);
  }
};

} // namespace

std::unique_ptr<Check> makeCoroutineCallerCheck(Reporter &R,
                                                MarkerCache &Markers,
                                                llvm::StringRef Name) {
  return std::make_unique<CoroutineCallerCheck>(R, Markers, Name);
}

} // namespace coro
