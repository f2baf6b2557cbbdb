//===- MacroIndex.h - macro expansions the checks need to know about ------===//
//
// The preprocessor is gone when the checks run, so the expansions they care
// about are recorded as they happen: uses of the suppression macro
// __allow_coroutine_fn_call(call), whose argument is a call made on purpose.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_MACROINDEX_H
#define COROPLUGIN_MACROINDEX_H

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"

#include <memory>
#include <vector>

namespace coro {

/// The name of the macro that allows the call in its argument.
inline constexpr const char *AllowCallMacro = "__allow_coroutine_fn_call";

class MacroIndex {
public:
  explicit MacroIndex(const clang::SourceManager &SM) : SM(SM) {}

  /// Whether Loc was written inside a use of __allow_coroutine_fn_call().
  bool isAllowed(clang::SourceLocation Loc) const;

  void addAllowedRange(clang::SourceRange ExpansionRange);

private:
  const clang::SourceManager &SM;
  /// Expansion ranges in the order the preprocessor saw them, which is
  /// translation-unit order.
  std::vector<clang::SourceRange> Allowed;
};

/// Fills a MacroIndex while the preprocessor runs.
class MacroRecorder : public clang::PPCallbacks {
public:
  MacroRecorder(std::shared_ptr<MacroIndex> Index) : Index(std::move(Index)) {}

  void MacroExpands(const clang::Token &MacroNameTok,
                    const clang::MacroDefinition &MD, clang::SourceRange Range,
                    const clang::MacroArgs *Args) override;

private:
  std::shared_ptr<MacroIndex> Index;
};

} // namespace coro

#endif
