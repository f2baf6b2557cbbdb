//===- FindingKey.cpp -----------------------------------------------------===//
#include "FindingKey.h"

namespace report {

namespace {

/// The names each kind of finding is about, in a fixed order.
class KeyNames {
public:
  KeyNames(const Facts &F, std::vector<llvm::StringRef> &Out) : F(F), Out(Out) {}

  void operator()(std::monostate) {}
  void operator()(const MustBeCoroutineData &D) { function(D.Function), call(D.Call); }
  void operator()(const BlockingCallData &D) { function(D.Function), call(D.Call); }
  void operator()(const NeedsCoroutineVersionData &D) {
    function(D.Function), call(D.Call);
  }
  void operator()(const MixedCallerData &D) { function(D.Function), call(D.Call); }
  void operator()(const CanBeCoroutineData &D) { function(D.Function); }
  void operator()(const CallbackData &D) { Out.push_back(F.Targets[D.Field].Name); }
  void operator()(const WrapperTwinData &D) { function(D.Function); }
  void operator()(const DecisionData &D) {
    Out.push_back(D.Kind);
    function(D.Function);
  }
  void operator()(const CompileData &D) {
    const CompileFinding &CF = F.CompileFindings[D.Index];
    Out.push_back(CF.Function);
    Out.push_back(CF.Object);
  }
  void operator()(const CompletenessData &) {}

private:
  void function(uint32_t Fn) {
    if (Fn != None)
      Out.push_back(F.Functions[Fn].Id);
  }
  /// The callee's id, or the name of the pointer called through.
  void call(uint32_t CallIndex) {
    const Call &C = F.Calls[CallIndex];
    if (C.Callee != None)
      function(C.Callee);
    else if (C.Via != None)
      Out.push_back(F.Targets[C.Via].Name);
  }

  const Facts &F;
  std::vector<llvm::StringRef> &Out;
};

} // namespace

std::string findingKey(const Facts &F, const Finding &D) {
  std::vector<llvm::StringRef> Names;
  std::visit(KeyNames(F, Names), D.Data);
  return coro::findingKey(D.Compile ? coro::compileKeyKind(D.Kind)
                                    : coro::reportKeyKind(D.Kind),
                          Names);
}

} // namespace report
