//===- Dispatch.h - reading qemu_in_coroutine() tests ---------------------===//
//
// A mixed function branches on qemu_in_coroutine(): the branch taken when it
// is true runs in coroutine context, the other one does not. Assertions about
// the context (assert(qemu_in_coroutine()), g_assert(...)) expand to branches
// too, but are not dispatch: they state the context of the code after them.
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

/// What a statement asserts about the context of the statements after it.
struct Assertion {
  Side Holds = Side::Unknown;
  /// The asserted qemu_in_coroutine() call.
  clang::SourceLocation Test;

  bool asserts() const { return Holds != Side::Unknown; }
};

/// What a test whose outcome is B asserts when its branches are Then and
/// Else: nothing unless one is empty and the other a noreturn call.
Assertion assertedBy(BranchSides B, const clang::Stmt *Then,
                     const clang::Stmt *Else);

/// The context statement S asserts: an assertion shape (above) whose test
/// decides, as the statement itself or inside what assertion macros wrap it
/// in: glibc's `(void)sizeof(x), ({ if (x) ; else __assert_fail(...); })`,
/// glib's `do { ... } while (0)`, casts to void and `__extension__`.
Assertion assertedContext(const clang::Stmt *S);

/// Whether S runs to its end whenever it starts: no return, goto, label,
/// loop or noreturn call, so that an assertion after it holds for the whole
/// function when S is all that precedes it.
bool isStraightLine(const clang::Stmt *S);

} // namespace coro

#endif
