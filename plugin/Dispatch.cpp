//===- Dispatch.cpp -------------------------------------------------------===//
#include "Dispatch.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace coro {
namespace {

/// How deep locals holding tests of locals are followed (`int x = x;` too).
constexpr unsigned MaxDepth = 8;

BranchSides negate(BranchSides B) {
  std::swap(B.WhenTrue, B.WhenFalse);
  return B;
}

/// The context depends on B, but neither outcome decides it.
BranchSides dependsOn(const BranchSides &B) {
  BranchSides D;
  D.Test = B.Test;
  return D;
}

bool isZero(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  return false;
}

/// glib's _G_BOOLEAN_EXPR(x), inside G_LIKELY and g_assert:
/// `({ int v; if (x) v = 1; else v = 0; v; })` has the truth of x.
const BinaryOperator *flagStore(const Stmt *S) {
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(S))
    S = CS->size() == 1 ? CS->body_back() : nullptr;
  const auto *E = dyn_cast_or_null<Expr>(S);
  const auto *BO = E ? dyn_cast<BinaryOperator>(E->IgnoreParens()) : nullptr;
  if (BO && BO->getOpcode() == BO_Assign &&
      isa<IntegerLiteral>(BO->getRHS()->IgnoreParenCasts()))
    return BO;
  return nullptr;
}

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
  if (!Flag || !Then || !Else || isZero(Then->getRHS()) ||
      !isZero(Else->getRHS()))
    return nullptr;
  const auto *Stored = dyn_cast<DeclRefExpr>(Then->getLHS()->IgnoreParens());
  if (!Stored || Stored->getDecl() != Flag->getDecl())
    return nullptr;
  return If->getCond();
}

} // namespace

ContextTests::ContextTests(ASTContext &Ctx)
    : Ctx(Ctx), InCoroutine(&Ctx.Idents.get("qemu_in_coroutine")) {}

bool ContextTests::isTest(const Expr *E) const {
  const auto *CE = dyn_cast<CallExpr>(E);
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  return FD && FD->getIdentifier() == InCoroutine;
}

void ContextTests::noteChange(const Expr *Target) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      Locals[VD] = nullptr;
}

bool ContextTests::scan(const Stmt *Body) {
  bool Tests = false;
  llvm::SmallVector<const Stmt *, 32> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    switch (S->getStmtClass()) {
    // Unevaluated operands, and bodies walked on their own.
    case Stmt::UnaryExprOrTypeTraitExprClass:
    case Stmt::LambdaExprClass:
    case Stmt::BlockExprClass:
      continue;
    case Stmt::CallExprClass:
      Tests |= isTest(cast<CallExpr>(S));
      break;
    case Stmt::DeclStmtClass:
      for (const Decl *D : cast<DeclStmt>(S)->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D);
            VD && VD->hasLocalStorage() && VD->getInit() &&
            !VD->getType().isVolatileQualified())
          Locals.try_emplace(VD, VD->getInit());
      break;
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass:
      if (cast<BinaryOperator>(S)->isAssignmentOp())
        noteChange(cast<BinaryOperator>(S)->getLHS());
      break;
    case Stmt::UnaryOperatorClass: {
      const auto *UO = cast<UnaryOperator>(S);
      if (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)
        noteChange(UO->getSubExpr());
      break;
    }
    default:
      break;
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return Tests;
}

BranchSides ContextTests::analyze(const Expr *Cond) const {
  return analyze(Cond, 0);
}

BranchSides ContextTests::analyze(const Expr *Cond, unsigned Depth) const {
  if (!Cond || Depth > MaxDepth)
    return {};
  const Expr *E = Cond->IgnoreParenCasts();
  if (isTest(E))
    return {Side::Coroutine, Side::Ordinary, E->getBeginLoc()};
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    // likely()/unlikely() are __builtin_expect(!!(x), n).
    const FunctionDecl *FD = CE->getDirectCallee();
    if (FD && FD->getBuiltinID() == Builtin::BI__builtin_expect &&
        CE->getNumArgs() > 0)
      return analyze(CE->getArg(0), Depth + 1);
    return {};
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    auto It = VD ? Locals.find(VD) : Locals.end();
    return It != Locals.end() ? analyze(It->second, Depth + 1) : BranchSides();
  }
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    return analyze(glibBooleanTest(SE), Depth + 1);
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot)
      return negate(analyze(UO->getSubExpr(), Depth + 1));
    if (UO->getOpcode() == UO_Extension)
      return analyze(UO->getSubExpr(), Depth + 1);
    return {};
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    BranchSides T = analyze(CO->getTrueExpr(), Depth + 1);
    return dependsOn(T.testsContext() ? T
                                      : analyze(CO->getFalseExpr(), Depth + 1));
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return {};
  BranchSides L = analyze(BO->getLHS(), Depth + 1);
  BranchSides R = analyze(BO->getRHS(), Depth + 1);
  BranchSides B;
  switch (BO->getOpcode()) {
  case BO_EQ:
  case BO_NE: {
    if (L.testsContext() == R.testsContext())
      return dependsOn(L.testsContext() ? L : R);
    const BranchSides &Test = L.testsContext() ? L : R;
    const Expr *Other = L.testsContext() ? BO->getRHS() : BO->getLHS();
    Expr::EvalResult Value;
    // Against an expression (`!!(flags & X) == qemu_in_coroutine()`) the
    // branch depends on the context without deciding it.
    if (Other->isValueDependent() || !Other->EvaluateAsInt(Value, Ctx))
      return dependsOn(Test);
    // The truth of `test == value`, then `!=` is its negation.
    B = Value.Val.getInt() == 0 ? negate(Test) : Test;
    return BO->getOpcode() == BO_EQ ? B : negate(B);
  }
  case BO_LAnd:
    // Only the true outcome says something about both operands.
    B.WhenTrue = L.WhenTrue != Side::Unknown ? L.WhenTrue : R.WhenTrue;
    B.Test = L.testsContext() ? L.Test : R.Test;
    return B;
  case BO_LOr:
    B.WhenFalse = L.WhenFalse != Side::Unknown ? L.WhenFalse : R.WhenFalse;
    B.Test = L.testsContext() ? L.Test : R.Test;
    return B;
  case BO_Comma:
  case BO_Assign:
    return R;
  default:
    return dependsOn(L.testsContext() ? L : R);
  }
}

} // namespace coro
