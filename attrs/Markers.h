//===- Markers.h - QEMU coroutine markers and where they are read --------===//
//
// All marker spellings are stored as AnnotateAttr("<marker name>"), so the
// checks never care how a marker was written. A marker on any declaration of
// a function applies to all of its declarations, and a pointer or function
// declared through a marked typedef carries the typedef's markers.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_ATTRS_MARKERS_H
#define COROPLUGIN_ATTRS_MARKERS_H

#include "MarkerTable.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace coro {

enum class Marker : unsigned {
#define MARKER(Enum, Name, Subjects, Implies) Enum,
#include "Markers.def"
};
constexpr unsigned NumMarkers = 0
#define MARKER(Enum, Name, Subjects, Implies) +1
#include "Markers.def"
    ;

llvm::StringRef markerName(Marker M);
std::optional<Marker> markerFromName(llvm::StringRef Name);
MarkerSubjects markerSubjects(Marker M);

/// A set of markers and the execution context they imply.
class MarkerSet {
public:
  MarkerSet() = default;
  static MarkerSet of(Marker M) { MarkerSet S; S.add(M); return S; }

  void add(Marker M) { Bits |= bit(M); }
  bool has(Marker M) const { return Bits & bit(M); }
  bool empty() const { return Bits == 0; }
  MarkerSet &operator|=(MarkerSet O) { Bits |= O.Bits; return *this; }
  bool operator==(MarkerSet O) const { return Bits == O.Bits; }
  bool operator!=(MarkerSet O) const { return Bits != O.Bits; }
  MarkerSet without(MarkerSet O) const { MarkerSet S; S.Bits = Bits & ~O.Bits; return S; }

  // The queries below judge a set that contradicts itself (see conflict())
  // by its least restrictive meaning: it runs in both contexts, as if it
  // were only coroutine_mixed_fn. One inconsistent declaration is then one
  // marker-conflict warning, not a finding at every call of the function.

  /// Runs only in coroutine context (coroutine_fn, and the no_co_wrapper
  /// family, which QEMU generates as coroutine_fn).
  bool isCoroutine() const;
  /// Runs in both contexts: coroutine_mixed_fn, the mixed wrappers, and a
  /// set whose markers conflict.
  bool isMixed() const;
  /// Must never run in coroutine context.
  bool isNoCoroutine() const;
  /// A generated wrapper around a `_co_` twin (any generation of QEMU).
  bool isWrapper() const;
  /// Whether coroutine code may call it at all (mixed wins over no_coroutine_fn,
  /// as in QEMU master's `co_wrapper_mixed = no_coroutine_fn coroutine_mixed_fn`).
  bool mayRunInCoroutine() const { return !isNoCoroutine() || isMixed(); }

  /// The markers that state a context: coroutine_fn, coroutine_mixed_fn,
  /// no_coroutine_fn. Declarations must agree on these.
  MarkerSet contextMarkers() const;
  /// Two markers that cannot both hold, or none.
  std::optional<std::pair<Marker, Marker>> conflict() const;
  /// The marker that makes isCoroutine(), isMixed(), isNoCoroutine() or
  /// isWrapper() true, for notes that point at it. mixedReason() is empty
  /// for `coroutine_fn no_coroutine_fn`, which no single marker makes mixed.
  std::optional<Marker> coroutineReason() const;
  std::optional<Marker> mixedReason() const;
  std::optional<Marker> noCoroutineReason() const;
  std::optional<Marker> wrapperMarker() const;

  template <typename Fn> void forEach(Fn F) const {
    for (unsigned I = 0; I < NumMarkers; ++I)
      if (Bits & (1u << I))
        F(static_cast<Marker>(I));
  }

private:
  /// Without the coroutine_fn and no_coroutine_fn of a conflicting set.
  MarkerSet judged() const;
  template <typename Pred> std::optional<Marker> firstWhere(Pred P) const;
  static uint32_t bit(Marker M) { return 1u << static_cast<unsigned>(M); }
  uint32_t Bits = 0;
};

/// Markers written on this declaration itself (not inherited from a previous
/// declaration).
MarkerSet writtenMarkers(const clang::Decl *D);

/// Markers written on the declarations before D, which D inherits.
MarkerSet writtenBefore(const clang::Decl *D);

/// Everything that marks D: all declarations of the same entity, and the
/// typedefs its type is spelled through (`CoroutineEntry *entry`).
MarkerSet markersOf(const clang::Decl *D);

/// markersOf() remembered per entity, for the walk over a finished
/// translation unit, where no redeclaration can add a marker any more.
class MarkerCache {
public:
  MarkerSet of(const clang::Decl *D);

private:
  llvm::DenseMap<const clang::Decl *, MarkerSet> Cache;
};

/// Markers carried by the typedefs a type is spelled through, looking through
/// pointers, arrays, references and decayed parameter types.
MarkerSet markersOfType(clang::QualType T);

/// The declaration to show in a note for marker M of D: the redeclaration that
/// writes it, else the typedef that carries it. Never null.
const clang::NamedDecl *declCarrying(const clang::NamedDecl *D, Marker M);

/// The typedef that T is spelled through and that writes M, or null.
const clang::TypedefNameDecl *typedefCarrying(clang::QualType T, Marker M);

/// Adds marker M to D the way every spelling does.
void attachMarker(clang::ASTContext &Ctx, clang::Decl *D, Marker M,
                  clang::SourceRange Range, bool Implicit);

/// `bdrv_pread` -> `bdrv_co_pread`: `co_` after the first `_`; empty when the
/// name has no `_` or already is a `_co_` name.
std::string coroutineTwinName(llvm::StringRef WrapperName);

/// The declaration of Wrapper's coroutine twin visible in its context, or null.
const clang::FunctionDecl *findCoroutineTwin(const clang::FunctionDecl *Wrapper);
/// Forgets what findCoroutineTwin() remembers of the last translation unit.
void resetTwinIndex();

} // namespace coro

#endif
