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
    WrapperCall W = asWrapperCall(CS);
    if (!W.IsWrapper || !R.enabledAt(CS.Loc))
      return;
    std::optional<Marker> WrapperMarker = CS.Markers.wrapperMarker();
    if (!WrapperMarker)
      WrapperMarker = CS.Markers.noCoroutineReason();
    std::string Callee = (CS.Markers.isWrapper()
                              ? "generated wrapper "
                              : "'" + markerName(*WrapperMarker).str() +
                                    "' function ") +
                         quoted(CS.Function);
    std::string TwinName = coroutineTwinName(CS.Function->getName());
    if (TwinName.empty()) {
      R.warn(CS.Loc, Name,
             "%0 calls %1%2, which has no '_co_' coroutine version to call")
          << describeCaller(C) << Callee << describeSide(C) << CS.Range;
      noteMarker(R, CS, *WrapperMarker);
      return;
    }
    if (!W.Twin) {
      R.warn(CS.Loc, Name,
             "%0 calls %1%2, but its coroutine version '%3' is not declared")
          << describeCaller(C) << Callee << describeSide(C) << TwinName
          << CS.Range;
      noteMarker(R, CS, *WrapperMarker);
      return;
    }
    {
      auto DB = R.warn(CS.Loc, Name,
                       "%0 calls %1%2; call its coroutine version '%3' instead")
                << describeCaller(C) << Callee << describeSide(C) << TwinName
                << CS.Range;
      const ASTContext &Ctx = CS.Function->getASTContext();
      SourceLocation NameLoc = CS.NameRef ? CS.NameRef->getLocation() : CS.Loc;
      if (CS.NameRef && NameLoc.isFileID() && !R.inGeneratedCode(NameLoc) &&
          Ctx.hasSameType(CS.Function->getType(), W.Twin->getType()))
        DB << FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(NameLoc), TwinName);
    }
    noteMarker(R, CS, *WrapperMarker);
    R.note(W.Twin->getLocation(), "%0 is declared here") << quoted(W.Twin);
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperCallCheck(Reporter &R, llvm::StringRef Name) {
  return std::make_unique<WrapperCallCheck>(R, Name);
}

} // namespace coro
