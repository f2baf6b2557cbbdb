//===- AssertedContextCheck.cpp - the marker and the asserted context -----===//
//
// A function that asserts qemu_in_coroutine() (or its negation) before any of
// its code can branch runs in one context only. Declared coroutine_mixed_fn,
// it is mislabelled: reported once, at the function, rather than at each call
// after the assertion (which are judged in the asserted context). Declared
// coroutine_fn or no_coroutine_fn, the assertion contradicts the marker.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/Lex/Lexer.h"

#include <set>

using namespace clang;

namespace coro {
namespace {

/// Replaces every `coroutine_mixed_fn` written on F's declarations with To,
/// or nothing when one is spelled otherwise (co_wrapper_mixed,
/// annotate("...")) or lies where no edit belongs.
std::vector<FixItHint> replaceMixedMarker(const FunctionDecl *F, Marker To,
                                          Reporter &R) {
  if (!R.spells(To))
    return {};
  const SourceManager &SM = F->getASTContext().getSourceManager();
  const LangOptions &LO = F->getASTContext().getLangOpts();
  std::set<unsigned> Seen; // an annotate macro and its macro use name one token
  std::vector<FixItHint> Hints;
  for (const FunctionDecl *D : F->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      if (A->isInherited() || A->getAnnotation() != markerName(Marker::CoroutineMixedFn))
        continue;
      SourceLocation Tok = SM.getExpansionLoc(A->getLocation());
      if (Tok.isInvalid() || SM.isInSystemHeader(Tok) || R.inGeneratedCode(Tok))
        return {};
      if (!Seen.insert(Tok.getRawEncoding()).second)
        continue;
      CharSourceRange Range = CharSourceRange::getTokenRange(Tok, Tok);
      if (Lexer::getSourceText(Range, SM, LO) !=
          markerName(Marker::CoroutineMixedFn))
        return {};
      Hints.push_back(FixItHint::CreateReplacement(Range, markerName(To)));
    }
  return Hints;
}

class AssertedContextCheck : public Check {
public:
  using Check::Check;

  void checkFunction(const FunctionSummary &S) override {
    const FunctionDecl *F = S.Of.Function;
    const MarkerSet &M = S.Of.Markers;
    if (S.AssertedSide == Side::Unknown || !isMarkableFunction(F) ||
        isWrapperFunction(F, M, Markers) || (M.isMixed() && M.isNoCoroutine()))
      return;
    bool InCoroutine = S.AssertedSide == Side::Coroutine;
    std::optional<Marker> Has;
    if (M.isMixed())
      Has = M.mixedReason();
    else if (M.isCoroutine() && !InCoroutine)
      Has = M.coroutineReason();
    else if (M.isNoCoroutine() && InCoroutine)
      Has = M.noCoroutineReason();
    // enabledAt() as a fast path: the fix-its below read the tokens.
    if (!Has || !R.enabledAt(F->getLocation()))
      return;
    // Mixed: it runs in the asserted context only, and says so by the
    // marker of that context. Otherwise the assertion always fails.
    Marker Should = InCoroutine ? Marker::CoroutineFn : Marker::NoCoroutineFn;
    Finding Found = R.report(F->getLocation(), Name, {subjectName(F), ""},
                             "function %q0 is declared '%1' but asserts "
                             "%select{!|}2qemu_in_coroutine()%select{, which "
                             "then always fails|; declare it '%4'}3");
    Found << F << markerName(*Has) << InCoroutine << M.isMixed()
          << markerName(Should);
    if (M.isMixed())
      for (const FixItHint &H : replaceMixedMarker(F, Should, R))
        Found.fixIt(H);
    Found.note(S.Assertion, "%select{!|}0qemu_in_coroutine() is asserted here")
        << InCoroutine;
    Found.markerNote(F, *Has);
  }
};

} // namespace

std::unique_ptr<Check> makeAssertedContextCheck(Reporter &R,
                                                MarkerCache &Markers,
                                                llvm::StringRef Name) {
  return std::make_unique<AssertedContextCheck>(R, Markers, Name);
}

} // namespace coro
