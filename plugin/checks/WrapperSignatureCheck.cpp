//===- WrapperSignatureCheck.cpp - wrapper and twin take the same arguments ===//
//
// The generator passes the wrapper's parameters to the twin in order and
// returns its result: both must have the same return type and parameter
// types. (bdrv_pread once took its arguments in another order than
// bdrv_co_pread.)
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/AST/ASTContext.h"

using namespace clang;

namespace coro {
namespace {

class WrapperSignatureCheck : public WrapperDeclarationCheck {
public:
  using WrapperDeclarationCheck::WrapperDeclarationCheck;

  void checkWrapper(const FunctionDecl *FD, Marker W) override {
    const FunctionDecl *Twin = Markers.twinOf(FD);
    if (!Twin)
      return;
    const ASTContext &Ctx = FD->getASTContext();
    if (!Ctx.hasSameType(FD->getReturnType(), Twin->getReturnType())) {
      R.report(FD->getLocation(), Name, {subjectName(FD), subjectName(Twin)},
               "'%0' wrapper %q1 returns '%2', but its coroutine version %q3 "
               "returns '%4'",
               markerName(W), FD, FD->getReturnType().getAsString(), Twin,
               Twin->getReturnType().getAsString())
          .declarationNote(Twin);
      return;
    }
    if (FD->getNumParams() != Twin->getNumParams()) {
      R.report(FD->getLocation(), Name, {subjectName(FD), subjectName(Twin)},
               "'%0' wrapper %q1 takes %2 %plural{1:parameter|:parameters}2, "
               "but its coroutine version %q3 takes %4",
               markerName(W), FD, FD->getNumParams(), Twin,
               Twin->getNumParams())
          .declarationNote(Twin);
      return;
    }
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      const ParmVarDecl *Mine = FD->getParamDecl(I);
      const ParmVarDecl *Theirs = Twin->getParamDecl(I);
      if (Ctx.hasSameUnqualifiedType(Mine->getType(), Theirs->getType()))
        continue;
      SourceLocation Loc =
          Mine->getLocation().isValid() ? Mine->getLocation() : FD->getLocation();
      R.report(Loc, Name,
               {subjectName(FD), subjectName(Twin) + "#" + std::to_string(I + 1)},
               "parameter %2 of '%0' wrapper %q1 has type '%3', but parameter "
               "%2 of its coroutine version %q4 has type '%5'",
               markerName(W), FD, I + 1, Mine->getType().getAsString(), Twin,
               Theirs->getType().getAsString())
              .note(Theirs->getLocation().isValid() ? Theirs->getLocation()
                                                    : Twin->getLocation(),
                    "parameter %0 of %q1 is declared here")
          << (I + 1) << Twin;
      return;
    }
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperSignatureCheck(Reporter &R,
                                                 MarkerCache &Markers,
                                                 llvm::StringRef Name) {
  return std::make_unique<WrapperSignatureCheck>(R, Markers, Name);
}

} // namespace coro
