//===- Walker.cpp ---------------------------------------------------------===//
#include "Walker.h"

#include "Dispatch.h"
#include "MacroIndex.h"
#include "Reporter.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

using namespace clang;

namespace coro {
namespace {

using CheckList = std::vector<std::unique_ptr<Check>>;

/// Declarations met inside a body that are bodies of their own: lambdas,
/// blocks and local classes.
using PendingBodies = llvm::SmallVector<const Decl *, 4>;

/// The declaration an indirect callee expression names: `fp`, `s->field`,
/// `table[i]`, `(*fp)`.
const NamedDecl *calledThrough(const Expr *E) {
  for (unsigned Steps = 0; E && Steps < 16; ++Steps) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->getMemberDecl();
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
      E = ASE->getBase();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E);
             UO && UO->getOpcode() == UO_Deref)
      E = UO->getSubExpr();
    else
      return nullptr;
  }
  return nullptr;
}

class FunctionWalker {
public:
  FunctionWalker(const CheckList &Checks, const MacroIndex &Macros,
                 MarkerCache &Markers, const Caller &Of, PendingBodies &Pending)
      : Checks(Checks), Macros(Macros), Markers(Markers), Of(Of),
        Pending(Pending) {}

  void walk(const Stmt *S);
  /// A variable's initializer, which flows into the variable.
  void walkVariableInit(const VarDecl *VD);
  SourceLocation firstDispatch() const { return FirstDispatch; }
  /// The assertion every run of the function body passes, if any.
  Assertion wholeBodyAssertion() const { return WholeBody; }

private:
  void walkOnSide(const Stmt *S, Side NewSide) {
    if (NewSide == Side::Unknown)
      return walk(S);
    Side Saved = Current;
    Current = NewSide;
    walk(S);
    Current = Saved;
  }
  void walkChildren(const Stmt *S) {
    for (const Stmt *Child : S->children())
      walk(Child);
  }
  void noteTest(const BranchSides &B) {
    if (B.decides() && FirstDispatch.isInvalid() && !InAssertion)
      FirstDispatch = B.Test;
  }
  /// Walks the condition of an assertion, where `&&` and `||` are part of
  /// what is asserted, not a dispatch.
  void walkAssertedCondition(const Expr *Cond) {
    bool Saved = InAssertion;
    InAssertion = true;
    walk(Cond);
    InAssertion = Saved;
  }

  void visitCall(const CallExpr *CE);
  void visitInitList(const InitListExpr *ILE);
  void flow(const Expr *E, Conversion::TargetKind K, const NamedDecl *TargetDecl,
            QualType TargetType, MarkerSet TargetMarkers);
  void flowIntoDecl(const Expr *E, const NamedDecl *D, QualType TargetType);
  void flowArguments(const FunctionDecl *Callee, QualType CalleeType,
                     llvm::ArrayRef<const Expr *> Args);
  /// Returns what the qemu_in_coroutine() test in the condition decides,
  /// also for an assertion, whose branches are walked as plain code.
  BranchSides visitIf(const IfStmt *If);
  void visitCompound(const CompoundStmt *CS);
  bool callsNoCoroutineFn(const Stmt *S);
  void visitConditional(const ConditionalOperator *CO);
  void visitBinary(const BinaryOperator *BO);
  void visitDeclStmt(const DeclStmt *DS);
  void visitLambda(const LambdaExpr *LE);
  void report(const CallSite &CS);

  const CheckList &Checks;
  const MacroIndex &Macros;
  MarkerCache &Markers;
  const Caller &Of;
  PendingBodies &Pending;
  /// Initializer lists that initialize an array variable directly: a marker
  /// on the variable applies to its elements.
  llvm::DenseMap<const InitListExpr *, const VarDecl *> ArrayOwners;
  Side Current = Side::Unknown;
  Side Relied = Side::Unknown;
  SourceLocation FirstDispatch;
  Assertion WholeBody;
  bool InAssertion = false;
};

