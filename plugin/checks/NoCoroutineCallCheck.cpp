//===- NoCoroutineCallCheck.cpp - coroutine code calls no_coroutine_fn ----===//
//
// A no_coroutine_fn function, or a wrapper that asserts it runs outside
// coroutines (co_wrapper, co_wrapper_bdrv_rdlock), must not run in coroutine
// context: not from coroutine_fn code, and not from coroutine_mixed_fn code,
// which may run there. Calls of wrappers with a `_co_` twin from coroutine_fn
// code are wrapper-call's, which names the twin.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class NoCoroutineCallCheck : public Check {
public:
  using Check::Check;

  void checkCall(const CallSite &CS, const CallContext &C) override {
    Context Ctx = C.context();
    if (Ctx == Context::Ordinary || CS.Markers.mayRunInCoroutine())
      return;
    if (Ctx == Context::Coroutine && asWrapperCall(CS, Markers).IsWrapper)
      return;
    Marker Reason = *CS.Markers.noCoroutineReason();
    R.report(CS.Loc, Name, {subjectName(C.Of), calleeSubject(CS)},
             "%0 calls '%1' %2%3, which must not run in coroutine context",
             describeCaller(C), markerName(Reason), describeCallee(CS),
             describeSide(C), CS.Range)
        .markerNote(markedCallee(CS, Reason), Reason);
  }
};

} // namespace

std::unique_ptr<Check> makeNoCoroutineCallCheck(Reporter &R,
                                                MarkerCache &Markers,
                                                llvm::StringRef Name) {
  return std::make_unique<NoCoroutineCallCheck>(R, Markers, Name);
}

} // namespace coro
