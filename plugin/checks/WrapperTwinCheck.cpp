//===- WrapperTwinCheck.cpp - a wrapper needs its coroutine twin ----------===//
//
// scripts/block-coroutine-wrapper.py generates `bdrv_pread` to run
// `bdrv_co_pread` (co_ after the first _): the twin must exist and be a
// coroutine_fn, or the generated code does not compile or blocks in a
// coroutine.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

class WrapperTwinCheck : public WrapperDeclarationCheck {
public:
  using WrapperDeclarationCheck::WrapperDeclarationCheck;

  void checkWrapper(const FunctionDecl *FD, Marker W) override {
    std::string TwinName = coroutineTwinName(FD->getName());
    if (TwinName.empty())
      return; // wrapper-shape reports the name
    const FunctionDecl *Twin = Markers.twinOf(FD);
    if (!Twin) {
      R.report(FD->getLocation(), Name, {subjectName(FD), TwinName},
               "'%0' wrapper %q1 has no coroutine version: '%2' is not "
               "declared",
               markerName(W), FD, TwinName);
      return;
    }
    if (Markers.of(Twin).isCoroutine())
      return;
    R.report(FD->getLocation(), Name, {subjectName(FD), subjectName(Twin)},
             "the coroutine version %q0 of '%1' wrapper %q2 is not declared "
             "'coroutine_fn'",
             Twin, markerName(W), FD)
        .insertMarkerEverywhere(Twin, Marker::CoroutineFn)
        .declarationNote(Twin);
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperTwinCheck(Reporter &R, MarkerCache &Markers,
                                            llvm::StringRef Name) {
  return std::make_unique<WrapperTwinCheck>(R, Markers, Name);
}

} // namespace coro