void FunctionWalker::walk(const Stmt *S) {
  if (!S)
    return;
  switch (S->getStmtClass()) {
  // The commonest nodes, without Stmt::children()'s generic dispatch.
  case Stmt::DeclRefExprClass:
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
  case Stmt::CXXTemporaryObjectExprClass: {
    const auto *CE = cast<CXXConstructExpr>(S);
    CallSite CS;
    CS.Function = CE->getConstructor();
    CS.Callee = CS.Function;
    CS.Markers = markersOf(CS.Function);
    CS.Loc = CE->getLocation();
    CS.Range = CE->getSourceRange();
    report(CS);
    flowArguments(CS.Function, QualType(),
                  llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()));
    return walkChildren(S);
  }
  case Stmt::IfStmtClass:
    visitIf(cast<IfStmt>(S));
    return;
  case Stmt::CompoundStmtClass:
    return visitCompound(cast<CompoundStmt>(S));
  case Stmt::ConditionalOperatorClass:
    return visitConditional(cast<ConditionalOperator>(S));
  case Stmt::BinaryOperatorClass:
    return visitBinary(cast<BinaryOperator>(S));
  case Stmt::InitListExprClass:
    visitInitList(cast<InitListExpr>(S));
    return walkChildren(S);
  case Stmt::ReturnStmtClass:
    if (const Expr *RV = cast<ReturnStmt>(S)->getRetValue()) {
      if (const auto *F = Of.Function)
        flow(RV, Conversion::Return, F, F->getReturnType(),
             markersOfType(F->getReturnType()));
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
      flow(CE->getSubExpr(), Conversion::Cast, nullptr, To, markersOfType(To));
    return walkChildren(S);
  }
  case Stmt::DeclStmtClass:
    return visitDeclStmt(cast<DeclStmt>(S));
  default:
    return walkChildren(S);
  }
}

void FunctionWalker::visitCall(const CallExpr *CE) {
  CallSite CS;
  CS.Range = CE->getSourceRange();
  CS.Loc = CE->getBeginLoc();
  const Expr *Callee = CE->getCallee();
  if (!Callee)
    return;
  const Expr *Bare = Callee->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Bare))
    CS.Loc = DRE->getLocation();
  else if (const auto *ME = dyn_cast<MemberExpr>(Bare))
    CS.Loc = ME->getMemberLoc();

  if (const FunctionDecl *FD = CE->getDirectCallee()) {
    CS.K = CallSite::Direct;
    CS.Function = FD;
    CS.Callee = FD;
    CS.Markers = Markers.of(FD);
    CS.NameRef = dyn_cast<DeclRefExpr>(Bare);
  } else {
    if (Callee->isTypeDependent() || isa<CXXPseudoDestructorExpr>(Bare))
      return;
    CS.K = CallSite::Indirect;
    CS.Callee = calledThrough(Callee);
    CS.CalleeType = Bare->getType();
    // A call through a function, not a pointer (`(&f)()`), is still direct.
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(CS.Callee)) {
      CS.K = CallSite::Direct;
      CS.Function = FD;
    }
    CS.Markers = markersOf(CS.Callee);
    CS.Markers |= markersOfType(Callee->getType());
    CS.Markers |= markersOfType(Bare->getType());
  }
  report(CS);
  llvm::ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
  // A member operator's object is its first argument.
  if (isa<CXXOperatorCallExpr>(CE) && isa_and_nonnull<CXXMethodDecl>(CS.Function) &&
      !Args.empty())
    Args = Args.drop_front();
  flowArguments(CS.Function, Callee->getType(), Args);
}

