//===- OmittedMarkerCheck.cpp - redeclarations that do not restate markers ===//
//
// Off by default, a style check. A definition without its prototype's
// coroutine_fn is still coroutine_fn (markers are inherited), so nothing is
// hidden; a reader of the definition alone just cannot tell. Generated
// wrappers (a wrapper marker, also QEMU 8+'s `co_wrapper` macro) are left
// out: QEMU writes their markers on the header only. A hand-written
// no_coroutine_fn function whose `_co_` twin is generated is not one.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

class OmittedMarkerCheck : public Check {
public:
  using Check::Check;

  void checkDecl(const Decl *D) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    const FunctionDecl *Prev = FD ? FD->getPreviousDecl() : nullptr;
    if (!Prev || FD->isImplicit() || Prev->isImplicit())
      return;
    MarkerSet Before = writtenBefore(FD).contextMarkers();
    MarkerSet Mine = writtenMarkers(FD).contextMarkers();
    MarkerSet Omitted = Before.without(Mine);
    MarkerSet All = Before;
    All |= Mine;
    if (Omitted.empty() || All.conflict() || Markers.of(FD).isWrapper())
      return;
    Omitted.forEach([&](Marker M) {
      reportLacking(FD, M, Prev,
                    "redeclaration of %q0 does not restate '%1', which it "
                    "inherits from a previous declaration");
    });
  }
};

} // namespace

std::unique_ptr<Check> makeOmittedMarkerCheck(Reporter &R, MarkerCache &Markers,
                                              llvm::StringRef Name) {
  return std::make_unique<OmittedMarkerCheck>(R, Markers, Name);
}

} // namespace coro
