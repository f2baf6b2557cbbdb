//===- DeclarationMismatchCheck.cpp - a marker added after the fact ------===//
//
// A marker on any declaration applies to all of them, so a definition that
// omits its prototype's marker changes nothing (that is omitted-marker, a
// style check). The harmful direction is the other one: a definition or
// later declaration that adds a marker the earlier declarations lack. Other
// files see only the earlier one (the header) and call the function without
// knowing it is marked. Compared are the markers each declaration writes:
// clang copies attributes onto later declarations, marked inherited.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace coro {
namespace {

class DeclarationMismatchCheck : public Check {
public:
  using Check::Check;

  void checkDecl(const Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    const FunctionDecl *First = FD ? FD->getFirstDecl() : nullptr;
    if (!First || First == FD || FD->isImplicit() || First->isImplicit())
      return;
    MarkerSet Mine = writtenMarkers(FD).contextMarkers();
    if (Mine.empty())
      return; // the common case, before the walk over the redeclarations
    MarkerSet Before = writtenBefore(FD).contextMarkers();
    MarkerSet Added = Mine.without(Before);
    MarkerSet All = Before;
    All |= Added;
    // Contradictory markers are marker-conflict's.
    if (Added.empty() || All.conflict() || !seenElsewhere(FD, First))
      return;
    Added.forEach([&](Marker M) {
      R.report(FD->getLocation(), Name, {subjectName(FD), markerName(M).str()},
               "redeclaration of %q0 adds '%1', which its previous "
               "declaration lacks",
               FD, markerName(M))
          .insertMarker(First, M)
          .note(First->getLocation(), "previous declaration is here");
    });
  }

private:
  /// Whether code this unit does not see can know the function by its first
  /// declaration alone: it is not static, or that declaration is in another
  /// file (a header). A static function declared ahead in the same file
  /// hides nothing; the plugin reads the markers of all its declarations.
  bool seenElsewhere(const FunctionDecl *FD, const FunctionDecl *First) const {
    if (FD->isExternallyVisible())
      return true;
    const SourceManager &SM = FD->getASTContext().getSourceManager();
    return SM.getFileID(SM.getExpansionLoc(FD->getLocation())) !=
           SM.getFileID(SM.getExpansionLoc(First->getLocation()));
  }
};

} // namespace

std::unique_ptr<Check> makeDeclarationMismatchCheck(Reporter &R,
                                                    MarkerCache &Markers,
                                                    llvm::StringRef Name) {
  return std::make_unique<DeclarationMismatchCheck>(R, Markers, Name);
}

} // namespace coro