namespace {

/// Where a value of function-pointer type comes from: the function or
/// pointer it names, through parentheses, `&`, implicit conversions and both
/// arms of `?:`.
struct ValueSource {
  const Expr *E;
  const NamedDecl *D;
  MarkerSet Markers;
};

bool holdsFunction(QualType T) {
  if (T.isNull())
    return false;
  T = T.getCanonicalType();
  return T->isFunctionType() || T->isFunctionPointerType() ||
         T->isBlockPointerType() || T->isFunctionReferenceType();
}

void sourcesOf(const Expr *E, llvm::SmallVectorImpl<ValueSource> &Out,
               unsigned Depth = 0) {
  if (!E || Depth > 16)
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    sourcesOf(CO->getTrueExpr(), Out, Depth + 1);
    sourcesOf(CO->getFalseExpr(), Out, Depth + 1);
    return;
  }
  if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(E)) {
    sourcesOf(BCO->getCommon(), Out, Depth + 1);
    sourcesOf(BCO->getFalseExpr(), Out, Depth + 1);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    return sourcesOf(UO->getSubExpr(), Out, Depth + 1);
  if (!holdsFunction(E->getType())) {
    // `(QEMUBHFunc *)(void *)co_entry`: a detour through `void *` or an
    // integer still carries the function to the outer conversion.
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      sourcesOf(Cast->getSubExpr(), Out, Depth + 1);
    return;
  }
  const NamedDecl *D = nullptr;
  if (!isa<ExplicitCastExpr>(E))
    D = calledThrough(E);
  MarkerSet M = markersOf(D);
  M |= markersOfType(E->getType());
  Out.push_back({E, D, M});
}

Conversion::TargetKind kindOf(const NamedDecl *D) {
  if (isa<FieldDecl>(D))
    return Conversion::Field;
  if (isa<ParmVarDecl>(D))
    return Conversion::Parameter;
  return Conversion::Variable;
}

} // namespace

void FunctionWalker::flow(const Expr *E, Conversion::TargetKind K,
                          const NamedDecl *TargetDecl, QualType TargetType,
                          MarkerSet TargetMarkers) {
  llvm::SmallVector<ValueSource, 2> Sources;
  sourcesOf(E, Sources);
  for (const ValueSource &S : Sources) {
    // Functions are recorded wherever they go (callback tables); a pointer
    // value matters only when it is marked.
    if (S.Markers.empty() && !isa_and_nonnull<FunctionDecl>(S.D))
      continue;
    Conversion C;
    C.Loc = S.E->getExprLoc();
    C.Range = S.E->getSourceRange();
    C.Source = S.D;
    C.SourceType = S.E->getType();
    C.SourceMarkers = S.Markers;
    C.Target = K;
    C.TargetDecl = TargetDecl;
    C.TargetType = TargetType;
    C.TargetMarkers = TargetMarkers;
    if ((!S.Markers.empty() || !TargetMarkers.empty()) && Macros.isAllowed(C.Loc))
      continue;
    CallContext Ctx{Of, Current, Relied};
    for (const auto &Check : Checks)
      Check->checkConversion(C, Ctx);
  }
}

void FunctionWalker::flowIntoDecl(const Expr *E, const NamedDecl *D,
                                  QualType TargetType) {
  MarkerSet M = markersOf(D);
  M |= markersOfType(TargetType);
  flow(E, D ? kindOf(D) : Conversion::Cast, D, TargetType, M);
}

void FunctionWalker::flowArguments(const FunctionDecl *Callee,
                                   QualType CalleeType,
                                   llvm::ArrayRef<const Expr *> Args) {
  const FunctionProtoType *Proto = nullptr;
  if (!CalleeType.isNull()) {
    QualType T = CalleeType;
    if (!T->getPointeeType().isNull())
      T = T->getPointeeType();
    Proto = T->getAs<FunctionProtoType>();
  }
  for (unsigned I = 0; I < Args.size(); ++I) {
    if (Callee && I < Callee->getNumParams()) {
      const ParmVarDecl *P = Callee->getParamDecl(I);
      flow(Args[I], Conversion::Parameter, P, P->getType(), markersOf(P));
    } else if (!Callee && Proto && I < Proto->getNumParams()) {
      QualType PT = Proto->getParamType(I);
      flow(Args[I], Conversion::Parameter, nullptr, PT, markersOfType(PT));
    } else {
      flow(Args[I], Conversion::Variadic, Callee, Args[I]->getType(),
           MarkerSet());
    }
  }
}

