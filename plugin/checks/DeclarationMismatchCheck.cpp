//===- DeclarationMismatchCheck.cpp - declarations agree on markers ------===//
//
// Callers in other files see only the header, so a marker that the header's
// prototype lacks but the definition has (or the reverse) hides violations.
// Compared are the markers each declaration writes itself: clang copies
// attributes from a previous declaration onto later ones, marked inherited.
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
    const FunctionDecl *Prev = FD ? FD->getPreviousDecl() : nullptr;
    if (!Prev || FD->isImplicit() || Prev->isImplicit())
      return;
    MarkerSet Mine = writtenMarkers(FD).contextMarkers();
    MarkerSet Theirs = writtenMarkers(Prev).contextMarkers();
    MarkerSet Both = Mine;
    Both |= Theirs;
    // Contradictory markers are an error of their own (marker-conflict).
    if (Mine == Theirs || Both.conflict() || !R.enabledAt(FD->getLocation()))
      return;
    Mine.without(Theirs).forEach([&](Marker M) {
      report(FD, Prev, M, "redeclaration of %0 adds '%1', which its previous "
                          "declaration lacks",
             Prev);
    });
    Theirs.without(Mine).forEach([&](Marker M) {
      report(FD, Prev, M, "redeclaration of %0 is missing '%1' from its "
                          "previous declaration",
             FD);
    });
  }

private:
  void report(const FunctionDecl *FD, const FunctionDecl *Prev, Marker M,
              llvm::StringRef Format, const FunctionDecl *Lacking) {
    {
      auto DB = R.warn(FD->getLocation(), Name, Format)
                << quoted(FD) << markerName(M);
      for (const auto &H : R.fixIts().insert(Lacking, M))
        DB << H;
    }
    R.note(Prev->getLocation(), "previous declaration is here");
  }
};

} // namespace

std::unique_ptr<Check> makeDeclarationMismatchCheck(Reporter &R,
                                                    llvm::StringRef Name) {
  return std::make_unique<DeclarationMismatchCheck>(R, Name);
}

} // namespace coro
