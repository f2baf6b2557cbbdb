//===- BodyWalker.h - one function body and the calls it makes -----------===//
//
// Walks the statements of one body (or one file-scope initializer) and hands
// every call, with the context ContextFlow found at it, to the checks
// (CheckSet.h); function-pointer values go to ValueFlow.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_BODYWALKER_H
#define COROPLUGIN_BODYWALKER_H

#include "CheckSet.h"
#include "ContextFlow.h"
#include "ValueFlow.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace coro {

/// Declarations met inside a body that are bodies of their own: lambdas,
/// blocks and local classes, walked after it.
using PendingBodies = llvm::SmallVector<const clang::Decl *, 4>;
/// Functions a body calls or takes the address of, in evaluated code: the
/// declaration walk walks a header's inline and static functions only when
/// the unit uses them.
using UsedFunctions = llvm::SmallVector<const clang::FunctionDecl *, 16>;

class BodyWalker {
public:
  BodyWalker(clang::ASTContext &Ctx, CheckSet &Checks, MarkerCache &Markers,
             const Caller &Of, PendingBodies &Pending, UsedFunctions &Used)
      : Ctx(Ctx), Checks(Checks), Markers(Markers), Of(Of), Pending(Pending),
        Used(Used), Flow(Checks, Markers), CXX(Ctx.getLangOpts().CPlusPlus) {}

  /// Reads the tests of the context in Body, the body of D, before it is
  /// walked.
  void analyzeContext(const clang::Decl *D, const clang::Stmt *Body) {
    Facts = computeContextFacts(D, Body, Ctx);
  }
  void walk(const clang::Stmt *S);
  /// A variable's initializer, which flows into the variable.
  void walkVariableInit(const clang::VarDecl *VD);
  const ContextFacts &contextFacts() const { return Facts; }
  /// The first test the body dispatches on, when the coroutine side of a
  /// test calls code that may suspend (a coroutine_fn, mixed or wrapper
  /// callee): what coroutine_mixed_fn means, "can suspend when executed in
  /// coroutine context". A test whose coroutine side only queues work
  /// (aio_co_enter) makes no mixed function.
  clang::SourceLocation suspendingDispatch() const {
    return SuspendsInCoroutine ? Facts.FirstDispatch : clang::SourceLocation();
  }

private:
  CallContext context() const { return CallContext{Of, Current, Relied}; }
  /// The context S runs in, by the facts, or that of what holds it.
  Side sideAt(const clang::Stmt *S) const {
    auto It = Facts.At.find(S);
    return It == Facts.At.end() ? Current : It->second;
  }
  void walkNode(const clang::Stmt *S);
  void walkChildren(const clang::Stmt *S) {
    for (const clang::Stmt *Child : S->children())
      walk(Child);
  }

  void visitCall(const clang::CallExpr *CE);
  void visitConstruct(const clang::CXXConstructExpr *CE);
  void visitCompound(const clang::CompoundStmt *CS);
  bool callsNoCoroutineFn(const clang::Stmt *S);
  void visitBinary(const clang::BinaryOperator *BO);
  void visitDeclStmt(const clang::DeclStmt *DS);
  void visitLambda(const clang::LambdaExpr *LE);
  void report(const CallSite &CS);

  // C++ destructors that no call expression names (ImplicitDestructors.cpp).
  /// Reports the destructors that run where the innermost scope ends.
  void endScope();
  void destroyAtScopeEnd(const clang::VarDecl *VD);
  void visitTemporary(const clang::CXXBindTemporaryExpr *BTE);
  void visitMaterialize(const clang::MaterializeTemporaryExpr *MTE);
  void visitElidable(const clang::CXXConstructExpr *CE);
  void visitDelete(const clang::CXXDeleteExpr *DE);
  void reportDestructor(const clang::CXXDestructorDecl *D,
                        CallSite::Destroyed What, clang::SourceRange Range,
                        clang::SourceLocation Loc,
                        const clang::VarDecl *Var = nullptr);

  clang::ASTContext &Ctx;
  CheckSet &Checks;
  MarkerCache &Markers;
  const Caller &Of;
  PendingBodies &Pending;
  UsedFunctions &Used;
  ValueFlow Flow;
  ContextFacts Facts;
  Side Current = Side::Unknown;
  Side Relied = Side::Unknown;
  bool SuspendsInCoroutine = false;

  bool CXX;
  /// The scopes being walked, innermost last: where each ends, and the local
  /// variables whose destructors run there, in order of construction.
  struct Scope {
    clang::SourceLocation End;
    llvm::SmallVector<std::pair<const clang::VarDecl *,
                                const clang::CXXDestructorDecl *>, 2> Destroyed;
  };
  llvm::SmallVector<Scope, 8> Scopes;
  /// Temporaries whose destructor does not run at the end of their
  /// full-expression: bound to a local reference (destroyed with it), or
  /// elided (never made).
  llvm::SmallVector<const clang::CXXBindTemporaryExpr *, 2> NotDestroyedHere;
};

} // namespace coro

#endif
