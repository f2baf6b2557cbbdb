//===- Dispatch.h - reading qemu_in_coroutine() tests ---------------------===//
//
// A mixed function branches on qemu_in_coroutine(): the branch taken when it
// is true runs in coroutine context, the other one does not. Assertions about
// the context (assert(qemu_in_coroutine()), g_assert(...)) expand to branches
// too, but only state a fact: they are recognised by shape and ignored.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_DISPATCH_H
#define COROPLUGIN_DISPATCH_H

#include "Check.h"

#include "clang/AST/Stmt.h"

namespace coro {

struct BranchSides {
  Side WhenTrue = Side::Unknown;
  Side WhenFalse = Side::Unknown;
  /// The qemu_in_coroutine() call that decided, invalid when none did.
  clang::SourceLocation Test;

  bool decides() const { return Test.isValid(); }
};

/// What the truth of Cond says about the context.
BranchSides analyzeCondition(const clang::Expr *Cond);

/// `if (x) ; else abort();`, `x ? (void)0 : __assert_fail(...)`, and glib's
/// `if (x) v = 1; else v = 0;`: a test whose branches do no work.
bool isAssertionShape(const clang::Stmt *Then, const clang::Stmt *Else);

/// Whether control never falls out of S (return, or a noreturn call, last).
bool alwaysExits(const clang::Stmt *S);

} // namespace coro

#endif
