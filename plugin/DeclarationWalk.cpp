//===- DeclarationWalk.cpp - every declaration of the unit, once ---------===//
#include "DeclarationWalk.h"

#include "BodyWalker.h"
#include "ExpansionFiles.h"
#include "Reporter.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace coro {
namespace {

/// Finds every declaration once, by walking declaration contexts by hand: a
/// RecursiveASTVisitor also walks types, names and template arguments, which
/// cost a third of the plugin's time and hold nothing to check.
class TranslationUnitWalker {
public:
  TranslationUnitWalker(ASTContext &Ctx, CheckSet &Checks,
                        MarkerCache &Markers, Reporter &R,
                        bool SkipSystemHeaders, bool Bodies)
      : Ctx(Ctx), Checks(Checks), Markers(Markers), R(R),
        Files(Ctx.getSourceManager()), SkipSystemHeaders(SkipSystemHeaders),
        Bodies(Bodies) {}

  void walkDecl(const Decl *D) {
    if (!D || (D->isImplicit() && !isa<TranslationUnitDecl>(D)))
      return;
    bool InMainFile = false;
    if (!isa<TranslationUnitDecl>(D)) {
      ExpansionFiles::Where At = Files.of(D->getLocation());
      // Nothing is reported in system headers (unless -Wsystem-headers), and
      // the facts leave them out: most declarations of a unit are libc's.
      if (SkipSystemHeaders && At.InSystemHeader)
        return;
      InMainFile = At.InMainFile;
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
      Checks.decl(D);
  }

  // File-scope initializers: BlockDriver tables and other callback tables.
  void walkFileScopeInit(const VarDecl *VD, bool InMainFile) {
    if (!Bodies || !VD->hasInit() || VD->isLocalVarDeclOrParm() ||
        VD->getDeclContext()->isDependentContext() || VD->isInvalidDecl())
      return;
    Caller Of;
    Of.InMainFile = InMainFile;
    walkBody(Of, [&](BodyWalker &W) { W.walkVariableInit(VD); });
  }

  void walkFunction(const FunctionDecl *FD, bool InMainFile) {
    if (!Bodies || !FD->doesThisDeclarationHaveABody() || FD->isDependentContext() ||
        FD->isInvalidDecl() || FD->isLateTemplateParsed())
      return;
    // A header's inline and static functions are in every unit that
    // includes it, and most units use few of them (QEMU's trace headers
    // define one per event): each is walked in the units that call it or
    // take its address, where it can run.
    if (!InMainFile && (FD->isInlined() || !FD->isExternallyVisible()) &&
        !Demanded.count(FD->getCanonicalDecl())) {
      Unused.try_emplace(FD->getCanonicalDecl(), FD);
      return;
    }
    Caller Of;
    Of.D = FD;
    Of.Function = FD;
    Of.Markers = Markers.of(FD);
    Of.InMainFile = InMainFile;
    walkBody(Of, [&](BodyWalker &W) {
      W.analyzeContext(FD, FD->getBody());
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->isWritten())
            W.walk(Init->getInit());
      W.walk(FD->getBody());
    });
  }

  void demand(const FunctionDecl *FD) {
    const FunctionDecl *Canonical = FD->getCanonicalDecl();
    if (!Demanded.insert(Canonical).second)
      return;
    auto It = Unused.find(Canonical);
    if (It == Unused.end())
      return;
    const FunctionDecl *Definition = It->second;
    Unused.erase(It);
    walkFunction(Definition, /*InMainFile=*/false);
  }

  template <typename Fn> void walkBody(const Caller &Of, Fn Walk) {
    PendingBodies Pending;
    UsedFunctions Used;
    BodyWalker W(Ctx, Checks, Markers, Of, Pending, Used);
    R.enterBody(Of.Function);
    Walk(W);
    const ContextFacts &Facts = W.contextFacts();
    FunctionSummary Summary{Of, W.suspendingDispatch(), Facts.AssertedSide,
                            Facts.Assertion};
    Checks.function(Summary);
    R.enterBody(nullptr);
    for (const Decl *D : Pending)
      walkPending(D, Of.InMainFile);
    for (const FunctionDecl *FD : Used)
      demand(FD);
  }

  /// Blocks and lambdas are written where the body holding them is.
  void walkPending(const Decl *D, bool InMainFile) {
    if (const auto *BD = dyn_cast<BlockDecl>(D)) {
      Caller Of;
      Of.D = BD;
      Of.InMainFile = InMainFile;
      walkBody(Of, [&](BodyWalker &W) {
        W.analyzeContext(BD, BD->getBody());
        W.walk(BD->getBody());
      });
    } else if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      walkFunction(FD, InMainFile); // a lambda's call operator
    } else {
      walkDecl(D); // a local class
    }
  }

  ASTContext &Ctx;
  CheckSet &Checks;
  MarkerCache &Markers;
  Reporter &R;
  ExpansionFiles Files;
  bool SkipSystemHeaders;
  bool Bodies;
  /// Canonical declarations of the functions walked bodies use.
  llvm::DenseSet<const FunctionDecl *> Demanded;
  /// Header functions not used yet, by canonical declaration.
  llvm::DenseMap<const FunctionDecl *, const FunctionDecl *> Unused;
};

} // namespace

void walkTranslationUnit(ASTContext &Ctx, CheckSet &Checks,
                         MarkerCache &Markers, Reporter &R,
                         bool SkipSystemHeaders) {
  TranslationUnitWalker(Ctx, Checks, Markers, R, SkipSystemHeaders,
                        /*Bodies=*/true)
      .walkDecl(Ctx.getTranslationUnitDecl());
  Checks.finishTranslationUnit();
}

void walkDeclarations(ASTContext &Ctx, CheckSet &Checks, MarkerCache &Markers,
                      Reporter &R, bool SkipSystemHeaders) {
  TranslationUnitWalker(Ctx, Checks, Markers, R, SkipSystemHeaders,
                        /*Bodies=*/false)
      .walkDecl(Ctx.getTranslationUnitDecl());
}

} // namespace coro
