//===- Check.h - what a check sees -----------------------------------------===//
//
// The walker makes one pass over each function body and hands every call and
// function-pointer conversion, with the context it runs in, to each enabled
// check, then the body's summary. State a check keeps is either what one
// body's calls showed, dropped at that body's checkFunction()
// (hand-written-wrapper), or the declarations already judged, so that a
// function with several declarations is reported once (WrapperDeclarationCheck).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_CHECK_H
#define COROPLUGIN_CHECK_H

#include "Context.h"
#include "Markers.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace coro {

class Finding;
class Reporter;

/// The code a call appears in.
struct Caller {
  /// FunctionDecl, BlockDecl, or null for a file-scope initializer.
  const clang::Decl *D = nullptr;
  /// The function, when D is one that has a name a user can mark.
  const clang::FunctionDecl *Function = nullptr;
  MarkerSet Markers;
  /// Written in the unit's main file rather than a header (at the expansion
  /// point of a macro that wrote it).
  bool InMainFile = false;
};

struct CallContext {
  const Caller &Of;
  Side DispatchSide = Side::Unknown;
  /// Ordinary where a mixed function's earlier statement in the block called
  /// a no_coroutine_fn: the code relies on running outside coroutines. Only
  /// the facts record it, so that the report's chains stop there; the checks
  /// judge such calls by DispatchSide alone.
  Side ReliedSide = Side::Unknown;

  /// Where the call runs: the side of a qemu_in_coroutine() test decides,
  /// otherwise the caller's own markers.
  Context context() const { return contextOf(DispatchSide, Of.Markers); }
};

struct CallSite {
  enum Kind { Direct, Indirect, Cleanup };
  Kind K = Direct;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  /// The called function, for direct and cleanup calls.
  const clang::FunctionDecl *Function = nullptr;
  /// What carries the markers: the function, or the variable, field or
  /// parameter called through. Null when an indirect call names no declaration.
  const clang::NamedDecl *Callee = nullptr;
  /// The type called through, for indirect calls.
  clang::QualType CalleeType;
  MarkerSet Markers;
  /// The callee's name as written, when a rename fix-it can replace it.
  const clang::DeclRefExpr *NameRef = nullptr;
  /// For cleanup calls, the variable whose scope ends.
  const clang::VarDecl *CleanupVar = nullptr;
  /// For a destructor that runs without a call written: what it destroys,
  /// the variable whose scope ends (DestroyedVar), a temporary at the end of
  /// its full-expression, or the object of a `delete`.
  enum Destroyed { NotImplicit, Variable, Temporary, Deleted };
  Destroyed Destroys = NotImplicit;
  const clang::VarDecl *DestroyedVar = nullptr;
  /// How many functions or pointers the callee expression may designate
  /// (`c ? a : b`, `tbl[i]` of a constant table): each is its own CallSite.
  unsigned Alternatives = 1;
  /// The constant variable or table whose initializer names the callee.
  const clang::VarDecl *ReadFrom = nullptr;
};

/// A function, or a pointer to one, flowing into a place that holds a
/// function pointer: an initializer, an assignment, an argument, a return
/// value, an explicit cast, an element of an initializer list.
struct Conversion {
  enum TargetKind { Variable, Field, Parameter, Variadic, Return, Cast, Element };
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  /// The function or pointer declaration the value comes from; null when it
  /// comes from an expression (a cast, a call) whose type carries the markers.
  const clang::NamedDecl *Source = nullptr;
  clang::QualType SourceType;
  MarkerSet SourceMarkers;

  TargetKind Target = Variable;
  /// The variable, field, parameter or array the value goes into; the
  /// function whose return value or variadic argument it is.
  const clang::NamedDecl *TargetDecl = nullptr;
  clang::QualType TargetType;
  MarkerSet TargetMarkers;
};

/// A function body after the walk.
struct FunctionSummary {
  const Caller &Of;
  /// The first qemu_in_coroutine() test a branch dispatches on, if any.
  clang::SourceLocation FirstDispatch;
  /// The context an assertion decided for every return of a body that does
  /// not dispatch, and the asserted qemu_in_coroutine() call (ContextFlow.h).
  Side AssertedSide = Side::Unknown;
  clang::SourceLocation Assertion;
};

class Check {
public:
  Check(Reporter &R, MarkerCache &Markers, llvm::StringRef Name)
      : R(R), Markers(Markers), Name(Name) {}
  virtual ~Check();

