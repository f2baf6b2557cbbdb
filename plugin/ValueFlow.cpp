//===- ValueFlow.cpp ------------------------------------------------------===//
#include "ValueFlow.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace coro {

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

/// Unlike a callee (possibleCallees()), a value is not read through a cast
/// to a function-pointer type, which is a conversion of its own, judged where
/// it is written, nor through constants, which are places values flow into.
void sourcesOf(const Expr *E, MarkerCache &Markers,
               llvm::SmallVectorImpl<ValueSource> &Out, unsigned Depth = 0) {
  if (!E || Depth > 16)
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    sourcesOf(CO->getTrueExpr(), Markers, Out, Depth + 1);
    sourcesOf(CO->getFalseExpr(), Markers, Out, Depth + 1);
    return;
  }
  if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(E)) {
    sourcesOf(BCO->getCommon(), Markers, Out, Depth + 1);
    sourcesOf(BCO->getFalseExpr(), Markers, Out, Depth + 1);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    return sourcesOf(UO->getSubExpr(), Markers, Out, Depth + 1);
  if (!holdsFunction(E->getType())) {
    // `(QEMUBHFunc *)(void *)co_entry`: a detour through `void *` or an
    // integer still carries the function to the outer conversion.
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      sourcesOf(Cast->getSubExpr(), Markers, Out, Depth + 1);
    return;
  }
  const NamedDecl *D = nullptr;
  if (!isa<ExplicitCastExpr>(E))
    D = calledThrough(E);
  MarkerSet M = Markers.of(D);
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

/// A constant variable whose initializer says what it holds: not a
/// parameter, not volatile, and unmarked (a marked one is judged by its
/// markers, the contract every value stored in it obeys).
const Expr *constantInitializer(const Expr *E, ASTContext &Ctx,
                                MarkerCache &Markers, const VarDecl *&Var) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || isa<ParmVarDecl>(VD) || !VD->getType().isConstant(Ctx) ||
      Ctx.getBaseElementType(VD->getType()).isVolatileQualified())
    return nullptr;
  const Expr *Init = VD->getAnyInitializer();
  if (!Init || !Markers.of(VD).empty())
    return nullptr;
  Var = VD;
  return Init->IgnoreParenImpCasts();
}

/// possibleCallees(), one expression at a time.
class CalleeResolver {
public:
  CalleeResolver(ASTContext &Ctx, MarkerCache &Markers,
                 llvm::SmallVectorImpl<PossibleCallee> &Out)
      : Ctx(Ctx), Markers(Markers), Out(Out) {}

  void resolve(const Expr *E, const VarDecl *ReadFrom, unsigned Depth);

private:
  /// A table bigger than this is judged by its own markers, not element by
  /// element: a call would otherwise get a finding per element.
  static constexpr unsigned MaxCallees = 16;

  /// Resolves Init, what the constant Var holds, unless it holds something
  /// other than functions: then E, which reads Var, is the callee.
  void resolveConstant(const Expr *E, const Expr *Init, const VarDecl *Var,
                       const VarDecl *ReadFrom, unsigned Depth);
  void leaf(const Expr *E, const VarDecl *ReadFrom);

  ASTContext &Ctx;
  MarkerCache &Markers;
  llvm::SmallVectorImpl<PossibleCallee> &Out;
};

} // namespace

void CalleeResolver::resolve(const Expr *E, const VarDecl *ReadFrom,
                             unsigned Depth) {
  if (!E || Depth > 16 || Out.size() >= MaxCallees)
    return;
  E = E->IgnoreParenImpCasts();
  // A null branch (`fp ? fp : NULL`) or table element designates nothing.
  if (isa<ImplicitValueInitExpr>(E) ||
      E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return;
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    resolve(CO->getTrueExpr(), ReadFrom, Depth + 1);
    return resolve(CO->getFalseExpr(), ReadFrom, Depth + 1);
  }
  if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(E)) {
    resolve(BCO->getCommon(), ReadFrom, Depth + 1);
    return resolve(BCO->getFalseExpr(), ReadFrom, Depth + 1);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && BO->getOpcode() == BO_Comma)
    return resolve(BO->getRHS(), ReadFrom, Depth + 1);
  if (const auto *SE = dyn_cast<StmtExpr>(E)) {
    const CompoundStmt *Body = SE->getSubStmt();
    if (!Body->body_empty())
      if (const auto *Last = dyn_cast<Expr>(Body->body_back()))
        return resolve(Last, ReadFrom, Depth + 1);
    return leaf(E, ReadFrom);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref) &&
      holdsFunction(UO->getSubExpr()->getType()))
    return resolve(UO->getSubExpr(), ReadFrom, Depth + 1);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
    // A cast to a marked type is the contract the call obeys; any other
    // cast, and a detour through `void *`, still calls what it converts.
    if (holdsFunction(E->getType()) && !markersOfType(E->getType()).empty())
      return leaf(E, ReadFrom);
    size_t Before = Out.size();
    resolve(Cast->getSubExpr(), ReadFrom, Depth + 1);
    if (Out.size() == Before && holdsFunction(E->getType()))
      leaf(E, ReadFrom);
    return;
  }
  const VarDecl *Var = nullptr;
  if (isa<DeclRefExpr>(E))
    if (const Expr *Init = constantInitializer(E, Ctx, Markers, Var)) {
      if (const auto *ILE = dyn_cast<InitListExpr>(Init))
        Init = ILE->getNumInits() == 1 ? ILE->getInit(0) : nullptr;
      if (Init)
        return resolveConstant(E, Init, Var, ReadFrom, Depth);
    }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
    if (const auto *ILE = dyn_cast_or_null<InitListExpr>(
            constantInitializer(ASE->getBase(), Ctx, Markers, Var))) {
      if (const InitListExpr *Semantic = ILE->getSemanticForm())
        ILE = Semantic;
      // `tbl[1]` calls one element, `tbl[i]` any of them.
      Expr::EvalResult Index;
      if (!ASE->getIdx()->isValueDependent() &&
          ASE->getIdx()->EvaluateAsInt(Index, Ctx) &&
          Index.Val.getInt().isNonNegative() &&
          Index.Val.getInt().ult(ILE->getNumInits()))
        return resolveConstant(
            E, ILE->getInit(Index.Val.getInt().getZExtValue()), Var, ReadFrom,
            Depth);
      if (ILE->getNumInits() <= MaxCallees)
        return resolveConstant(E, ILE, Var, ReadFrom, Depth);
    }
  leaf(E, ReadFrom);
}

