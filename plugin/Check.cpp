//===- Check.cpp - shared wording of call diagnostics ---------------------===//
#include "Check.h"

#include "Reporter.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace coro {

Check::~Check() = default;

void Check::reportLacking(const FunctionDecl *FD, Marker M,
                          const NamedDecl *Carrier, StringRef Format) {
  R.report(FD->getLocation(), Name, Format, FD, markerName(M))
      .insertMarker(FD, M)
      .markerNote(Carrier, M);
}

void WrapperDeclarationCheck::checkDecl(const Decl *D) {
  const auto *FD = dyn_cast<FunctionDecl>(D);
  std::optional<Marker> W =
      FD ? writtenMarkers(FD).wrapperMarker() : std::nullopt;
  if (W && FD->getIdentifier() && Done.insert(FD->getCanonicalDecl()).second &&
      R.enabledAt(FD->getLocation()))
    checkWrapper(FD, *W);
}

Context CallContext::context() const {
  if (DispatchSide == Side::Coroutine)
    return Context::Coroutine;
  if (DispatchSide == Side::Ordinary)
    return Context::Ordinary;
  if (Of.Markers.isCoroutine())
    return Context::Coroutine;
  if (Of.Markers.isMixed())
    return Context::Mixed;
  return Context::Ordinary;
}

std::string quoted(const NamedDecl *D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D->getNameForDiagnostic(OS, D->getASTContext().getPrintingPolicy(),
                          /*Qualified=*/true);
  return "'" + OS.str() + "'";
}

namespace {

std::string describeCalleeItself(const CallSite &CS) {
  if (CS.CleanupVar)
    return "cleanup function " + quoted(CS.Function) + " of variable " +
           quoted(CS.CleanupVar);
  if (CS.Function)
    return "function " + quoted(CS.Function);
  if (!CS.Callee)
    return "pointer of type '" + CS.CalleeType.getAsString() + "'";
  if (isa<FieldDecl>(CS.Callee))
    return "field " + quoted(CS.Callee);
  if (isa<ParmVarDecl>(CS.Callee))
    return "parameter " + quoted(CS.Callee);
  return "variable " + quoted(CS.Callee);
}

} // namespace

std::string describeAlternatives(const CallSite &CS) {
  std::string S;
  if (CS.ReadFrom)
    S += " read from " + quoted(CS.ReadFrom);
  if (CS.Alternatives > 1)
    S += " (one of " + std::to_string(CS.Alternatives) + " possible callees)";
  return S;
}

std::string describeCallee(const CallSite &CS) {
  return describeCalleeItself(CS) + describeAlternatives(CS);
}

std::string describeCaller(const CallContext &C) {
  const FunctionDecl *F = C.Of.Function;
  if (!F) {
    if (C.Of.D && isa<BlockDecl>(C.Of.D))
      return "block";
    return "initializer";
  }
  if (const auto *M = dyn_cast<CXXMethodDecl>(F); M && M->getParent()->isLambda())
    return "lambda";
  std::string Name = quoted(F);
  if (C.DispatchSide != Side::Unknown)
    return "function " + Name;
  if (C.Of.Markers.isCoroutine())
    return "'coroutine_fn' function " + Name;
  if (C.Of.Markers.isMixed())
    return "'coroutine_mixed_fn' function " + Name;
  return "non-coroutine function " + Name;
}

std::string describeSide(const CallContext &C) {
  switch (C.DispatchSide) {
  case Side::Coroutine:
    return " where qemu_in_coroutine() is true";
  case Side::Ordinary:
    return " where qemu_in_coroutine() is false";
  case Side::Unknown:
    break;
  }
  return "";
}

std::string describeSource(const Conversion &C, Marker M) {
  std::string Marked = "'" + markerName(M).str() + "' ";
  if (!C.Source)
    return Marked + "value of type '" + C.SourceType.getAsString() + "'";
  if (isa<FunctionDecl>(C.Source))
    return Marked + "function " + quoted(C.Source);
  if (isa<FieldDecl>(C.Source))
    return Marked + "field " + quoted(C.Source);
  if (isa<ParmVarDecl>(C.Source))
    return Marked + "parameter " + quoted(C.Source);
  return Marked + "variable " + quoted(C.Source);
}

std::string describeTarget(const Conversion &C) {
  std::string Type = "'" + C.TargetType.getAsString() + "'";
  if (!C.TargetDecl && C.Target != Conversion::Variadic &&
      C.Target != Conversion::Element)
    return "type " + Type;
  switch (C.Target) {
  case Conversion::Variable:
    return "variable " + quoted(C.TargetDecl);
  case Conversion::Field:
    return "field " + quoted(C.TargetDecl);
  case Conversion::Parameter: {
    std::string P = "parameter " + quoted(C.TargetDecl);
    if (const auto *F = dyn_cast_or_null<FunctionDecl>(
            C.TargetDecl->getDeclContext()))
      P += " of " + quoted(F);
    return P;
  }
  case Conversion::Variadic:
    return C.TargetDecl ? "a variadic argument of " + quoted(C.TargetDecl)
                        : "a variadic argument";
  case Conversion::Return:
    return "the return value of " + quoted(C.TargetDecl);
  case Conversion::Element:
    return C.TargetDecl ? "an element of " + quoted(C.TargetDecl)
                        : "an element of type " + Type;
  case Conversion::Cast:
    break;
  }
  return "type " + Type;
}

void noteTarget(Finding &F, const Conversion &C, std::optional<Marker> M) {
  const NamedDecl *Target =
      C.Target == Conversion::Variadic ? nullptr : C.TargetDecl;
  const NamedDecl *Carrier = nullptr;
  if (M && C.TargetMarkers.has(*M))
    Carrier = Target ? declCarrying(Target, *M)
                     : typedefCarrying(C.TargetType, *M);
  if (Target && Carrier != Target)
    F.declarationNote(Target);
  if (Carrier)
    F.markerNote(Carrier, *M);
}

const NamedDecl *markedCallee(const CallSite &CS, Marker M) {
  if (CS.Callee)
    return CS.Callee;
  return typedefCarrying(CS.CalleeType, M);
}

const NamedDecl *markedSource(const Conversion &C, Marker M) {
  if (C.Source)
    return C.Source;
  return typedefCarrying(C.SourceType, M);
}

bool isWrapperFunction(const FunctionDecl *F, MarkerSet M,
                       MarkerCache &Markers) {
  if (!F || !M.twinDecidesWrapper())
    return M.isWrapper();
  const FunctionDecl *Twin = Markers.twinOf(F);
  return M.isWrapperGiven(Twin && Markers.of(Twin).isCoroutine());
}

WrapperCall asWrapperCall(const CallSite &CS, MarkerCache &Markers) {
  WrapperCall W;
  if (!CS.Function || CS.CleanupVar)
    return W;
  W.IsWrapper = isWrapperFunction(CS.Function, CS.Markers, Markers);
  if (W.IsWrapper)
    W.Twin = Markers.twinOf(CS.Function);
  return W;
}

bool isMarkableFunction(const FunctionDecl *F) {
  if (!F || !F->getIdentifier())
    return false;
  const auto *M = dyn_cast<CXXMethodDecl>(F);
  return !(M && M->getParent()->isLambda());
}

} // namespace coro
