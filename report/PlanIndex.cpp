//===- PlanIndex.cpp ------------------------------------------------------===//
#include "PlanIndex.h"

namespace report {

uint32_t planFunction(const Finding &D) {
  return std::visit(
      [](const auto &X) -> uint32_t {
        using T = std::decay_t<decltype(X)>;
        if constexpr (std::is_same_v<T, MustBeCoroutineData> ||
                      std::is_same_v<T, BlockingCallData> ||
                      std::is_same_v<T, MixedCallerData> ||
                      std::is_same_v<T, NeedsCoroutineVersionData>)
          return X.Function;
        return None;
      },
      D.Data);
}

PlanIndex::PlanIndex(const Graph &G, const FixPlan &P) : G(G), P(P) {
  for (uint32_t I = 0; I < P.Fixes.size(); ++I)
    if (P.Fixes[I].Function != None)
      Fixes.try_emplace(key(P.Fixes[I].Kind, P.Fixes[I].Function), I);
  for (uint32_t I = 0; I < P.Decisions.size(); ++I)
    if (P.Decisions[I].Function != None)
      Decisions.try_emplace(key(P.Decisions[I].Kind, P.Decisions[I].Function), I);
}

std::string PlanIndex::key(llvm::StringRef Kind, uint32_t Fn) const {
  return (Kind + "|" + G.fn(Fn).Id).str();
}

uint32_t PlanIndex::find(const llvm::StringMap<uint32_t> &In, const Finding &D) const {
  uint32_t Fn = planFunction(D);
  if (Fn == None)
    return None;
  auto It = In.find(key(D.Kind, Fn));
  return It == In.end() ? None : It->second;
}

const Fix *PlanIndex::fixOf(const Finding &D) const {
  uint32_t I = find(Fixes, D);
  return I == None ? nullptr : &P.Fixes[I];
}

const Decision *PlanIndex::decisionOf(const Finding &D) const {
  uint32_t I = find(Decisions, D);
  return I == None ? nullptr : &P.Decisions[I];
}

} // namespace report