  virtual void checkCall(const CallSite &, const CallContext &) {}
  /// Whether checkCall() wants calls of unmarked functions too (most calls
  /// are, and most checks do not).
  virtual bool wantsUnmarkedCalls() const { return false; }
  virtual void checkConversion(const Conversion &, const CallContext &) {}
  virtual void checkFunction(const FunctionSummary &) {}
  /// Every declaration of the translation unit, once.
  virtual void checkDecl(const clang::Decl *) {}
  /// After the whole translation unit was walked.
  virtual void finishTranslationUnit() {}
  /// Whether the check judges declarations alone (checkDecl()) and so also
  /// runs on a unit that has errors: a marker diagnostic is an attribute
  /// diagnostic, shown whatever else is wrong, as clang shows its own.
  virtual bool judgesBrokenUnits() const { return false; }
  /// The facts writer. While findings are recorded, the checks judge what an
  /// allow macro hides, so that the facts count it as suppressed; the facts
  /// writer does not see it, so that the report's call graph stays the same.
  virtual bool writesFacts() const { return false; }

protected:
  /// A finding at FD, which lacks marker M that Carrier has: Format's %0 is
  /// FD and %1 the marker; the fix-it adds M to FD, the note shows Carrier.
  void reportLacking(const clang::FunctionDecl *FD, Marker M,
                     const clang::NamedDecl *Carrier, llvm::StringRef Format);

  Reporter &R;
  MarkerCache &Markers;
  llvm::StringRef Name;
};

/// A check of wrapper declarations: checkWrapper() runs once per function
/// whose declarations write a wrapper marker, where its warnings are shown.
class WrapperDeclarationCheck : public Check {
public:
  using Check::Check;
  void checkDecl(const clang::Decl *D) final;

protected:
  virtual void checkWrapper(const clang::FunctionDecl *FD, Marker Wrapper) = 0;

private:
  llvm::DenseSet<const clang::Decl *> Done;
};

/// The enabled checks of one translation unit, in registry order.
using CheckList = std::vector<std::unique_ptr<Check>>;

/// "function 'f'", "field 'BlockDriver::bdrv_co_preadv'", "parameter 'entry'",
/// "pointer of type 'CoroutineEntry *'": what a message calls the callee,
/// followed by describeAlternatives().
std::string describeCallee(const CallSite &CS);
/// " read from 'tbl'", " (one of 2 possible callees)", or "": where a callee
/// that the call does not name came from.
std::string describeAlternatives(const CallSite &CS);
/// "non-coroutine function 'f'", "'coroutine_fn' function 'f'", "lambda".
std::string describeCaller(const CallContext &C);
/// " where qemu_in_coroutine() is true" or "", to end a message with.
std::string describeSide(const CallContext &C);
/// A declaration as a finding's Subject names it: a function's facts id
/// (its qualified name; "<file>:<name>" when static), any other declaration's
/// qualified name; "" for null.
std::string subjectName(const clang::NamedDecl *D);
/// The code a call or conversion is in (the function, else "").
std::string subjectName(const Caller &Of);
/// The callee of a call: its declaration, else the type called through.
std::string calleeSubject(const CallSite &CS);
/// "source -> target" of a conversion.
std::string conversionSubject(const Conversion &C);

/// "'f'", "'BlockDriver::bdrv_co_flush'": quoted and qualified the way
/// clang's %q modifier prints a declaration, for names inside phrases.
std::string quoted(const clang::NamedDecl *D);

/// "'coroutine_fn' function 'f'", "'coroutine_fn' variable 'fp'", "value of
/// type 'CoroutineEntry *'": where a converted value comes from.
std::string describeSource(const Conversion &C, Marker M);
/// "field 'BlockDriver::bdrv_close'", "parameter 'cb' of 'register_cb'",
/// "type 'void *'": where it goes.
std::string describeTarget(const Conversion &C);
/// Notes at the declaration the value goes into: the marker note at the
/// declaration that gives it M when it has M, and "'x' is declared here"
/// when that declaration is another one (a typedef) or when M is not given.
void noteTarget(Finding &F, const Conversion &C,
                std::optional<Marker> M = std::nullopt);

/// What gives the callee (the converted value) marker M: its declaration,
/// else the typedef its type is spelled through; null when neither.
const clang::NamedDecl *markedCallee(const CallSite &CS, Marker M);
const clang::NamedDecl *markedSource(const Conversion &C, Marker M);

/// The `_co_` twin when the callee is a wrapper that coroutine code must not
/// call: a generated wrapper of any QEMU generation, or (QEMU master spells
/// wrappers `no_coroutine_fn`) a no_coroutine_fn function whose `_co_` twin is
/// a coroutine_fn. Sets IsWrapper; Twin may be null for a wrapper whose twin
/// is not declared.
struct WrapperCall {
  bool IsWrapper = false;
  const clang::FunctionDecl *Twin = nullptr;
};
WrapperCall asWrapperCall(const CallSite &CS, MarkerCache &Markers);

/// Whether F (with markers M) is a wrapper around a `_co_` twin: marked as
/// one, or QEMU master's spelling, no_coroutine_fn with a coroutine_fn twin.
bool isWrapperFunction(const clang::FunctionDecl *F, MarkerSet M,
                       MarkerCache &Markers);

/// Whether C is a user-named function that a marker can be added to.
bool isMarkableFunction(const clang::FunctionDecl *F);

} // namespace coro

#endif
