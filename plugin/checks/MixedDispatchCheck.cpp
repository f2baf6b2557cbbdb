//===- MixedDispatchCheck.cpp - qemu_in_coroutine() makes a function mixed ===//
//
// A function that branches on qemu_in_coroutine() runs in both contexts by
// design, which is what coroutine_mixed_fn says. Assertions about the context
// are not branches (see Dispatch.h).
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

namespace coro {
namespace {

class MixedDispatchCheck : public Check {
public:
  using Check::Check;

  void checkFunction(const FunctionSummary &S) override {
    const MarkerSet &M = S.Of.Markers;
    if (S.FirstDispatch.isInvalid() || !isMarkableFunction(S.Of.Function) ||
        M.isCoroutine() || M.isMixed() ||
        isWrapperFunction(S.Of.Function, M, Markers))
      return;
    const clang::FunctionDecl *F = S.Of.Function;
    R.report(F->getLocation(), Name, {subjectName(F), ""},
             "function %q0 branches on qemu_in_coroutine() but is not "
             "declared 'coroutine_mixed_fn'",
             F)
        .insertMarkerEverywhere(F, Marker::CoroutineMixedFn)
        .note(S.FirstDispatch, "qemu_in_coroutine() is tested here");
  }
};

} // namespace

std::unique_ptr<Check> makeMixedDispatchCheck(Reporter &R, MarkerCache &Markers,
                                              llvm::StringRef Name) {
  return std::make_unique<MixedDispatchCheck>(R, Markers, Name);
}

} // namespace coro
