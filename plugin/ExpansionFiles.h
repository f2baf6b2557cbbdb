//===- ExpansionFiles.h - which file a declaration stands in, cached ------===//
//
// The declaration walk asks, for every declaration of the unit, whether it
// stands in a system header and whether in the main file. Asking clang costs
// a binary search over the unit's files and macro expansions each time (its
// own one-entry cache is evicted by every other query in between): a third
// of the plugin's time in declaration-heavy units. Declarations come in
// source order, so the answer for the last file and the last macro expansion
// is what the next one needs.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_EXPANSIONFILES_H
#define COROPLUGIN_EXPANSIONFILES_H

#include "clang/Basic/SourceManager.h"

namespace coro {

class ExpansionFiles {
public:
  explicit ExpansionFiles(const clang::SourceManager &SM) : SM(SM) {}

  struct Where {
    bool InSystemHeader = false;
    bool InMainFile = false;
  };
  /// Of the location's expansion: where a macro expansion is written.
  Where of(clang::SourceLocation Loc);

private:
  /// The raw encodings [Begin, Begin + Size) of one file or macro expansion.
  struct Entry {
    clang::SourceLocation::UIntTy Begin = 0, Size = 0;
    Where Answer;
    bool holds(clang::SourceLocation Loc) const {
      return Loc.getRawEncoding() - Begin < Size;
    }
  };
  const clang::SourceManager &SM;
  Entry LastFile, LastExpansion;
};

} // namespace coro

#endif
