//===- MacroIndex.h - macro expansions the checks need to know about ------===//
//
// The preprocessor is gone when the checks run, so the expansions they care
// about are recorded as they happen:
//  - uses of the suppression macro __allow_coroutine_fn_call(call);
//  - uses of the marker macros themselves (coroutine_fn, generated_co_wrapper,
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
#include <vector>

namespace clang {
class ASTContext;
class Decl;
class LangOptions;
} // namespace clang

namespace coro {

/// The name of the macro that allows the call in its argument.
inline constexpr const char *AllowCallMacro = "__allow_coroutine_fn_call";

class MacroIndex {
public:
  MacroIndex(const clang::SourceManager &SM, const clang::LangOptions &LO,
             bool MarkerMacros)
      : SM(SM), LO(LO), MarkerMacros(MarkerMacros) {}

  /// Whether Loc was written inside a use of __allow_coroutine_fn_call().
  bool isAllowed(clang::SourceLocation Loc) const;

  /// Gives D, and the declarations it contains (fields, parameters,
  /// members), the markers whose macros stand in their heads.
  void attachMarkers(clang::ASTContext &Ctx, clang::Decl *D) const;

  void macroExpanded(llvm::StringRef Name, clang::SourceLocation NameLoc,
                     clang::SourceRange Range);

private:
  struct MarkerUse {
    unsigned Offset; // of the macro name, in its expansion file
    unsigned Length;
    Marker M;
  };
  static std::vector<MarkerUse>::const_iterator
  firstAtOrAfter(const std::vector<MarkerUse> &Uses, unsigned Offset);
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
  /// Expansion ranges in the order the preprocessor saw them.
  std::vector<clang::SourceRange> Allowed;
  /// Per file, in file order (the preprocessor reads each file front to back).
  llvm::DenseMap<clang::FileID, std::vector<MarkerUse>> Markers;
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
