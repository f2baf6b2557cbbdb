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

#include "MarkerSet.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace coro {

/// Markers written on this declaration itself (not inherited from a previous
/// declaration).
MarkerSet writtenMarkers(const clang::Decl *D);

/// Markers written on the declarations before D, which D inherits.
MarkerSet writtenBefore(const clang::Decl *D);

/// Everything that marks D: all declarations of the same entity, and the
/// typedefs its type is spelled through (`CoroutineEntry *entry`).
MarkerSet markersOf(const clang::Decl *D);

/// What the markers of one finished translation unit say, remembered:
/// markersOf() per entity (no redeclaration can add a marker any more) and
/// the unit's `_co_` functions by name. Whoever runs over the unit owns one
/// (the plugin's consumer); nothing of it outlives the unit.
class MarkerCache {
public:
  MarkerSet of(const clang::Decl *D);
  /// The declaration of Wrapper's coroutine twin visible in its context, or
  /// null.
  const clang::FunctionDecl *twinOf(const clang::FunctionDecl *Wrapper);

private:
  const clang::FunctionDecl *
  lookupInTranslationUnit(const clang::TranslationUnitDecl *TU,
                          llvm::StringRef Name);

  llvm::DenseMap<const clang::Decl *, MarkerSet> Cache;
  /// C builds no lookup table for the translation unit, and building one for
  /// a few lookups cost a sixth of the plugin's time on QEMU's block layer.
  bool TwinsIndexed = false;
  llvm::DenseMap<const clang::IdentifierInfo *, const clang::FunctionDecl *>
      TwinsByName;
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

} // namespace coro

#endif
