//===- UnifiedDiff.h - edits of one file as unified diff hunks ------------===//
//
// --patch writes every fix as one diff (ExportFixes.cpp); --html shows each
// finding's fix as the same hunks (html/). One renderer, so that what a
// person reads on a finding's page is what git apply would apply.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_UNIFIEDDIFF_H
#define COROPLUGIN_REPORT_UNIFIEDDIFF_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace report {

/// Replace Length bytes at Offset with Text.
struct TextEdit {
  size_t Offset = 0, Length = 0;
  llvm::StringRef Text;
};

/// The `@@` hunks of Edits (sorted by offset, each within one line) applied
/// to Text, with three lines of context; a line changes as a whole.
void printHunks(llvm::raw_ostream &OS, llvm::StringRef Text,
                llvm::ArrayRef<TextEdit> Edits);

} // namespace report

#endif
