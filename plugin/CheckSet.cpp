//===- CheckSet.cpp -------------------------------------------------------===//
#include "CheckSet.h"

#include "MacroIndex.h"
#include "Reporter.h"

namespace coro {

bool CheckSet::dropped(bool Marked, clang::SourceLocation Loc,
                       bool &Allowed) const {
  Allowed = Marked && Macros.isAllowed(Loc);
  return Allowed && !R.recording();
}

void CheckSet::call(const CallSite &CS, const CallContext &Ctx) {
  // The facts writer and a few checks want unmarked calls too.
  bool Marked = !CS.Markers.empty();
  bool Allowed;
  if (dropped(Marked, CS.Loc, Allowed))
    return;
  Reporter::AllowedScope Scope(R, Allowed);
  for (const auto &C : Checks)
    if ((Marked || C->wantsUnmarkedCalls()) && !(Allowed && C->writesFacts()))
      C->checkCall(CS, Ctx);
}

void CheckSet::conversion(const Conversion &Conv, const CallContext &Ctx) {
  bool Allowed;
  if (dropped(!Conv.SourceMarkers.empty() || !Conv.TargetMarkers.empty(),
              Conv.Loc, Allowed))
    return;
  Reporter::AllowedScope Scope(R, Allowed);
  for (const auto &C : Checks)
    if (!(Allowed && C->writesFacts()))
      C->checkConversion(Conv, Ctx);
}

} // namespace coro
