//===- NoCoroutineEscapeCheck.cpp - no_coroutine_fn into coroutine pointers ===//
//
// The mirror image of coroutine-escape: coroutine code calls a coroutine_fn
// pointer freely, so a function that must not run in coroutine context must
// not be stored in one.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class NoCoroutineEscapeCheck : public Check {
public:
  using Check::Check;

  void checkConversion(const Conversion &C, const CallContext &Ctx) override {
    if (C.SourceMarkers.mayRunInCoroutine() || !C.TargetMarkers.isCoroutine())
      return;
    Marker Reason = *C.SourceMarkers.noCoroutineReason();
    noteTarget(R.report(C.Loc, Name, {subjectName(Ctx.Of), conversionSubject(C)},
                        "%0 is stored in %1, which coroutine code calls as "
                        "'coroutine_fn'",
                        describeSource(C, Reason), describeTarget(C), C.Range)
                   .markerNote(markedSource(C, Reason), Reason),
               C, C.TargetMarkers.coroutineReason());
  }
};

} // namespace

std::unique_ptr<Check> makeNoCoroutineEscapeCheck(Reporter &R,
                                                  MarkerCache &Markers,
                                                  llvm::StringRef Name) {
  return std::make_unique<NoCoroutineEscapeCheck>(R, Markers, Name);
}

} // namespace coro
