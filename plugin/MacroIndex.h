//===- MacroIndex.h - macro expansions the checks need to know about ------===//
//
// What the checks need to know about macros:
//  - whether code was written inside an allowed macro: the suppression macro
//    __allow_coroutine_fn_call(call), and macros that convert coroutine_fn
//    functions on purpose (QEMU's lockable.h stores qemu_co_mutex_lock in a
//    QemuLockUnlockFunc: QML_OBJ_ in 7.2, QML_FUNC_ in master,
//    QEMU_LOCK_FUNC before 6.0), so that such a deliberate escape is allowed
//    once, at the macro, not at every use;
//  - where the marker macros were used, recorded while the preprocessor runs: (coroutine_fn, generated_co_wrapper,
//    co_wrapper, ...). QEMU 7.2 defines them empty and QEMU 8+ defines the
//    co_wrapper family empty, which leaves no trace in the AST. Each use is
//    mapped to the declaration whose head it stands in, and that declaration
//    gets the marker, so an unmodified tree is checked as it is.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_MACROINDEX_H
#define COROPLUGIN_MACROINDEX_H

#include "Markers.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Preprocessor;
class Decl;
class LangOptions;
} // namespace clang

namespace coro {

/// The name of the macro that allows the call in its argument.
inline constexpr const char *AllowCallMacro = "__allow_coroutine_fn_call";
/// Macros allowed unless -fplugin-arg-coroplugin-allow-macro= says otherwise.
inline constexpr const char *DefaultAllowedMacros =
    "QML_OBJ_,QML_FUNC_,QEMU_LOCK_FUNC,QEMU_UNLOCK_FUNC";

class MacroIndex {
public:
  MacroIndex(const clang::SourceManager &SM, const clang::LangOptions &LO,
             bool MarkerMacros, std::vector<std::string> AllowedMacros)
      : SM(SM), LO(LO), MarkerMacros(MarkerMacros),
        AllowedMacros(std::move(AllowedMacros)) {}

  /// Whether Loc was written inside __allow_coroutine_fn_call() or another
  /// allowed macro, at any depth of macro expansion.
  bool isAllowed(clang::SourceLocation Loc) const;

  /// Gives D, and the declarations it contains (fields, parameters,
  /// members), the markers whose macros stand in their heads.
  void attachMarkers(clang::ASTContext &Ctx, clang::Decl *D) const;

  /// A use of marker macro M whose name token is at NameLoc.
  void markerUsed(Marker M, clang::SourceLocation NameLoc);
  bool recordsMarkers() const { return MarkerMacros; }

private:
  /// Where a marker macro's name is written. Locations are compared as raw
  /// encodings: each file holds one contiguous range of them, so one sorted
  /// list finds a declaration's markers without asking the source manager
  /// which file it is in (that search was most of the cost of this index).
  struct MarkerUse {
    clang::SourceLocation::UIntTy At; // the name's expansion location
    unsigned Length;
    Marker M;
    const char *FileText; // the text of its file, which starts at FileBegin
    clang::SourceLocation::UIntTy FileBegin, FileEnd;
    bool inFileOf(clang::SourceLocation::UIntTy Raw) const {
      return Raw >= FileBegin && Raw <= FileEnd;
    }
  };
  std::vector<MarkerUse>::const_iterator
  firstAtOrAfter(clang::SourceLocation::UIntTy Raw) const;
  /// False when no marker is used in the file of Loc (a file location): a
  /// declaration named there has none, and most declarations of a unit are
  /// in such files.
  bool mayHaveMarkers(clang::SourceLocation Loc) const;
  void attachToDeclarator(clang::ASTContext &Ctx, clang::Decl *D) const;
  /// Markers used in [Begin, End] of one file, plus those written right
  /// before Begin with nothing but blanks between.
  MarkerSet markersIn(clang::SourceLocation Begin,
                      clang::SourceLocation End) const;
  /// Markers written after a prototype's `)`, before its `;` or `,`.
  MarkerSet trailingMarkers(clang::SourceLocation AfterLoc) const;

  const clang::SourceManager &SM;
  const clang::LangOptions &LO;
  bool MarkerMacros;
  std::vector<std::string> AllowedMacros;
  /// Sorted by At.
  std::vector<MarkerUse> Markers;
};

/// Fills a MacroIndex while the preprocessor runs. Every macro expansion of
/// the unit passes here, so markers are recognised by identifier, not name.
class MacroRecorder : public clang::PPCallbacks {
public:
  MacroRecorder(std::shared_ptr<MacroIndex> Index, clang::Preprocessor &PP);

  void MacroExpands(const clang::Token &MacroNameTok,
                    const clang::MacroDefinition &MD, clang::SourceRange Range,
                    const clang::MacroArgs *Args) override;

private:
  std::shared_ptr<MacroIndex> Index;
  llvm::DenseMap<const clang::IdentifierInfo *, Marker> MarkerNames;
};

} // namespace coro

#endif
