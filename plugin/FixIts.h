//===- FixIts.h - inserting markers the way QEMU writes them --------------===//
#ifndef COROPLUGIN_FIXITS_H
#define COROPLUGIN_FIXITS_H

#include "Markers.h"
#include "format/FactsFormat.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseSet.h"

#include <vector>

namespace coro {

/// Where a marker goes in a declaration, and the space it brings.
struct MarkerSite {
  clang::SourceLocation Loc;
  MarkerSpace Space;
};

/// The place insertMarker() inserts at; facts record it for the report's
/// fixes (docs/facts-format.md, "marker-at").
std::optional<MarkerSite> markerSite(const clang::FunctionDecl *FD);

/// Inserts Marker the way QEMU writes it: after the return type and the
/// other specifiers, before any attribute macro and the name
/// (`static int coroutine_fn GRAPH_RDLOCK foo(...)`), glued to a returned
/// pointer's star (`BlockAIOCB *coroutine_fn foo(...)`), in this declaration.
/// None when the declaration is spelled by a macro or lives in a system
/// header.
std::optional<clang::FixItHint> insertMarker(const clang::FunctionDecl *FD,
                                             Marker M);

/// Several diagnostics may suggest the same marker for the same declaration;
/// only the first carries the fix-it, so that -fixit inserts it once.
class FixItOnce {
public:
  /// insertMarker() on every declaration of FD a reader would edit: the
  /// header's prototype as well as the definition.
  std::vector<clang::FixItHint> insertEverywhere(const clang::FunctionDecl *FD,
                                                 Marker M);
  std::vector<clang::FixItHint> insert(const clang::FunctionDecl *FD, Marker M);

private:
  llvm::DenseSet<std::pair<const clang::Decl *, unsigned>> Done;
};

} // namespace coro

#endif