void FunctionWalker::visitInitList(const InitListExpr *ILE) {
  if (const InitListExpr *Semantic = ILE->getSemanticForm())
    ILE = Semantic;
  QualType T = ILE->getType();
  if (const auto *Arr = T->getAsArrayTypeUnsafe()) {
    const VarDecl *Owner = ArrayOwners.lookup(ILE);
    QualType Elem = Arr->getElementType();
    MarkerSet M = Owner ? markersOf(Owner) : markersOfType(Elem);
    for (const Expr *Init : ILE->inits())
      flow(Init, Conversion::Element, Owner, Elem, M);
    return;
  }
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || ILE->getNumInits() == 0)
    return;
  if (RD->isUnion()) {
    if (const FieldDecl *F = ILE->getInitializedFieldInUnion())
      flow(ILE->getInit(0), Conversion::Field, F, F->getType(), markersOf(F));
    return;
  }
  unsigned I = 0;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    I = CXX->hasDefinition() ? CXX->getNumBases() : 0;
  for (const FieldDecl *F : RD->fields()) {
    if (F->isBitField() && !F->getDeclName())
      continue; // unnamed bit-fields take no initializer
    if (I >= ILE->getNumInits())
      break;
    flow(ILE->getInit(I++), Conversion::Field, F, F->getType(), markersOf(F));
  }
}

void FunctionWalker::walkVariableInit(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return;
  if (const auto *ILE = dyn_cast<InitListExpr>(Init->IgnoreParenImpCasts()))
    ArrayOwners[ILE] = VD;
  else
    flowIntoDecl(Init, VD, VD->getType());
  walk(Init);
}

void FunctionWalker::report(const CallSite &CS) {
  // Only a marked call can be reported, and allowed; the facts writer and a
  // few checks want the others too.
  bool Marked = !CS.Markers.empty();
  if (Marked && Macros.isAllowed(CS.Loc))
    return;
  CallContext Ctx{Of, Current, Relied};
  for (const auto &C : Checks)
    if (Marked || C->wantsUnmarkedCalls())
      C->checkCall(CS, Ctx);
}

BranchSides FunctionWalker::visitIf(const IfStmt *If) {
  walk(If->getInit());
  if (const DeclStmt *DS = If->getConditionVariableDeclStmt())
    walk(DS);
  bool Asserts = isAssertionShape(If->getThen(), If->getElse());
  if (Asserts)
    walkAssertedCondition(If->getCond());
  else
    walk(If->getCond());
  BranchSides B = analyzeCondition(If->getCond());
  if (!B.decides() || Asserts) {
    walk(If->getThen());
    walk(If->getElse());
    return B;
  }
  noteTest(B);
  walkOnSide(If->getThen(), B.WhenTrue);
  walkOnSide(If->getElse(), B.WhenFalse);
  return B;
}

