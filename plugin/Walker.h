//===- Walker.h - one pass over the translation unit ----------------------===//
//
// Visits every declaration once (template instantiations included, dependent
// templates excluded) and every function, lambda and block body once, and
// hands declarations, calls and finished bodies to the checks.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_WALKER_H
#define COROPLUGIN_WALKER_H

#include "Check.h"

#include "clang/AST/ASTContext.h"

#include <memory>
#include <vector>

namespace coro {

class MacroIndex;
class Reporter;

/// SkipSystemHeaders: leave out declarations in system headers (when
/// nothing could be reported there). R learns which body is walked.
void walkTranslationUnit(clang::ASTContext &Ctx,
                         const std::vector<std::unique_ptr<Check>> &Checks,
                         const MacroIndex &Macros, Reporter &R,
                         bool SkipSystemHeaders);

} // namespace coro

#endif
