//===- ExpansionFiles.cpp -------------------------------------------------===//
#include "ExpansionFiles.h"

using namespace clang;

namespace coro {

ExpansionFiles::Where ExpansionFiles::of(SourceLocation Loc) {
  if (Loc.isInvalid())
    return Where();
  Entry &Last = Loc.isFileID() ? LastFile : LastExpansion;
  if (Last.holds(Loc))
    return Last.Answer;
  FileID File = SM.getFileID(Loc);
  Entry E;
  // Every location of one macro expansion expands to the same place.
  if (Loc.isMacroID()) {
    E.Answer = of(SM.getExpansionLoc(Loc));
  } else {
    E.Answer.InSystemHeader = SM.isInSystemHeader(Loc);
    E.Answer.InMainFile = File == SM.getMainFileID();
    // Line markers (`# 1 "x.h" 3` in a preprocessed unit) change the
    // answer within one file: nothing to remember there.
    const SrcMgr::SLocEntry &S = SM.getSLocEntry(File);
    if (S.getFile().hasLineDirectives())
      return E.Answer;
  }
  E.Begin = SM.getComposedLoc(File, 0).getRawEncoding();
  E.Size = SM.getFileIDSize(File);
  Last = E;
  return E.Answer;
}

} // namespace coro
