//===- UnmarkedCallbackCheck.cpp - callbacks of coroutine_fn pointers -----===//
//
// Off by default. An ordinary function stored in a coroutine_fn pointer (a
// BlockDriver field, a CoroutineEntry) is allowed: it can run in coroutine
// context. QEMU's convention is still that such callbacks carry the marker,
// and the fix-it adds it.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/AST/Decl.h"

namespace coro {
namespace {

class UnmarkedCallbackCheck : public Check {
public:
  using Check::Check;

  void checkConversion(const Conversion &C, const CallContext &Ctx) override {
    const auto *F = llvm::dyn_cast_or_null<clang::FunctionDecl>(C.Source);
    auto Reason = C.TargetMarkers.coroutineReason();
    if (!F || !Reason || !C.SourceMarkers.contextMarkers().empty() ||
        C.SourceMarkers.isWrapper())
      return;
    noteTarget(R.report(C.Loc, Name, {subjectName(Ctx.Of), conversionSubject(C)},
                        "function %q0 is stored in %1, which is "
                        "'coroutine_fn', but is not declared 'coroutine_fn' "
                        "itself",
                        F, describeTarget(C), C.Range)
                   .insertMarkerEverywhere(F, Marker::CoroutineFn),
               C, *Reason);
  }
};

} // namespace

std::unique_ptr<Check> makeUnmarkedCallbackCheck(Reporter &R,
                                                 MarkerCache &Markers,
                                                 llvm::StringRef Name) {
  return std::make_unique<UnmarkedCallbackCheck>(R, Markers, Name);
}

} // namespace coro
