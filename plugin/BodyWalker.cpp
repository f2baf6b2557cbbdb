//===- BodyWalker.cpp -----------------------------------------------------===//
#include "BodyWalker.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace coro {

void BodyWalker::walk(const Stmt *S) {
  if (!S)
    return;
  // Only bodies that test the context have facts.
  if (Side At = sideAt(S); At != Current) {
    Side Saved = Current;
    Current = At;
    walkNode(S);
    Current = Saved;
    return;
  }
  walkNode(S);
}

void BodyWalker::walkNode(const Stmt *S) {
  switch (S->getStmtClass()) {
  // The commonest nodes, without Stmt::children()'s generic dispatch.
  case Stmt::DeclRefExprClass:
    if (const auto *FD =
            dyn_cast<FunctionDecl>(cast<DeclRefExpr>(S)->getDecl()))
      Used.push_back(FD);
    return;
  case Stmt::IntegerLiteralClass:
  case Stmt::StringLiteralClass:
  case Stmt::CharacterLiteralClass:
  case Stmt::FloatingLiteralClass:
  case Stmt::NullStmtClass:
  case Stmt::BreakStmtClass:
  case Stmt::ContinueStmtClass:
  case Stmt::GotoStmtClass:
    return;
  case Stmt::ImplicitCastExprClass:
    return walk(cast<ImplicitCastExpr>(S)->getSubExpr());
  case Stmt::ParenExprClass:
    return walk(cast<ParenExpr>(S)->getSubExpr());
  case Stmt::MemberExprClass:
    return walk(cast<MemberExpr>(S)->getBase());
  // Unevaluated operands run nothing.
  case Stmt::UnaryExprOrTypeTraitExprClass:
  case Stmt::CXXNoexceptExprClass:
  case Stmt::TypeTraitExprClass:
  case Stmt::ConceptSpecializationExprClass:
  case Stmt::RequiresExprClass:
    return;
  case Stmt::CXXTypeidExprClass:
    if (cast<CXXTypeidExpr>(S)->isPotentiallyEvaluated())
      walkChildren(S);
    return;
  case Stmt::GenericSelectionExprClass: {
    const auto *GS = cast<GenericSelectionExpr>(S);
    if (!GS->isResultDependent())
      walk(GS->getResultExpr());
    return;
  }
  case Stmt::ChooseExprClass: {
    const auto *CE = cast<ChooseExpr>(S);
    if (!CE->isConditionDependent())
      walk(CE->getChosenSubExpr());
    return;
  }
  case Stmt::LambdaExprClass:
    return visitLambda(cast<LambdaExpr>(S));
  case Stmt::BlockExprClass:
    Pending.push_back(cast<BlockExpr>(S)->getBlockDecl());
    return;
  case Stmt::CallExprClass:
  case Stmt::CXXMemberCallExprClass:
  case Stmt::CXXOperatorCallExprClass:
  case Stmt::UserDefinedLiteralClass:
    visitCall(cast<CallExpr>(S));
    return walkChildren(S);
  case Stmt::CXXConstructExprClass:
  case Stmt::CXXTemporaryObjectExprClass:
    visitConstruct(cast<CXXConstructExpr>(S));
    return walkChildren(S);
  case Stmt::CompoundStmtClass:
    return visitCompound(cast<CompoundStmt>(S));
  // C++: what runs destructors without a call written.
  case Stmt::CXXBindTemporaryExprClass:
    visitTemporary(cast<CXXBindTemporaryExpr>(S));
    return walkChildren(S);
  case Stmt::MaterializeTemporaryExprClass:
    visitMaterialize(cast<MaterializeTemporaryExpr>(S));
    return walkChildren(S);
  case Stmt::CXXDeleteExprClass:
    visitDelete(cast<CXXDeleteExpr>(S));
    return walkChildren(S);
  // A variable declared in a statement's head lives to the statement's end.
  case Stmt::IfStmtClass:
  case Stmt::SwitchStmtClass:
  case Stmt::WhileStmtClass:
  case Stmt::ForStmtClass:
  case Stmt::CXXForRangeStmtClass:
    if (!CXX)
      return walkChildren(S);
    Scopes.push_back({S->getEndLoc(), {}});
    walkChildren(S);
    return endScope();
  case Stmt::BinaryOperatorClass:
    return visitBinary(cast<BinaryOperator>(S));
  case Stmt::InitListExprClass:
    Flow.flowInitList(cast<InitListExpr>(S), context());
    return walkChildren(S);
  case Stmt::ReturnStmtClass:
    if (const Expr *RV = cast<ReturnStmt>(S)->getRetValue()) {
      if (const auto *F = Of.Function)
        Flow.flow(RV, Conversion::Return, F, F->getReturnType(),
                  markersOfType(F->getReturnType()), context());
    }
    return walkChildren(S);
  case Stmt::CStyleCastExprClass:
  case Stmt::CXXFunctionalCastExprClass:
  case Stmt::CXXStaticCastExprClass:
  case Stmt::CXXReinterpretCastExprClass:
  case Stmt::CXXConstCastExprClass: {
    const auto *CE = cast<ExplicitCastExpr>(S);
    QualType To = CE->getTypeAsWritten();
    if (!To->isVoidType())
      Flow.flow(CE->getSubExpr(), Conversion::Cast, nullptr, To,
                markersOfType(To), context());
    return walkChildren(S);
  }
  case Stmt::DeclStmtClass:
    return visitDeclStmt(cast<DeclStmt>(S));
  default:
    return walkChildren(S);
  }
}

