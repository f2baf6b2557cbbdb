//===- MacroIndex.cpp -----------------------------------------------------===//
#include "MacroIndex.h"

#include "clang/Lex/Token.h"

using namespace clang;

namespace coro {

void MacroRecorder::MacroExpands(const Token &MacroNameTok,
                                 const MacroDefinition &, SourceRange Range,
                                 const MacroArgs *) {
  const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
  if (II && II->getName() == AllowCallMacro)
    Index->addAllowedRange(Range);
}

void MacroIndex::addAllowedRange(SourceRange ExpansionRange) {
  SourceLocation B = SM.getExpansionLoc(ExpansionRange.getBegin());
  SourceLocation E = SM.getExpansionRange(ExpansionRange.getEnd()).getEnd();
  Allowed.emplace_back(B, E);
}

bool MacroIndex::isAllowed(SourceLocation Loc) const {
  if (Allowed.empty() || Loc.isInvalid())
    return false;
  SourceLocation L = SM.getExpansionLoc(Loc);
  for (const SourceRange &R : Allowed) {
    if (SM.getFileID(R.getBegin()) != SM.getFileID(L))
      continue;
    if (!SM.isBeforeInTranslationUnit(L, R.getBegin()) &&
        !SM.isBeforeInTranslationUnit(R.getEnd(), L))
      return true;
  }
  return false;
}

} // namespace coro
