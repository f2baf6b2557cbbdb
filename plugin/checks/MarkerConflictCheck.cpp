//===- MarkerConflictCheck.cpp - markers that cannot both hold ------------===//
//
// coroutine_fn with no_coroutine_fn, or with coroutine_mixed_fn, on one
// entity is an error: no check of its calls could be right. Reported once, at
// the declaration that writes the second marker. (QEMU master's
// co_wrapper_mixed is no_coroutine_fn coroutine_mixed_fn, which is fine.)
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

class MarkerConflictCheck : public Check {
public:
  MarkerConflictCheck(Reporter &R) : Check(R, "marker-conflict") {}

  void checkDecl(const Decl *D) override {
    MarkerSet Written = writtenMarkers(D);
    const auto *ND = dyn_cast<NamedDecl>(D);
    if (Written.empty() || !ND)
      return;
    MarkerSet Before;
    for (const Decl *P = D->getPreviousDecl(); P; P = P->getPreviousDecl())
      Before |= writtenMarkers(P);
    if (const auto *VD = dyn_cast<ValueDecl>(D))
      Before |= markersOfType(VD->getType());
    MarkerSet After = Before;
    After |= Written;
    auto Conflict = After.conflict();
    if (!Conflict || Before.conflict())
      return;
    auto [First, Second] = *Conflict;
    if (!Written.has(Second))
      std::swap(First, Second);
    R.error(ND->getLocation(), "'%0' and '%1' markers on %2 are not compatible")
        << markerName(Second) << markerName(First) << quoted(ND);
    const NamedDecl *Other = declCarrying(ND, First);
    R.note(Other->getLocation(), "'%0' is declared here") << markerName(First);
  }
};

} // namespace

std::unique_ptr<Check> makeMarkerConflictCheck(Reporter &R) {
  return std::make_unique<MarkerConflictCheck>(R);
}

} // namespace coro
