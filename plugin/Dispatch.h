//===- Dispatch.h - reading qemu_in_coroutine() tests ---------------------===//
//
// What the outcome of a condition says about the context: the edge taken
// when `!qemu_in_coroutine()` is true runs outside coroutines. Conditions are
// read one CFG branch at a time (ContextFlow.h), so `&&` and `||` mostly
// arrive split into their operands; what is left nested (`!(a && b)`,
// likely(), glib's boolean expression) is read here.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_DISPATCH_H
#define COROPLUGIN_DISPATCH_H

#include "Check.h"

#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

namespace clang {
class ASTContext;
class IdentifierInfo;
class VarDecl;
} // namespace clang

namespace coro {

struct BranchSides {
  Side WhenTrue = Side::Unknown;
  Side WhenFalse = Side::Unknown;
  /// The qemu_in_coroutine() call the outcome depends on, invalid when none
  /// does. `x == qemu_in_coroutine()` depends on it without deciding a side.
  clang::SourceLocation Test;

  bool testsContext() const { return Test.isValid(); }
};

/// The tests of the context one body makes.
class ContextTests {
public:
  explicit ContextTests(clang::ASTContext &Ctx);

  /// Whether Body calls qemu_in_coroutine() (in evaluated code); also finds
  /// the local variables that hold a test and are never changed. Cheap, for
  /// every body: the bodies without a test need no CFG.
  bool scan(const clang::Stmt *Body);

  /// What the truth of Cond says about the context: `!`, `==`/`!=` against
  /// a constant or an expression, `&&`, `||`, likely()/unlikely()
  /// (__builtin_expect), glib's `({ int v; if (x) v = 1; else v = 0; v; })`,
  /// and a local that holds a test.
  BranchSides analyze(const clang::Expr *Cond) const;

private:
  BranchSides analyze(const clang::Expr *Cond, unsigned Depth) const;
  bool isTest(const clang::Expr *E) const;
  void noteChange(const clang::Expr *Target);

  clang::ASTContext &Ctx;
  const clang::IdentifierInfo *InCoroutine;
  /// Locals initialized with a test, and those changed after (null).
  llvm::DenseMap<const clang::VarDecl *, const clang::Expr *> Locals;
};

} // namespace coro

#endif
