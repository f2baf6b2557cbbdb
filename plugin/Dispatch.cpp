//===- Dispatch.cpp -------------------------------------------------------===//
#include "Dispatch.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/Builtins.h"

using namespace clang;

namespace coro {
namespace {

BranchSides negate(BranchSides B) {
  std::swap(B.WhenTrue, B.WhenFalse);
  return B;
}

bool isZero(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E))
    return !BL->getValue();
  return false;
}

const FunctionDecl *calleeOf(const Expr *E) {
  const auto *CE = dyn_cast<CallExpr>(E);
  return CE ? CE->getDirectCallee() : nullptr;
}

bool isQemuInCoroutine(const FunctionDecl *FD) {
  const IdentifierInfo *II = FD->getIdentifier();
  return II && II->getName() == "qemu_in_coroutine";
}

bool isEmptyStatement(const Stmt *S) {
  if (!S || isa<NullStmt>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return CS->body_empty();
  if (const auto *E = dyn_cast<Expr>(S)) {
    E = E->IgnoreParenCasts();
    return isa<IntegerLiteral>(E);
  }
  return false;
}

const Stmt *lastStatement(const Stmt *S) {
  while (const auto *CS = dyn_cast_or_null<CompoundStmt>(S)) {
    if (CS->body_empty())
      return nullptr;
    S = CS->body_back();
  }
  return S;
}

bool isNoReturnCall(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(lastStatement(S));
  if (!E)
    return false;
  const FunctionDecl *FD = calleeOf(E->IgnoreParenCasts());
  return FD && FD->isNoReturn();
}

bool isFlagStore(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(lastStatement(S));
  const auto *BO = E ? dyn_cast<BinaryOperator>(E->IgnoreParens()) : nullptr;
  return BO && BO->getOpcode() == BO_Assign &&
         isa<IntegerLiteral>(BO->getRHS()->IgnoreParenCasts());
}

} // namespace

BranchSides analyzeCondition(const Expr *Cond) {
  if (!Cond)
    return {};
  const Expr *E = Cond->IgnoreParenCasts();
  if (const FunctionDecl *FD = calleeOf(E)) {
    if (isQemuInCoroutine(FD))
      return {Side::Coroutine, Side::Ordinary, E->getBeginLoc()};
    // likely()/unlikely() are __builtin_expect(!!(x), n).
    if (FD->getBuiltinID() == Builtin::BI__builtin_expect &&
        cast<CallExpr>(E)->getNumArgs() > 0)
      return analyzeCondition(cast<CallExpr>(E)->getArg(0));
    return {};
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot)
      return negate(analyzeCondition(UO->getSubExpr()));
    return {};
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return {};
  switch (BO->getOpcode()) {
  case BO_EQ:
  case BO_NE: {
    const Expr *Other = isZero(BO->getRHS())   ? BO->getLHS()
                        : isZero(BO->getLHS()) ? BO->getRHS()
                                               : nullptr;
    if (!Other)
      return {};
    BranchSides B = analyzeCondition(Other);
    return BO->getOpcode() == BO_EQ ? negate(B) : B;
  }
  case BO_LAnd: {
    // Only the true outcome says something about both operands.
    BranchSides L = analyzeCondition(BO->getLHS());
    BranchSides R = analyzeCondition(BO->getRHS());
    BranchSides B;
    B.WhenTrue = L.WhenTrue != Side::Unknown ? L.WhenTrue : R.WhenTrue;
    B.Test = L.decides() ? L.Test : R.Test;
    return B;
  }
  case BO_LOr: {
    BranchSides L = analyzeCondition(BO->getLHS());
    BranchSides R = analyzeCondition(BO->getRHS());
    BranchSides B;
    B.WhenFalse = L.WhenFalse != Side::Unknown ? L.WhenFalse : R.WhenFalse;
    B.Test = L.decides() ? L.Test : R.Test;
    return B;
  }
  default:
    return {};
  }
}

bool isAssertionShape(const Stmt *Then, const Stmt *Else) {
  if (isEmptyStatement(Then) && isNoReturnCall(Else))
    return true;
  if (isNoReturnCall(Then) && isEmptyStatement(Else))
    return true;
  return isFlagStore(Then) && isFlagStore(Else);
}

bool alwaysExits(const Stmt *S) {
  const Stmt *Last = lastStatement(S);
  if (!Last)
    return false;
  if (isa<ReturnStmt, GotoStmt, BreakStmt, ContinueStmt>(Last))
    return true;
  return isNoReturnCall(Last);
}

} // namespace coro
