//===- CheckSet.h - the one way the walkers' events reach the checks ------===//
//
// The walkers produce events (a call, a conversion, a declaration, a
// finished body); this hands each to every check that wants it. What is
// written inside an allow macro (`__allow_coroutine_fn_call`, allow-macro=)
// is filtered here, once: dropped, or, while findings are recorded, judged
// with the Reporter counting its findings as suppressed, and kept from the
// facts writer so that the report's call graph stays the same.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_CHECKSET_H
#define COROPLUGIN_CHECKSET_H

#include "Check.h"

namespace coro {

class MacroIndex;

class CheckSet {
public:
  CheckSet(CheckList Checks, const MacroIndex &Macros, Reporter &R)
      : Checks(std::move(Checks)), Macros(Macros), R(R) {}

  bool empty() const { return Checks.empty(); }

  void call(const CallSite &CS, const CallContext &Ctx);
  void conversion(const Conversion &C, const CallContext &Ctx);
  void decl(const clang::Decl *D) {
    for (const auto &C : Checks)
      C->checkDecl(D);
  }
  void function(const FunctionSummary &S) {
    for (const auto &C : Checks)
      C->checkFunction(S);
  }
  void finishTranslationUnit() {
    for (const auto &C : Checks)
      C->finishTranslationUnit();
  }

private:
  /// Whether an event at Loc is dropped: written inside an allow macro
  /// (Allowed) while no findings are recorded. Only a marked call or
  /// conversion can be reported, and allowed.
  bool dropped(bool Marked, clang::SourceLocation Loc, bool &Allowed) const;

  CheckList Checks;
  const MacroIndex &Macros;
  Reporter &R;
};

} // namespace coro

#endif