bool FunctionWalker::callsNoCoroutineFn(const Stmt *S) {
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

void FunctionWalker::visitCompound(const CompoundStmt *CS) {
  // `assert(qemu_in_coroutine())` and `if (!qemu_in_coroutine()) { ...;
  // return; }` put the rest of the block on one side of the test, up to a
  // label or case that control may reach without passing them.
  Side Saved = Current, SavedRelied = Relied;
  bool FunctionBody = Of.Function && CS == Of.Function->getBody();
  for (auto It = CS->body_begin(), End = CS->body_end(); It != End; ++It) {
    const Stmt *S = *It;
    if (isa<LabelStmt, SwitchCase>(S)) {
      Current = Saved;
      Relied = SavedRelied;
    }
    const auto *If = dyn_cast<IfStmt>(S);
    BranchSides B;
    if (If)
      B = visitIf(If);
    else
      walk(S);
    // Assertions are rare: what precedes one is looked at only then.
    if (Assertion A = If ? assertedBy(B, If->getThen(), If->getElse())
                         : assertedContext(S);
        A.asserts()) {
      Current = A.Holds;
      if (FunctionBody && !WholeBody.asserts() &&
          std::all_of(CS->body_begin(), It, isStraightLine))
        WholeBody = A;
    } else if (If && B.WhenFalse != Side::Unknown && !If->getElse() &&
               alwaysExits(If->getThen())) {
      Current = B.WhenFalse;
    } else if (Current == Side::Unknown && Of.Markers.isMixed() &&
               callsNoCoroutineFn(S)) {
      Relied = Side::Ordinary;
    }
  }
  Current = Saved;
  Relied = SavedRelied;
}

void FunctionWalker::visitConditional(const ConditionalOperator *CO) {
  bool Asserts = isAssertionShape(CO->getTrueExpr(), CO->getFalseExpr());
  if (Asserts)
    walkAssertedCondition(CO->getCond());
  else
    walk(CO->getCond());
  BranchSides B = analyzeCondition(CO->getCond());
  if (!B.decides() || Asserts) {
    walk(CO->getTrueExpr());
    walk(CO->getFalseExpr());
    return;
  }
  noteTest(B);
  walkOnSide(CO->getTrueExpr(), B.WhenTrue);
  walkOnSide(CO->getFalseExpr(), B.WhenFalse);
}

void FunctionWalker::visitBinary(const BinaryOperator *BO) {
  if (BO->getOpcode() == BO_Assign) {
    const Expr *LHS = BO->getLHS();
    flowIntoDecl(BO->getRHS(), calledThrough(LHS), LHS->getType());
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
  BranchSides B = analyzeCondition(BO->getLHS());
  Side RHSSide = BO->getOpcode() == BO_LAnd ? B.WhenTrue : B.WhenFalse;
  if (B.decides() && RHSSide != Side::Unknown) {
    noteTest(B);
    walkOnSide(BO->getRHS(), RHSSide);
    return;
  }
  walk(BO->getRHS());
}

void FunctionWalker::visitDeclStmt(const DeclStmt *DS) {
  for (const Decl *D : DS->decls()) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (const auto *CA = VD->getAttr<CleanupAttr>())
        if (const FunctionDecl *F = CA->getFunctionDecl()) {
          CallSite CS;
          CS.K = CallSite::Cleanup;
          CS.Function = F;
          CS.Callee = F;
          CS.Markers = markersOf(F);
          CS.CleanupVar = VD;
          CS.Loc = VD->getLocation();
          CS.Range = CA->getRange();
          report(CS);
        }
      walkVariableInit(VD);
      // Variable-length array bounds run too.
      for (QualType T = VD->getType(); const auto *Arr =
                                           T->getAsArrayTypeUnsafe();
           T = Arr->getElementType())
        if (const auto *VLA = dyn_cast<VariableArrayType>(Arr))
          walk(VLA->getSizeExpr());
    } else if (isa<CXXRecordDecl>(D)) {
      Pending.push_back(D);
    }
  }
}

void FunctionWalker::visitLambda(const LambdaExpr *LE) {
  for (const Expr *Init : LE->capture_inits())
    walk(Init);
  if (const FunctionTemplateDecl *Generic = LE->getDependentCallOperator()) {
    for (const FunctionDecl *Spec : Generic->specializations())
      Pending.push_back(Spec);
    return;
  }
  Pending.push_back(LE->getCallOperator());
}

/// Finds every declaration once, by walking declaration contexts by hand: a
/// RecursiveASTVisitor also walks types, names and template arguments, which
/// cost a third of the plugin's time and hold nothing to check.
class TranslationUnitWalker {
public:
  TranslationUnitWalker(const CheckList &Checks, const MacroIndex &Macros,
                        Reporter &R, const SourceManager &SM,
                        bool SkipSystemHeaders)
      : Checks(Checks), Macros(Macros), R(R), SM(SM),
        SkipSystemHeaders(SkipSystemHeaders) {}

