//===- DeclarationWalk.h - one pass over the translation unit -------------===//
//
// Visits every declaration once (template instantiations included, dependent
// templates excluded) and every function, lambda and block body once, and
// hands declarations, calls and finished bodies to the checks (CheckSet.h).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_DECLARATIONWALK_H
#define COROPLUGIN_DECLARATIONWALK_H

#include "CheckSet.h"

#include "clang/AST/ASTContext.h"

#include <memory>
#include <vector>

namespace coro {

class Reporter;

/// SkipSystemHeaders: leave out declarations in system headers (when
/// nothing could be reported there). R learns which body is walked. Markers
/// is the unit's, shared with the checks.
void walkTranslationUnit(clang::ASTContext &Ctx, CheckSet &Checks,
                         MarkerCache &Markers, Reporter &R,
                         bool SkipSystemHeaders);

/// The same without bodies or initializers, for a unit with errors, whose
/// declarations are what clang could make of them.
void walkDeclarations(clang::ASTContext &Ctx, CheckSet &Checks,
                      MarkerCache &Markers, Reporter &R,
                      bool SkipSystemHeaders);

} // namespace coro

#endif
