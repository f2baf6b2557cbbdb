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
    const FunctionDecl *Twin = findCoroutineTwin(FD);
    if (!Twin) {
      R.warn(FD->getLocation(), Name,
             "'%0' wrapper %1 has no coroutine version: '%2' is not declared")
          << markerName(W) << quoted(FD) << TwinName;
      return;
    }
    if (markersOf(Twin).isCoroutine())
      return;
    {
      auto DB = R.warn(FD->getLocation(), Name,
                       "the coroutine version '%0' of '%1' wrapper %2 is not "
                       "declared 'coroutine_fn'")
                << TwinName << markerName(W) << quoted(FD);
      for (const auto &H :
           R.fixIts().insertEverywhere(Twin, Marker::CoroutineFn))
        DB << H;
    }
    R.note(Twin->getLocation(), "%0 is declared here") << quoted(Twin);
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperTwinCheck(Reporter &R, llvm::StringRef Name) {
  return std::make_unique<WrapperTwinCheck>(R, Name);
}

} // namespace coro
