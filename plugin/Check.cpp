//===- Check.cpp - shared wording of call diagnostics ---------------------===//
#include "Check.h"

#include "Reporter.h"
#include "Wording.h"
#include "format/FunctionId.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace coro {

Check::~Check() = default;

void Check::reportLacking(const FunctionDecl *FD, Marker M,
                          const NamedDecl *Carrier, StringRef Format) {
  R.report(FD->getLocation(), Name, {subjectName(FD), markerName(M).str()}, Format, FD,
           markerName(M))
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

std::string quoted(const NamedDecl *D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D->getNameForDiagnostic(OS, D->getASTContext().getPrintingPolicy(),
                          /*Qualified=*/true);
  return "'" + OS.str() + "'";
}

std::string subjectName(const NamedDecl *D) {
  if (!D)
    return "";
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D->getNameForDiagnostic(OS, D->getASTContext().getPrintingPolicy(),
                          /*Qualified=*/true);
  OS.flush();
  const auto *FD = dyn_cast<FunctionDecl>(D);
  if (!FD || FD->isExternallyVisible())
    return Name;
  // Static functions of two files may share a name; the file's directory is
  // no part of a key (format/FindingKey.h).
  const SourceManager &SM = D->getASTContext().getSourceManager();
  PresumedLoc P =
      SM.getPresumedLoc(SM.getExpansionLoc(FD->getCanonicalDecl()->getLocation()));
  return P.isValid() ? fileScopedName(llvm::sys::path::filename(P.getFilename()), Name)
                     : Name;
}

std::string subjectName(const Caller &Of) { return subjectName(Of.Function); }

std::string calleeSubject(const CallSite &CS) {
  if (CS.Function)
    return subjectName(CS.Function);
  if (CS.Callee)
    return subjectName(CS.Callee);
  return CS.CalleeType.getAsString();
}

std::string conversionSubject(const Conversion &C) {
  std::string Source =
      C.Source ? subjectName(C.Source) : C.SourceType.getAsString();
  std::string Target =
      C.TargetDecl ? subjectName(C.TargetDecl) : C.TargetType.getAsString();
  return Source + " -> " + Target;
}

namespace {

/// What describe() calls a declaration that holds a function or a pointer.
Named namedKind(const NamedDecl *D) {
  if (isa<FunctionDecl>(D))
    return Named::Function;
  if (isa<FieldDecl>(D))
    return Named::Field;
  if (isa<ParmVarDecl>(D))
    return Named::Parameter;
  return Named::Variable;
}

std::string quotedType(QualType T) { return quote(T.getAsString()); }

/// "variable 'v'", "a temporary": whose destructor runs.
std::string describeDestroyed(const CallSite &CS) {
  switch (CS.Destroys) {
  case CallSite::Variable:
    return describe(Named::Variable, quoted(CS.DestroyedVar));
  case CallSite::Temporary:
    return "a temporary";
  case CallSite::Deleted:
    return "the deleted object";
  case CallSite::NotImplicit:
    break;
  }
  return "";
}

std::string describeCalleeItself(const CallSite &CS) {
  if (CS.CleanupVar)
    return describe(Named::CleanupFunction, quoted(CS.Function),
                    describe(Named::Variable, quoted(CS.CleanupVar)));
  if (isa_and_nonnull<CXXDestructorDecl>(CS.Function))
    return describe(Named::Destructor, quoted(CS.Function),
                    describeDestroyed(CS));
  if (CS.Function)
    return describe(Named::Function, quoted(CS.Function));
  if (!CS.Callee)
    return describe(Named::PointerType, quotedType(CS.CalleeType));
  return describe(namedKind(CS.Callee), quoted(CS.Callee));
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
  std::string Marked = quote(markerName(M)) + " ";
  if (!C.Source)
    return Marked + describe(Named::Value, "",
                             describe(Named::Type, quotedType(C.SourceType)));
  return Marked + describe(namedKind(C.Source), quoted(C.Source));
}

std::string describeTarget(const Conversion &C) {
  std::string Type = describe(Named::Type, quotedType(C.TargetType));
  if (!C.TargetDecl && C.Target != Conversion::Variadic &&
      C.Target != Conversion::Element)
    return Type;
  switch (C.Target) {
  case Conversion::Variable:
    return describe(Named::Variable, quoted(C.TargetDecl));
  case Conversion::Field:
    return describe(Named::Field, quoted(C.TargetDecl));
  case Conversion::Parameter: {
    const auto *F = dyn_cast_or_null<FunctionDecl>(C.TargetDecl->getDeclContext());
    return describe(Named::Parameter, quoted(C.TargetDecl), F ? quoted(F) : "");
  }
  case Conversion::Variadic:
    return describe(Named::VariadicArgument, "",
                    C.TargetDecl ? quoted(C.TargetDecl) : "");
  case Conversion::Return:
    return describe(Named::ReturnValue, "", quoted(C.TargetDecl));
  case Conversion::Element:
    return describe(Named::Element, "", C.TargetDecl ? quoted(C.TargetDecl) : Type);
  case Conversion::Cast:
    break;
  }
  return Type;
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
