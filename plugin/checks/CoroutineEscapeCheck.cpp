//===- CoroutineEscapeCheck.cpp - coroutine_fn escaping into plain pointers ===//
//
// A coroutine_fn stored in a pointer that ordinary code may call is the same
// bug as a direct call, only hidden: reported wherever the conversion
// happens (initializers, assignments, arguments, returns, casts, initializer
// lists). Only a conversion that yields something callable is an escape:
// testing a pointer for null, comparing it, or converting it to `bool`, an
// integer or `void *` runs nothing. A `void *` or an integer must be
// converted back to a function pointer before anything can call it; in the
// same expression (`(QEMUBHFunc *)(void *)co_entry`) that conversion is
// reported, through a stored opaque pointer it is not visible here.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

/// A function, or a pointer (at any depth) or reference to one.
bool yieldsCallable(QualType T) {
  for (unsigned Steps = 0; !T.isNull() && Steps < 16; ++Steps) {
    T = T.getCanonicalType();
    if (T->isFunctionType())
      return true;
    if (!T->isPointerType() && !T->isReferenceType() &&
        !T->isBlockPointerType())
      return false;
    T = T->getPointeeType();
  }
  return false;
}

class CoroutineEscapeCheck : public Check {
public:
  using Check::Check;

  void checkConversion(const Conversion &C, const CallContext &Ctx) override {
    auto Reason = C.SourceMarkers.coroutineReason();
    if (!Reason || C.TargetMarkers.isCoroutine() ||
        !yieldsCallable(C.TargetType))
      return;
    noteTarget(R.report(C.Loc, Name, {subjectName(Ctx.Of), conversionSubject(C)},
                        "%0 escapes into %1, which is not 'coroutine_fn'",
                        describeSource(C, *Reason), describeTarget(C), C.Range)
                   .markerNote(markedSource(C, *Reason), *Reason),
               C);
  }
};

} // namespace

std::unique_ptr<Check> makeCoroutineEscapeCheck(Reporter &R,
                                                MarkerCache &Markers,
                                                llvm::StringRef Name) {
  return std::make_unique<CoroutineEscapeCheck>(R, Markers, Name);
}

} // namespace coro
