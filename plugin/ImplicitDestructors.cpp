//===- ImplicitDestructors.cpp - destructors no call expression names -----===//
//
// A destructor is a call like any other: it runs where a local variable's
// scope ends, at the end of the full-expression that made a temporary (or
// where the reference it is bound to goes out of scope), and for `delete`.
// Each is handed to the checks as a call of the destructor, in the context
// where it runs: ContextFlow's CFG gives the side of each scope exit in a
// body that tests the context.
//
//===----------------------------------------------------------------------===//
#include "BodyWalker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace coro {
namespace {

/// The destructor that destroying an object of type T (or an array of them)
/// runs, when it does anything.
const CXXDestructorDecl *destructorOf(const ASTContext &Ctx, QualType T) {
  const auto *RD = Ctx.getBaseElementType(T)->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || RD->hasTrivialDestructor())
    return nullptr;
  return RD->getDestructor();
}

/// The temporary E makes, through parentheses, casts and materialization.
const CXXBindTemporaryExpr *boundTemporary(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    else
      return dyn_cast<CXXBindTemporaryExpr>(E);
  }
}

} // namespace

void BodyWalker::destroyAtScopeEnd(const VarDecl *VD) {
  // Static and thread-local variables are destroyed at exit; a variable a
  // return hands over (NRVO), by the caller. A structured binding's hidden
  // object has no name to say.
  if (!VD->hasLocalStorage() || VD->isNRVOVariable() || VD->isImplicit() ||
      !VD->getIdentifier() || Scopes.empty())
    return;
  if (const CXXDestructorDecl *D = destructorOf(Ctx, VD->getType()))
    Scopes.back().Destroyed.push_back({VD, D});
}

void BodyWalker::endScope() {
  Scope Ending = Scopes.pop_back_val();
  // In reverse order of construction, each in the context the dataflow
  // found at the scope's exits; without a test, that of the code around.
  for (auto It = Ending.Destroyed.rbegin(); It != Ending.Destroyed.rend();
       ++It) {
    Side Saved = Current;
    if (auto Found = Facts.DestroyedAt.find(It->first);
        Found != Facts.DestroyedAt.end())
      Current = Found->second;
    reportDestructor(It->second, CallSite::Variable, SourceRange(Ending.End),
                     Ending.End, It->first);
    Current = Saved;
  }
}

void BodyWalker::visitTemporary(const CXXBindTemporaryExpr *BTE) {
  if (llvm::is_contained(NotDestroyedHere, BTE))
    return;
  if (const CXXDestructorDecl *D = BTE->getTemporary()->getDestructor())
    reportDestructor(D, CallSite::Temporary, BTE->getSourceRange(),
                     BTE->getBeginLoc());
}

void BodyWalker::visitMaterialize(const MaterializeTemporaryExpr *MTE) {
  // A temporary bound to a local reference is destroyed with it; one bound
  // to a static reference, at exit.
  const auto *Ref = dyn_cast_or_null<VarDecl>(MTE->getExtendingDecl());
  const CXXBindTemporaryExpr *BTE = boundTemporary(MTE);
  if (!Ref || !BTE)
    return;
  NotDestroyedHere.push_back(BTE);
  if (MTE->getStorageDuration() != SD_Automatic || Scopes.empty())
    return;
  if (const CXXDestructorDecl *D = BTE->getTemporary()->getDestructor()) {
    // A reference the compiler made (a range-for's range) ends with its
    // statement; the temporary is named as one.
    if (Ref->isImplicit())
      reportDestructor(D, CallSite::Temporary, BTE->getSourceRange(),
                       BTE->getBeginLoc());
    else
      Scopes.back().Destroyed.push_back({Ref, D});
  }
}

void BodyWalker::visitElidable(const CXXConstructExpr *CE) {
  // Before C++17, `T t = f();` copies f's temporary, and the copy is elided:
  // the temporary is never made, so never destroyed.
  if (CE->getNumArgs() >= 1)
    if (const CXXBindTemporaryExpr *BTE = boundTemporary(CE->getArg(0)))
      NotDestroyedHere.push_back(BTE);
}

void BodyWalker::visitDelete(const CXXDeleteExpr *DE) {
  QualType T = DE->getDestroyedType();
  const FunctionDecl *Delete = DE->getOperatorDelete();
  // A destroying operator delete (C++20) calls the destructor itself, if
  // it wants to.
  if (T.isNull() || (Delete && Delete->isDestroyingOperatorDelete()))
    return;
  if (const CXXDestructorDecl *D = destructorOf(Ctx, T))
    reportDestructor(D, CallSite::Deleted, DE->getSourceRange(),
                     DE->getBeginLoc());
}

void BodyWalker::reportDestructor(const CXXDestructorDecl *D,
                                  CallSite::Destroyed What, SourceRange Range,
                                  SourceLocation Loc, const VarDecl *Var) {
  CallSite CS;
  CS.Function = D;
  CS.Callee = D;
  CS.Markers = Markers.of(D);
  CS.Loc = Loc;
  CS.Range = Range;
  CS.Destroys = What;
  CS.DestroyedVar = Var;
  report(CS);
}

} // namespace coro
