//===- HandWrittenWrapperCheck.cpp - wrappers the generator could write ---===//
//
// Off by default, a refactoring aid. A function `P_X` with a coroutine_fn
// twin `P_co_X` of the same type that does what scripts/
// block-coroutine-wrapper.py generates: it tests qemu_in_coroutine(), calls
// the twin (or the entry function it hands to qemu_coroutine_create()) in
// coroutine context, and otherwise creates or enters a coroutine and polls
// until it finishes. Such functions should be declared as wrappers.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace coro {
namespace {

bool startsCoroutine(StringRef Name) {
  return Name == "qemu_coroutine_create" || Name == "qemu_coroutine_enter" ||
         Name == "bdrv_coroutine_enter" || Name == "aio_co_enter";
}

bool polls(StringRef Name) { return Name == "aio_poll" || Name == "bdrv_poll_co"; }

StringRef nameOf(const FunctionDecl *F) {
  return F && F->getIdentifier() ? F->getName() : StringRef();
}

class HandWrittenWrapperCheck : public Check {
public:
  using Check::Check;

  // Calls and conversions of one body arrive before its checkFunction().
  bool wantsUnmarkedCalls() const override { return true; }

  void checkCall(const CallSite &CS, const CallContext &C) override {
    if (CS.K != CallSite::Direct || !CS.Function)
      return;
    StringRef N = nameOf(CS.Function);
    if (C.DispatchSide == Side::Coroutine)
      CoroutineSide.insert(CS.Function->getCanonicalDecl());
    else if (startsCoroutine(N))
      Starts = true;
    else if (polls(N))
      Polls = true;
  }

  void checkConversion(const Conversion &C, const CallContext &) override {
    // qemu_coroutine_create(entry, opaque): entry runs the coroutine.
    const auto *Into = dyn_cast_or_null<ParmVarDecl>(C.TargetDecl);
    const auto *Entry = dyn_cast_or_null<FunctionDecl>(C.Source);
    if (Into && Entry)
      if (const auto *Callee = dyn_cast<FunctionDecl>(Into->getDeclContext());
          Callee && startsCoroutine(nameOf(Callee)))
        Entries.insert(Entry->getCanonicalDecl());
  }

  void checkFunction(const FunctionSummary &S) override {
    bool Matches = S.FirstDispatch.isValid() && Starts && Polls;
    const FunctionDecl *F = S.Of.Function;
    const FunctionDecl *Twin = F && Matches ? Markers.twinOf(F) : nullptr;
    if (Twin && isMarkableFunction(F) && !S.Of.Markers.isWrapper() &&
        !S.Of.Markers.isCoroutine() && Markers.of(Twin).isCoroutine() &&
        F->getASTContext().hasSameType(F->getType(), Twin->getType()) &&
        callsTwinInCoroutine(Twin)) {
      R.report(F->getLocation(), Name, {subjectName(F), subjectName(Twin)},
               "function %q0 is a hand-written wrapper around its coroutine "
               "version %q1; declare it 'generated_co_wrapper' ('co_wrapper' "
               "or 'co_wrapper_mixed' in QEMU 8+) and let "
               "scripts/block-coroutine-wrapper.py generate it",
               F, Twin)
          .markerNote(Twin, *Markers.of(Twin).coroutineReason())
          .note(S.FirstDispatch, "qemu_in_coroutine() is tested here");
    }
    CoroutineSide.clear();
    Entries.clear();
    Starts = Polls = false;
  }

private:
  bool callsTwinInCoroutine(const FunctionDecl *Twin) const {
    if (CoroutineSide.count(Twin->getCanonicalDecl()))
      return true;
    for (const FunctionDecl *E : Entries)
      if (CoroutineSide.count(E))
        return true;
    return false;
  }

  llvm::SmallPtrSet<const FunctionDecl *, 8> CoroutineSide, Entries;
  bool Starts = false, Polls = false;
};

} // namespace

std::unique_ptr<Check> makeHandWrittenWrapperCheck(Reporter &R,
                                                   MarkerCache &Markers,
                                                   llvm::StringRef Name) {
  return std::make_unique<HandWrittenWrapperCheck>(R, Markers, Name);
}

} // namespace coro
