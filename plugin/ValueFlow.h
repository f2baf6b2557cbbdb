//===- ValueFlow.h - where function pointers come from and go ------------===//
//
// A function, or a pointer to one, that flows into a place holding a function
// pointer (an initializer, an assignment, an argument, a return value, a cast,
// an element of an initializer list) is a Conversion that the checks judge.
// The value's sources are read through `?:`, `&` and implicit conversions.
// A call's callee is read the same way, further (possibleCallees()).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_VALUEFLOW_H
#define COROPLUGIN_VALUEFLOW_H

#include "CheckSet.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace coro {

/// The declaration an indirect callee or an assigned place names: `fp`,
/// `s->field`, `table[i]`, `(*fp)`; null for other expressions.
const clang::NamedDecl *calledThrough(const clang::Expr *E);

/// One function or pointer that a callee expression may designate.
struct PossibleCallee {
  /// The expression that names it.
  const clang::Expr *E;
  /// The function, or the variable, field or parameter called through; null
  /// when only the type is known.
  const clang::NamedDecl *D;
  MarkerSet Markers;
  /// The constant variable or table whose initializer names it.
  const clang::VarDecl *ReadFrom;
};

/// What a call through Callee may call. `c ? a : b`, `(x, f)`, `({ ...; f;
/// })`, `&f`, `*fp`, a cast to an unmarked type (through `void *` too), and a
/// constant unmarked variable or table whose initializer names functions
/// designate each function they may yield (a null branch none). A marked
/// pointer, cast or table is a callee of its own: its markers are the
/// contract of every function it may hold.
void possibleCallees(const clang::Expr *Callee, clang::ASTContext &Ctx,
                     MarkerCache &Markers,
                     llvm::SmallVectorImpl<PossibleCallee> &Out);

/// Hands the conversions of one body (or file-scope initializer) to the
/// checks, in the context the walker says the value flows in.
class ValueFlow {
public:
  ValueFlow(CheckSet &Checks, MarkerCache &Markers)
      : Checks(Checks), Markers(Markers) {}

  /// E flows into a place of TargetType, declared TargetDecl when it is one.
  void flow(const clang::Expr *E, Conversion::TargetKind K,
            const clang::NamedDecl *TargetDecl, clang::QualType TargetType,
            MarkerSet TargetMarkers, const CallContext &Ctx);
  /// E flows into the variable, field or parameter D (a cast when null).
  void flowIntoDecl(const clang::Expr *E, const clang::NamedDecl *D,
                    clang::QualType TargetType, const CallContext &Ctx);
  /// A call's arguments flow into Callee's parameters, else into the
  /// parameter types of CalleeType, else into a variadic argument.
  void flowArguments(const clang::FunctionDecl *Callee,
                     clang::QualType CalleeType,
                     llvm::ArrayRef<const clang::Expr *> Args,
                     const CallContext &Ctx);
  /// The elements of an initializer list flow into the array elements or
  /// the fields they initialize.
  void flowInitList(const clang::InitListExpr *ILE, const CallContext &Ctx);
  /// ILE initializes array variable VD directly: a marker on VD applies to
  /// its elements.
  void setArrayOwner(const clang::InitListExpr *ILE, const clang::VarDecl *VD) {
    ArrayOwners[ILE] = VD;
  }

private:
  CheckSet &Checks;
  MarkerCache &Markers;
  llvm::DenseMap<const clang::InitListExpr *, const clang::VarDecl *>
      ArrayOwners;
};

} // namespace coro

#endif
