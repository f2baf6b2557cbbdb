//===- WrapperCallCheck.cpp - coroutine code calls a generated wrapper ----===//
//
// A generated wrapper (`bdrv_pread`) creates a coroutine and polls until its
// twin (`bdrv_co_pread`) finishes; coroutine code must call the twin itself.
// The rename fix-it is offered only when both have the same type, since the
// two once had different calling conventions.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"
#include "Wording.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace coro {
namespace {

class WrapperCallCheck : public Check {
public:
  using Check::Check;

  void checkCall(const CallSite &CS, const CallContext &C) override {
    if (C.context() != Context::Coroutine)
      return;
    WrapperCall W = asWrapperCall(CS, Markers);
    if (!W.IsWrapper)
      return;
    std::optional<Marker> WrapperMarker = CS.Markers.wrapperMarker();
    if (!WrapperMarker)
      WrapperMarker = CS.Markers.noCoroutineReason();
    std::string TwinName = coroutineTwinName(CS.Function->getName());
    // No twin name, an undeclared twin, or a twin to call instead.
    unsigned Problem = TwinName.empty() ? 0 : !W.Twin ? 1 : 2;
    Finding Found = R.report(
        CS.Loc, Name, {subjectName(C.Of), calleeSubject(CS)},
        "%0 calls %1%2%3%select{, which has no '_co_' coroutine version to "
        "call|, but its coroutine version '%5' is not declared|; call its "
        "coroutine version '%5' instead}4");
    Found << describeCaller(C)
          << describeBlocking(CS.Markers, quoted(CS.Function))
          << describeAlternatives(CS) << describeSide(C) << Problem << TwinName
          << CS.Range;
    SourceLocation NameLoc = CS.NameRef ? CS.NameRef->getLocation() : CS.Loc;
    if (W.Twin && CS.NameRef && NameLoc.isFileID() &&
        !R.inGeneratedCode(NameLoc) &&
        CS.Function->getASTContext().hasSameType(CS.Function->getType(),
                                                 W.Twin->getType()))
      Found.fixIt(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(NameLoc), TwinName));
    Found.markerNote(markedCallee(CS, *WrapperMarker), *WrapperMarker);
    if (W.Twin)
      Found.declarationNote(W.Twin);
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperCallCheck(Reporter &R, MarkerCache &Markers,
                                            llvm::StringRef Name) {
  return std::make_unique<WrapperCallCheck>(R, Markers, Name);
}

} // namespace coro
