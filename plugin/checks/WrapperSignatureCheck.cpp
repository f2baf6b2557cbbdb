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
    const FunctionDecl *Twin = findCoroutineTwin(FD);
    if (!Twin)
      return;
    const ASTContext &Ctx = FD->getASTContext();
    std::string Wrapper = "'" + markerName(W).str() + "' wrapper " + quoted(FD);
    if (!Ctx.hasSameType(FD->getReturnType(), Twin->getReturnType())) {
      R.warn(FD->getLocation(), Name,
             "%0 returns '%1', but its coroutine version %2 returns '%3'")
          << Wrapper << FD->getReturnType().getAsString() << quoted(Twin)
          << Twin->getReturnType().getAsString();
      R.note(Twin->getLocation(), "%0 is declared here") << quoted(Twin);
      return;
    }
    if (FD->getNumParams() != Twin->getNumParams()) {
      R.warn(FD->getLocation(), Name,
             "%0 takes %1 parameters, but its coroutine version %2 takes %3")
          << Wrapper << FD->getNumParams() << quoted(Twin)
          << Twin->getNumParams();
      R.note(Twin->getLocation(), "%0 is declared here") << quoted(Twin);
      return;
    }
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      const ParmVarDecl *Mine = FD->getParamDecl(I);
      const ParmVarDecl *Theirs = Twin->getParamDecl(I);
      if (Ctx.hasSameUnqualifiedType(Mine->getType(), Theirs->getType()))
        continue;
      SourceLocation Loc =
          Mine->getLocation().isValid() ? Mine->getLocation() : FD->getLocation();
      R.warn(Loc, Name,
             "parameter %0 of %1 has type '%2', but parameter %0 of its "
             "coroutine version %3 has type '%4'")
          << (I + 1) << Wrapper << Mine->getType().getAsString()
          << quoted(Twin) << Theirs->getType().getAsString();
      R.note(Theirs->getLocation().isValid() ? Theirs->getLocation()
                                             : Twin->getLocation(),
             "parameter %0 of %1 is declared here")
          << (I + 1) << quoted(Twin);
      return;
    }
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperSignatureCheck(Reporter &R,
                                                 llvm::StringRef Name) {
  return std::make_unique<WrapperSignatureCheck>(R, Name);
}

} // namespace coro
