//===- CoroutineEscapeCheck.cpp - coroutine_fn escaping into plain pointers ===//
//
// A coroutine_fn stored in a pointer that ordinary code may call is the same
// bug as a direct call, only hidden: reported wherever the conversion
// happens (initializers, assignments, arguments, returns, casts, initializer
// lists). Comparing a function's address runs nothing and is not reported.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class CoroutineEscapeCheck : public Check {
public:
  using Check::Check;

  void checkConversion(const Conversion &C, const CallContext &) override {
    auto Reason = C.SourceMarkers.coroutineReason();
    if (!Reason || C.TargetMarkers.isCoroutine() || !R.enabledAt(C.Loc))
      return;
    R.warn(C.Loc, Name, "%0 escapes into %1, which is not 'coroutine_fn'")
        << describeSource(C, *Reason) << describeTarget(C) << C.Range;
    if (C.Source)
      noteMarker(R, C.Source, *Reason);
    noteTarget(R, C);
  }
};

} // namespace

std::unique_ptr<Check> makeCoroutineEscapeCheck(Reporter &R,
                                                llvm::StringRef Name) {
  return std::make_unique<CoroutineEscapeCheck>(R, Name);
}

} // namespace coro
