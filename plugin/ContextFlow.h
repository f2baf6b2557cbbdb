//===- ContextFlow.h - the context at each point of a body ----------------===//
//
// Whether code runs in coroutine context follows control flow: after
// `if (!qemu_in_coroutine()) { return wrapper(bs); }`, after
// `assert(qemu_in_coroutine())`, on the side of `?:` that `likely(...)`
// picked. For a body that tests the context, a forward dataflow over clang's
// CFG gives each point one of {coroutine, ordinary, unknown}: conditions
// refine it on their true and false edges, paths that end in a noreturn call
// (assert, g_assert, abort) end, and joins of different facts are unknown.
// Bodies without a test build no CFG: each of their calls runs in the
// context the function's marker gives.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_CONTEXTFLOW_H
#define COROPLUGIN_CONTEXTFLOW_H

#include "Check.h"

#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

namespace coro {

struct ContextFacts {
  /// The context each statement and expression of the body runs in, when a
  /// test decided it; empty for a body without tests.
  llvm::DenseMap<const clang::Stmt *, Side> At;
  /// In C++, the context each local variable's destructor runs in: the
  /// same at every exit from its scope, or unknown.
  llvm::DenseMap<const clang::VarDecl *, Side> DestroyedAt;
  /// The first (in source order) qemu_in_coroutine() test that dispatches:
  /// a branch that depends on the context, reached where the context is
  /// unknown, whose both edges lead to code that can return.
  clang::SourceLocation FirstDispatch;
  /// The context every return of a body without dispatch runs in, when an
  /// assertion decided it, and the asserted qemu_in_coroutine() call.
  Side AssertedSide = Side::Unknown;
  clang::SourceLocation Assertion;
};

/// The facts of Body, the body of D (a function or block).
ContextFacts computeContextFacts(const clang::Decl *D, const clang::Stmt *Body,
                                 clang::ASTContext &Ctx);

} // namespace coro

#endif