void CalleeResolver::resolveConstant(const Expr *E, const Expr *Init,
                                     const VarDecl *Var,
                                     const VarDecl *ReadFrom, unsigned Depth) {
  size_t Before = Out.size();
  if (const auto *ILE = dyn_cast<InitListExpr>(Init)) {
    for (const Expr *Element : ILE->inits())
      resolve(Element, Var, Depth + 1);
  } else {
    resolve(Init, Var, Depth + 1);
  }
  for (size_t I = Before; I < Out.size(); ++I)
    if (!isa_and_nonnull<FunctionDecl>(Out[I].D)) {
      Out.resize(Before);
      return leaf(E, ReadFrom);
    }
}

void CalleeResolver::leaf(const Expr *E, const VarDecl *ReadFrom) {
  if (!holdsFunction(E->getType()))
    return;
  const NamedDecl *D = isa<ExplicitCastExpr>(E) ? nullptr : calledThrough(E);
  for (const PossibleCallee &Seen : Out)
    if (D && Seen.D == D && Seen.ReadFrom == ReadFrom)
      return; // `{a, b, a}`
  MarkerSet M = Markers.of(D);
  M |= markersOfType(E->getType());
  Out.push_back({E, D, M, ReadFrom});
}

void possibleCallees(const Expr *Callee, ASTContext &Ctx,
                     MarkerCache &Markers,
                     llvm::SmallVectorImpl<PossibleCallee> &Out) {
  CalleeResolver(Ctx, Markers, Out).resolve(Callee, nullptr, 0);
}

void ValueFlow::flow(const Expr *E, Conversion::TargetKind K,
                     const NamedDecl *TargetDecl, QualType TargetType,
                     MarkerSet TargetMarkers, const CallContext &Ctx) {
  llvm::SmallVector<ValueSource, 2> Sources;
  sourcesOf(E, Markers, Sources);
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
    Checks.conversion(C, Ctx);
  }
}

void ValueFlow::flowIntoDecl(const Expr *E, const NamedDecl *D,
                             QualType TargetType, const CallContext &Ctx) {
  MarkerSet M = Markers.of(D);
  M |= markersOfType(TargetType);
  flow(E, D ? kindOf(D) : Conversion::Cast, D, TargetType, M, Ctx);
}

void ValueFlow::flowArguments(const FunctionDecl *Callee, QualType CalleeType,
                              llvm::ArrayRef<const Expr *> Args,
                              const CallContext &Ctx) {
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
      flow(Args[I], Conversion::Parameter, P, P->getType(), Markers.of(P), Ctx);
    } else if (!Callee && Proto && I < Proto->getNumParams()) {
      QualType PT = Proto->getParamType(I);
      flow(Args[I], Conversion::Parameter, nullptr, PT, markersOfType(PT), Ctx);
    } else {
      flow(Args[I], Conversion::Variadic, Callee, Args[I]->getType(),
           MarkerSet(), Ctx);
    }
  }
}

void ValueFlow::flowInitList(const InitListExpr *ILE, const CallContext &Ctx) {
  if (const InitListExpr *Semantic = ILE->getSemanticForm())
    ILE = Semantic;
  QualType T = ILE->getType();
  if (const auto *Arr = T->getAsArrayTypeUnsafe()) {
    const VarDecl *Owner = ArrayOwners.lookup(ILE);
    QualType Elem = Arr->getElementType();
    MarkerSet M = Owner ? Markers.of(Owner) : markersOfType(Elem);
    for (const Expr *Init : ILE->inits())
      flow(Init, Conversion::Element, Owner, Elem, M, Ctx);
    return;
  }
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || ILE->getNumInits() == 0)
    return;
  if (RD->isUnion()) {
    if (const FieldDecl *F = ILE->getInitializedFieldInUnion())
      flow(ILE->getInit(0), Conversion::Field, F, F->getType(), Markers.of(F),
           Ctx);
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
    flow(ILE->getInit(I++), Conversion::Field, F, F->getType(), Markers.of(F),
         Ctx);
  }
}

} // namespace coro
