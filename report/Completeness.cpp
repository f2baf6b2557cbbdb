//===- Completeness.cpp - how complete the facts directory looks ----------===//
//
// Claims that need every caller are only made about functions defined in the
// units read, but a function defined there can still be called from a unit
// that was not: the report says how many functions are called and defined in
// no unit read, so that a partial build is visibly partial.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include <algorithm>

namespace report {

Finding completeness(const Graph &G) {
  const Facts &F = G.F;
  // Only the project's own functions: those declared below the directory
  // all units share (libraries such as glib are seldom system headers).
  std::string Root;
  for (const std::string &U : F.Units) {
    if (&U == &F.Units.front()) {
      Root = U.substr(0, U.rfind('/') + 1);
      continue;
    }
    size_t N = 0;
    while (N < Root.size() && N < U.size() && Root[N] == U[N])
      ++N;
    Root.resize(Root.rfind('/', N ? N - 1 : 0) + 1);
  }
  auto InProject = [&](const Function &Fn) {
    return Fn.Where.valid() &&
           llvm::StringRef(F.Files[Fn.Where.File]).substr(0, Root.size()) == Root;
  };
  size_t Defined = 0;
  std::vector<std::pair<size_t, uint32_t>> Missing; // uses, function
  for (uint32_t Fn = 0; Fn < F.Functions.size(); ++Fn) {
    if (G.fn(Fn).Defined) {
      ++Defined;
      continue;
    }
    size_t Uses = G.CallsTo.of(Fn).size() + G.StoresOf.of(Fn).size();
    if (Uses && InProject(G.fn(Fn)))
      Missing.push_back({Uses, Fn});
  }
  // The most used first: the units most worth adding.
  std::stable_sort(Missing.begin(), Missing.end(),
                   [](const auto &A, const auto &B) { return A.first > B.first; });

  Finding D = findingOf(ReportKind::Completeness);
  D.Sev = Severity::Remark;
  std::string Units = std::to_string(F.Units.size()) +
                      (F.Units.size() == 1 ? " unit" : " units");
  D.Message = "facts of " + Units + ": " + std::to_string(Defined) +
              (Defined == 1 ? " function" : " functions") + " defined; ";
  if (Missing.empty()) {
    D.Message += "every function of the project that they call is defined in them";
  } else {
    D.Message += std::to_string(Missing.size()) +
                 (Missing.size() == 1 ? " function of the project is"
                                      : " functions of the project are") +
                 " called but defined in none of them (";
    for (size_t I = 0; I < Missing.size() && I < 5; ++I)
      D.Message += (I ? ", " : "") + G.quote(Missing[I].second);
    D.Message += Missing.size() > 5 ? ", ...)" : ")";
    D.Message += "; the facts look partial";
  }
  D.Message += "; findings that need every caller are made only for functions "
               "defined in them";
  CompletenessData Data{Defined, {}};
  for (const auto &M : Missing)
    Data.Missing.push_back(M.second);
  D.Data = std::move(Data);
  return D;
}

} // namespace report