namespace {

/// Where a finding about a call of E points: the name called.
SourceLocation nameLoc(const Expr *E, const CallExpr *CE) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getLocation();
  // An implicit conversion function's member has no location of its own:
  // the call is the converted expression.
  if (const auto *ME = dyn_cast<MemberExpr>(E); ME && ME->getMemberLoc().isValid())
    return ME->getMemberLoc();
  return CE->getBeginLoc();
}

} // namespace

void BodyWalker::visitCall(const CallExpr *CE) {
  const Expr *Callee = CE->getCallee();
  if (!Callee)
    return;
  const Expr *Bare = Callee->IgnoreParenImpCasts();
  llvm::ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
  if (const FunctionDecl *FD = CE->getDirectCallee()) {
    CallSite CS;
    CS.Range = CE->getSourceRange();
    CS.Loc = nameLoc(Bare, CE);
    CS.K = CallSite::Direct;
    CS.Function = FD;
    CS.Callee = FD;
    CS.Markers = Markers.of(FD);
    CS.NameRef = dyn_cast<DeclRefExpr>(Bare);
    report(CS);
    // A member operator's object is its first argument.
    if (isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD) &&
        !Args.empty())
      Args = Args.drop_front();
    return Flow.flowArguments(FD, Callee->getType(), Args, context());
  }
  if (Callee->isTypeDependent() || isa<CXXPseudoDestructorExpr>(Bare))
    return;
  llvm::SmallVector<PossibleCallee, 2> Targets;
  possibleCallees(Callee, Ctx, Markers, Targets);
  const FunctionDecl *Only = nullptr;
  for (const PossibleCallee &T : Targets) {
    CallSite CS;
    CS.Range = CE->getSourceRange();
    // A table's element is named in its initializer, not here.
    CS.Loc = nameLoc(T.ReadFrom ? Bare : T.E, CE);
    CS.K = CallSite::Indirect;
    CS.Callee = T.D;
    CS.CalleeType = T.E->getType();
    CS.Markers = T.Markers;
    if (T.E == Bare)
      CS.Markers |= markersOfType(Callee->getType());
    CS.Alternatives = Targets.size();
    CS.ReadFrom = T.ReadFrom;
    // `(qemu_in_coroutine() ? bdrv_co_x : bdrv_x)(bs)`: each callee runs
    // in the context that selects it.
    Side Saved = Current;
    Current = sideAt(T.E);
    // A call through a function, not a pointer (`(&f)()`), is still direct.
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(T.D)) {
      CS.K = CallSite::Direct;
      CS.Function = FD;
      if (!T.ReadFrom)
        CS.NameRef = dyn_cast<DeclRefExpr>(T.E);
      if (Targets.size() == 1)
        Only = FD;
    }
    report(CS);
    Current = Saved;
  }
  Flow.flowArguments(Only, Callee->getType(), Args, context());
}

void BodyWalker::visitConstruct(const CXXConstructExpr *CE) {
  if (CE->isElidable())
    visitElidable(CE);
  CallSite CS;
  CS.Function = CE->getConstructor();
  CS.Callee = CS.Function;
  CS.Markers = Markers.of(CS.Function);
  CS.Loc = CE->getLocation();
  CS.Range = CE->getSourceRange();
  report(CS);
  Flow.flowArguments(
      CS.Function, QualType(),
      llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), context());
}