  void walkDecl(const Decl *D) {
    if (!D || (D->isImplicit() && !isa<TranslationUnitDecl>(D)))
      return;
    bool InMainFile = false;
    if (!isa<TranslationUnitDecl>(D)) {
      SourceLocation At = SM.getExpansionLoc(D->getLocation());
      // Nothing is reported in system headers (unless -Wsystem-headers), and
      // the facts leave them out: most declarations of a unit are libc's.
      if (SkipSystemHeaders && SM.isInSystemHeader(At))
        return;
      InMainFile = SM.getFileID(At) == SM.getMainFileID();
    }
    checkDecl(D);
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      for (const ParmVarDecl *P : FD->parameters())
        if (P->hasAttrs())
          checkDecl(P);
      walkFunction(FD, InMainFile);
    } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
      walkFileScopeInit(VD, InMainFile);
    } else if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D)) {
      walkDecl(FTD->getTemplatedDecl());
      // Instantiations are checked; the dependent pattern is not.
      for (const FunctionDecl *Spec : FTD->specializations())
        for (const FunctionDecl *R : Spec->redecls())
          if (R->getTemplateSpecializationKind() != TSK_ExplicitSpecialization)
            walkDecl(R);
    } else if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D)) {
      walkDecl(CTD->getTemplatedDecl());
      // Explicit instantiations and specializations are in their context.
      for (const ClassTemplateSpecializationDecl *Spec : CTD->specializations())
        if (Spec->getSpecializationKind() == TSK_ImplicitInstantiation ||
            Spec->getSpecializationKind() == TSK_Undeclared)
          walkDecl(Spec);
    }
    if (isa<FunctionDecl, BlockDecl>(D))
      return; // their declarations belong to the body walk
    if (const auto *DC = dyn_cast<DeclContext>(D))
      for (const Decl *Child : DC->decls())
        walkDecl(Child);
  }

private:
  void checkDecl(const Decl *D) {
    if (!D->isInvalidDecl())
      for (const auto &C : Checks)
        C->checkDecl(D);
  }

  // File-scope initializers: BlockDriver tables and other callback tables.
  void walkFileScopeInit(const VarDecl *VD, bool InMainFile) {
    if (!VD->hasInit() || VD->isLocalVarDeclOrParm() ||
        VD->getDeclContext()->isDependentContext() || VD->isInvalidDecl())
      return;
    Caller Of;
    Of.InMainFile = InMainFile;
    walkBody(Of, [&](FunctionWalker &W) { W.walkVariableInit(VD); });
  }

  MarkerCache Markers;

  void walkFunction(const FunctionDecl *FD, bool InMainFile) {
    if (!FD->doesThisDeclarationHaveABody() || FD->isDependentContext() ||
        FD->isInvalidDecl() || FD->isLateTemplateParsed())
      return;
    Caller Of;
    Of.D = FD;
    Of.Function = FD;
    Of.Markers = Markers.of(FD);
    Of.InMainFile = InMainFile;
    walkBody(Of, [&](FunctionWalker &W) {
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->isWritten())
            W.walk(Init->getInit());
      W.walk(FD->getBody());
    });
  }

  template <typename Fn> void walkBody(const Caller &Of, Fn Walk) {
    PendingBodies Pending;
    FunctionWalker W(Checks, Macros, Markers, Of, Pending);
    R.enterBody(Of.Function);
    Walk(W);
    Assertion Whole = W.wholeBodyAssertion();
    FunctionSummary Summary{Of, W.firstDispatch(), Whole.Holds, Whole.Test};
    for (const auto &C : Checks)
      C->checkFunction(Summary);
    R.enterBody(nullptr);
    for (const Decl *D : Pending)
      walkPending(D, Of.InMainFile);
  }

  /// Blocks and lambdas are written where the body holding them is.
  void walkPending(const Decl *D, bool InMainFile) {
    if (const auto *BD = dyn_cast<BlockDecl>(D)) {
      Caller Of;
      Of.D = BD;
      Of.InMainFile = InMainFile;
      walkBody(Of, [&](FunctionWalker &W) { W.walk(BD->getBody()); });
    } else if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      walkFunction(FD, InMainFile); // a lambda's call operator
    } else {
      walkDecl(D); // a local class
    }
  }

  const CheckList &Checks;
  const MacroIndex &Macros;
  Reporter &R;
  const SourceManager &SM;
  bool SkipSystemHeaders;
};

} // namespace

void walkTranslationUnit(ASTContext &Ctx, const CheckList &Checks,
                         const MacroIndex &Macros, Reporter &R,
                         bool SkipSystemHeaders) {
  TranslationUnitWalker(Checks, Macros, R, Ctx.getSourceManager(),
                        SkipSystemHeaders)
      .walkDecl(Ctx.getTranslationUnitDecl());
  for (const auto &C : Checks)
    C->finishTranslationUnit();
}

} // namespace coro
