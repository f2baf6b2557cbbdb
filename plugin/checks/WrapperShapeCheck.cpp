//===- WrapperShapeCheck.cpp - what the wrapper generator accepts ---------===//
//
// scripts/block-coroutine-wrapper.py asserts on declarations it cannot
// generate, far from the declaration. Reported here instead: a wrapper that
// is coroutine_fn itself (it runs outside coroutines and creates one), a
// `_co_` name (there is no twin name to derive), variadic or unnamed
// parameters, and, for QEMU 7.2's generated_co_wrapper, a return type other
// than int or a first parameter that gives no AioContext (BlockDriverState *,
// BdrvChild *, BlockBackend *).
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

bool givesAioContext(QualType T) {
  const Type *Pointee = T->getPointeeType().getTypePtrOrNull();
  if (!Pointee)
    return false;
  const auto *RD = Pointee->getAsRecordDecl();
  if (!RD || !RD->getIdentifier())
    return false;
  StringRef N = RD->getName();
  return N == "BlockDriverState" || N == "BdrvChild" || N == "BlockBackend";
}

class WrapperShapeCheck : public WrapperDeclarationCheck {
public:
  using WrapperDeclarationCheck::WrapperDeclarationCheck;

  void checkWrapper(const FunctionDecl *FD, Marker W) override {
    std::string Problem = problem(FD, W);
    if (Problem.empty())
      return;
    R.report(FD->getLocation(), Name, {subjectName(FD), ""},
             "'%0' wrapper %q1 cannot be generated: %2", markerName(W), FD,
             Problem);
  }

private:
  std::string problem(const FunctionDecl *FD, Marker W) {
    if (Markers.of(FD).isCoroutine())
      return "a wrapper runs outside coroutines and must not be 'coroutine_fn'";
    if (coroutineTwinName(FD->getName()).empty())
      return "its name has no '_' after which to insert 'co_', or already "
             "has '_co_'";
    if (FD->isVariadic())
      return "it is variadic";
    for (const ParmVarDecl *P : FD->parameters())
      if (!P->getIdentifier())
        return "every parameter needs a name";
    if (W != Marker::GeneratedCoWrapper)
      return {};
    // QEMU 7.2's generator: `int generated_co_wrapper name(first, ...)`.
    if (!FD->getReturnType()->isSpecificBuiltinType(BuiltinType::Int))
      return "generated_co_wrapper functions return int";
    if (FD->getNumParams() == 0 || !givesAioContext(FD->getParamDecl(0)->getType()))
      return "the first parameter must be a BlockDriverState *, BdrvChild * or "
             "BlockBackend *, which gives the AioContext";
    return {};
  }
};

} // namespace

std::unique_ptr<Check> makeWrapperShapeCheck(Reporter &R, MarkerCache &Markers,
                                             llvm::StringRef Name) {
  return std::make_unique<WrapperShapeCheck>(R, Markers, Name);
}

} // namespace coro