void BodyWalker::walkVariableInit(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return;
  if (const auto *ILE = dyn_cast<InitListExpr>(Init->IgnoreParenImpCasts()))
    Flow.setArrayOwner(ILE, VD);
  else
    Flow.flowIntoDecl(Init, VD, VD->getType(), context());
  walk(Init);
}

void BodyWalker::report(const CallSite &CS) {
  if (CS.Function)
    Used.push_back(CS.Function);
  if (Current == Side::Coroutine &&
      (CS.Markers.isCoroutine() || CS.Markers.isMixed() || CS.Markers.isWrapper()))
    SuspendsInCoroutine = true;
  Checks.call(CS, context());
}

bool BodyWalker::callsNoCoroutineFn(const Stmt *S) {
  // The statement itself, an assignment or a declaration's initializer: not
  // calls nested in conditions or loops, which may not run.
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    if (!DS->isSingleDecl())
      return false;
    const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
    S = VD ? VD->getInit() : nullptr;
  }
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreParenCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isAssignmentOp())
    E = BO->getRHS()->IgnoreParenCasts();
  const auto *CE = dyn_cast<CallExpr>(E);
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  if (!FD)
    return false;
  MarkerSet M = Markers.of(FD);
  return !M.mayRunInCoroutine();
}

void BodyWalker::visitCompound(const CompoundStmt *CS) {
  if (CXX)
    Scopes.push_back({CS->getRBracLoc(), {}});
  // A mixed function that called a no_coroutine_fn relies, in the rest of
  // the block, on running outside coroutines, up to a label or case that
  // control may reach without passing the call.
  Side SavedRelied = Relied;
  for (const Stmt *S : CS->body()) {
    if (isa<LabelStmt, SwitchCase>(S))
      Relied = SavedRelied;
    walk(S);
    if (Of.Markers.isMixed() && sideAt(S) == Side::Unknown &&
        callsNoCoroutineFn(S))
      Relied = Side::Ordinary;
  }
  Relied = SavedRelied;
  if (CXX)
    endScope();
}

void BodyWalker::visitBinary(const BinaryOperator *BO) {
  if (BO->getOpcode() == BO_Assign) {
    const Expr *LHS = BO->getLHS();
    Flow.flowIntoDecl(BO->getRHS(), calledThrough(LHS), LHS->getType(),
                      context());
  }
  if (!BO->isLogicalOp()) {
    // Long left-leaning chains (a + b + c ...) are walked without recursion.
    llvm::SmallVector<const Expr *, 8> Rights;
    const Expr *E = BO;
    while (const auto *B = dyn_cast<BinaryOperator>(E)) {
      if (B->isLogicalOp())
        break;
      Rights.push_back(B->getRHS());
      E = B->getLHS()->IgnoreParens();
    }
    walk(E);
    for (auto It = Rights.rbegin(); It != Rights.rend(); ++It)
      walk(*It);
    return;
  }
  walk(BO->getLHS());
  walk(BO->getRHS());
}

void BodyWalker::visitDeclStmt(const DeclStmt *DS) {
  for (const Decl *D : DS->decls()) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (const auto *CA = VD->getAttr<CleanupAttr>())
        if (const FunctionDecl *F = CA->getFunctionDecl()) {
          CallSite CS;
          CS.K = CallSite::Cleanup;
          CS.Function = F;
          CS.Callee = F;
          CS.Markers = Markers.of(F);
          CS.CleanupVar = VD;
          CS.Loc = VD->getLocation();
          CS.Range = CA->getRange();
          report(CS);
        }
      walkVariableInit(VD);
      if (CXX)
        destroyAtScopeEnd(VD);
      // Variable-length array bounds run too.
      for (QualType T = VD->getType();
           const auto *Arr = T->getAsArrayTypeUnsafe();
           T = Arr->getElementType())
        if (const auto *VLA = dyn_cast<VariableArrayType>(Arr))
          walk(VLA->getSizeExpr());
    } else if (isa<CXXRecordDecl>(D)) {
      Pending.push_back(D);
    }
  }
}

void BodyWalker::visitLambda(const LambdaExpr *LE) {
  for (const Expr *Init : LE->capture_inits())
    walk(Init);
  if (const FunctionTemplateDecl *Generic = LE->getDependentCallOperator()) {
    for (const FunctionDecl *Spec : Generic->specializations())
      Pending.push_back(Spec);
    return;
  }
  Pending.push_back(LE->getCallOperator());
}

} // namespace coro
