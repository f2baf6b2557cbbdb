//===- BodyWalker.h - one function body, on its side of qemu_in_coroutine()
//-===//
//
// Walks the statements of one body (or one file-scope initializer) and hands
// every call, with the side of qemu_in_coroutine() tests and assertions it
// runs on, to the checks; function-pointer values go to ValueFlow.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_BODYWALKER_H
#define COROPLUGIN_BODYWALKER_H

#include "Check.h"
#include "Dispatch.h"
#include "ValueFlow.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace coro {

class MacroIndex;
class Reporter;

/// Declarations met inside a body that are bodies of their own: lambdas,
/// blocks and local classes, walked after it.
using PendingBodies = llvm::SmallVector<const clang::Decl *, 4>;
/// Functions a body calls or takes the address of, in evaluated code: the
/// declaration walk walks a header's inline and static functions only when
/// the unit uses them.
using UsedFunctions = llvm::SmallVector<const clang::FunctionDecl *, 16>;

class BodyWalker {
public:
  BodyWalker(clang::ASTContext &Ctx, const CheckList &Checks,
             const MacroIndex &Macros, MarkerCache &Markers, Reporter &R,
             const Caller &Of, PendingBodies &Pending, UsedFunctions &Used)
      : Ctx(Ctx), Checks(Checks), Macros(Macros), Markers(Markers), R(R),
        Of(Of), Pending(Pending), Used(Used), Flow(Checks, Macros, Markers, R) {}

  void walk(const clang::Stmt *S);
  /// A variable's initializer, which flows into the variable.
  void walkVariableInit(const clang::VarDecl *VD);
  clang::SourceLocation firstDispatch() const { return FirstDispatch; }
  /// The assertion every run of the function body passes, if any.
  Assertion wholeBodyAssertion() const { return WholeBody; }

private:
  CallContext context() const { return CallContext{Of, Current, Relied}; }
  void walkOnSide(const clang::Stmt *S, Side NewSide) {
    if (NewSide == Side::Unknown)
      return walk(S);
    Side Saved = Current;
    Current = NewSide;
    walk(S);
    Current = Saved;
  }
  void walkChildren(const clang::Stmt *S) {
    for (const clang::Stmt *Child : S->children())
      walk(Child);
  }
  void noteTest(const BranchSides &B) {
    if (B.decides() && FirstDispatch.isInvalid() && !InAssertion)
      FirstDispatch = B.Test;
  }
  /// Walks the condition of an assertion, where `&&` and `||` are part of
  /// what is asserted, not a dispatch.
  void walkAssertedCondition(const clang::Expr *Cond) {
    bool Saved = InAssertion;
    InAssertion = true;
    walk(Cond);
    InAssertion = Saved;
  }

  void visitCall(const clang::CallExpr *CE);
  void visitConstruct(const clang::CXXConstructExpr *CE);
  /// Returns what the qemu_in_coroutine() test in the condition decides,
  /// also for an assertion, whose branches are walked as plain code.
  BranchSides visitIf(const clang::IfStmt *If);
  void visitCompound(const clang::CompoundStmt *CS);
  bool callsNoCoroutineFn(const clang::Stmt *S);
  void visitConditional(const clang::ConditionalOperator *CO);
  void visitBinary(const clang::BinaryOperator *BO);
  void visitDeclStmt(const clang::DeclStmt *DS);
  void visitLambda(const clang::LambdaExpr *LE);
  void report(const CallSite &CS);

  clang::ASTContext &Ctx;
  const CheckList &Checks;
  const MacroIndex &Macros;
  MarkerCache &Markers;
  Reporter &R;
  const Caller &Of;
  PendingBodies &Pending;
  UsedFunctions &Used;
  ValueFlow Flow;
  Side Current = Side::Unknown;
  Side Relied = Side::Unknown;
  clang::SourceLocation FirstDispatch;
  Assertion WholeBody;
  bool InAssertion = false;
};

} // namespace coro

#endif
