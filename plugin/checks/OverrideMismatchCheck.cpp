//===- OverrideMismatchCheck.cpp - C++ overrides keep the base's markers -===//
//
// A call through the base class runs the override in the base's context: an
// override that drops coroutine_fn may be called from ordinary code that
// thinks it cannot yield, and one that adds it yields where the caller
// cannot.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace coro {
namespace {

class OverrideMismatchCheck : public Check {
public:
  using Check::Check;

  void checkDecl(const Decl *D) override {
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    if (!MD || !MD->isFirstDecl() || MD->size_overridden_methods() == 0)
      return;
    MarkerSet Mine = Markers.of(MD).contextMarkers();
    for (const CXXMethodDecl *Base : MD->overridden_methods()) {
      MarkerSet Theirs = Markers.of(Base).contextMarkers();
      if (Mine == Theirs)
        continue;
      Theirs.without(Mine).forEach([&](Marker M) {
        reportLacking(MD, M, Base,
                      "overriding function %q0 is missing '%1' from the "
                      "function it overrides");
      });
      Mine.without(Theirs).forEach([&](Marker M) {
        R.report(MD->getLocation(), Name, {subjectName(MD), markerName(M).str()},
                 "overriding function %q0 adds '%1', which the function it "
                 "overrides lacks",
                 MD, markerName(M))
            .note(Base->getLocation(), "overridden function %q0 is declared here")
            << Base;
      });
    }
  }
};

} // namespace

std::unique_ptr<Check> makeOverrideMismatchCheck(Reporter &R,
                                                 MarkerCache &Markers,
                                                 llvm::StringRef Name) {
  return std::make_unique<OverrideMismatchCheck>(R, Markers, Name);
}

} // namespace coro
