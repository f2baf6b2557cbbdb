//===- MarkerScope.h - where in a unit's text each marker macro is defined -===//
//
// A fix may insert `coroutine_fn` into a header's prototype only when every
// unit that reads that prototype has the macro defined there: one generated
// qapi unit that includes the header without QEMU 7.2's qemu/coroutine.h
// would no longer compile. So the facts say which files each unit read
// ("files-read") and, for each marker macro the unit defines, the files it
// read (wholly or up to an offset) before the definition
// ("marker-undefined"); the report judges each marker site by them.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_MARKERSCOPE_H
#define COROPLUGIN_FACTS_MARKERSCOPE_H

#include "MarkerSet.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Preprocessor;
}

namespace coro {

/// What the preprocessor saw, filled by MarkerScopeRecorder.
struct MarkerScope {
  /// Before this offset of a file, the marker's macro is not defined there.
  static constexpr unsigned Whole = ~0u;
  struct Undefined {
    Marker M;
    unsigned Before;
  };
  struct File {
    clang::FileID First; // its first entry
    unsigned Entries = 0;
    std::vector<Undefined> Lacks; // markers undefined when first entered
  };
  /// Every file of the unit outside system headers, in the order first read.
  std::vector<File> Files;
  llvm::DenseMap<const void *, unsigned> IndexOf; // by file entry
};

/// The "files-read" value (an array of paths); QuotedPath gives a file's
/// path as a JSON string.
void writeFilesRead(llvm::raw_ostream &OS, const MarkerScope &Scope,
                    llvm::function_ref<const std::string &(clang::FileID)> QuotedPath);
/// The "marker-undefined" value, for the markers in Defined (those the unit
/// defines: of the others, every file read lacks them).
void writeMarkerUndefined(llvm::raw_ostream &OS, const MarkerScope &Scope,
                          MarkerSet Defined);

class MarkerScopeRecorder : public clang::PPCallbacks {
public:
  MarkerScopeRecorder(std::shared_ptr<MarkerScope> Scope,
                      clang::Preprocessor &PP);

  void FileChanged(clang::SourceLocation Loc, FileChangeReason Reason,
                   clang::SrcMgr::CharacteristicKind FileType,
                   clang::FileID PrevFID) override;
  void MacroDefined(const clang::Token &MacroNameTok,
                    const clang::MacroDirective *MD) override;
  void MacroUndefined(const clang::Token &MacroNameTok,
                      const clang::MacroDefinition &MD,
                      const clang::MacroDirective *Undef) override;

private:
  std::optional<Marker> markerNamed(const clang::Token &Tok) const;

  std::shared_ptr<MarkerScope> Scope;
  clang::SourceManager &SM;
  llvm::DenseMap<const clang::IdentifierInfo *, Marker> MarkerNames;
  MarkerSet Defined;
};

} // namespace coro

#endif
