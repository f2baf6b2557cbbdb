//===- Dispatch.cpp -------------------------------------------------------===//
#include "Dispatch.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/STLExtras.h"

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

const BinaryOperator *flagStore(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(lastStatement(S));
  const auto *BO = E ? dyn_cast<BinaryOperator>(E->IgnoreParens()) : nullptr;
  if (BO && BO->getOpcode() == BO_Assign &&
      isa<IntegerLiteral>(BO->getRHS()->IgnoreParenCasts()))
    return BO;
  return nullptr;
}

bool isFlagStore(const Stmt *S) { return flagStore(S) != nullptr; }

/// glib's _G_BOOLEAN_EXPR(x), inside G_LIKELY and g_assert:
/// `({ int v; if (x) v = 1; else v = 0; v; })` has the truth of x.
const Expr *glibBooleanTest(const StmtExpr *SE) {
  const CompoundStmt *CS = SE->getSubStmt();
  if (!CS || CS->size() < 2)
    return nullptr;
  const auto *Result = dyn_cast<Expr>(CS->body_back());
  const auto *If = dyn_cast<IfStmt>(CS->body_begin()[CS->size() - 2]);
  if (!Result || !If)
    return nullptr;
  const auto *Flag = dyn_cast<DeclRefExpr>(Result->IgnoreParenImpCasts());
  const BinaryOperator *Then = flagStore(If->getThen());
  const BinaryOperator *Else = flagStore(If->getElse());
  if (!Flag || !Then || !Else || isZero(Then->getRHS()) || !isZero(Else->getRHS()))
    return nullptr;
  const auto *Stored = dyn_cast<DeclRefExpr>(Then->getLHS()->IgnoreParens());
  if (!Stored || Stored->getDecl() != Flag->getDecl())
    return nullptr;
  return If->getCond();
}

/// Strips what assertion macros wrap their test in.
const Stmt *unwrap(const Stmt *S) {
  for (unsigned Steps = 0; S && Steps < 8; ++Steps) {
    const Stmt *Next = nullptr;
    if (const auto *E = dyn_cast<Expr>(S)) {
      const Expr *Bare = E->IgnoreParenCasts();
      if (const auto *UO = dyn_cast<UnaryOperator>(Bare);
          UO && UO->getOpcode() == UO_Extension)
        Next = UO->getSubExpr();
      else if (Bare != E)
        Next = Bare;
    } else if (const auto *LS = dyn_cast<LabelStmt>(S)) {
      Next = LS->getSubStmt();
    } else if (const auto *SC = dyn_cast<SwitchCase>(S)) {
      Next = SC->getSubStmt();
    }
    if (!Next)
      return S;
    S = Next;
  }
  return S;
}

} // namespace

Assertion assertedBy(BranchSides B, const Stmt *Then, const Stmt *Else) {
  if (!B.decides())
    return {};
  if (isEmptyStatement(Then) && isNoReturnCall(Else))
    return {B.WhenTrue, B.Test};
  if (isNoReturnCall(Then) && isEmptyStatement(Else))
    return {B.WhenFalse, B.Test};
  return {};
}

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
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    return analyzeCondition(glibBooleanTest(SE));
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot)
      return negate(analyzeCondition(UO->getSubExpr()));
    if (UO->getOpcode() == UO_Extension)
      return analyzeCondition(UO->getSubExpr());
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

Assertion assertedContext(const Stmt *S) {
  S = unwrap(S);
  if (const auto *If = dyn_cast_or_null<IfStmt>(S))
    return assertedBy(analyzeCondition(If->getCond()), If->getThen(),
                    If->getElse());
  if (const auto *CO = dyn_cast_or_null<ConditionalOperator>(S))
    return assertedBy(analyzeCondition(CO->getCond()), CO->getTrueExpr(),
                    CO->getFalseExpr());
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(S);
      BO && BO->getOpcode() == BO_Comma) {
    Assertion A = assertedContext(BO->getRHS());
    return A.asserts() ? A : assertedContext(BO->getLHS());
  }
  // The bodies of assertion macros, not blocks in general: those are walked
  // on their own.
  const Stmt *Body = nullptr;
  if (const auto *SE = dyn_cast_or_null<StmtExpr>(S))
    Body = SE->getSubStmt();
  else if (const auto *Do = dyn_cast_or_null<DoStmt>(S);
           Do && isZero(Do->getCond()))
    Body = Do->getBody();
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Body))
    for (const Stmt *Child : CS->body())
      if (Assertion A = assertedContext(Child); A.asserts())
        return A;
  return {};
}

bool isStraightLine(const Stmt *S) {
  if (!S || isa<DeclStmt, NullStmt>(S))
    return true;
  if (isa<Expr>(S))
    return !isNoReturnCall(S);
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return llvm::all_of(CS->body(), isStraightLine);
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return isZero(Do->getCond()) && isStraightLine(Do->getBody());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return !If->getInit() && isStraightLine(If->getThen()) &&
           isStraightLine(If->getElse());
  return false;
}

} // namespace coro
