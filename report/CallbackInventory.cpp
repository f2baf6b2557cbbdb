//===- CallbackInventory.cpp - item 4: callback fields and their functions ===//
//
// For each struct type with a function-pointer field filled by a file-scope
// initializer (BlockDriver, JobDriver, BdrvChildClass, ...), one entry per
// field that functions are stored in: the field's markers, each function
// stored in it with its markers, how calls through it stand, and a verdict:
//
//   consistent    every function agrees with the field's marker
//   convertible   the field is not coroutine_fn but every function stored in it
//                 is: the field can be converted to coroutine_fn
//   mixed         coroutine_fn and other functions are stored together, or
//                 functions that do not agree with the field's marker
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include "llvm/ADT/StringMap.h"

#include <algorithm>
#include <set>

namespace report {

void callbackInventory(const Graph &G, const Results &R,
                       std::vector<Finding> &Out) {
  const Facts &F = G.F;
  auto StructOf = [](const std::string &Field) {
    size_t Sep = Field.rfind("::");
    return Sep == std::string::npos ? std::string() : Field.substr(0, Sep);
  };
  // Stores by field; which structs are filled by initializers.
  std::vector<std::vector<uint32_t>> ByField(F.Targets.size());
  std::set<std::string> Initialized;
  for (uint32_t SI = 0; SI < F.Stores.size(); ++SI) {
    const Store &S = G.store(SI);
    const Target &T = G.target(S.Into);
    if (T.Kind != kinds::Field)
      continue;
    ByField[S.Into].push_back(SI);
    if (S.In == None)
      Initialized.insert(StructOf(T.Name));
  }

  auto Before = [&](Loc A, Loc B) {
    if (A.File != B.File)
      return A.File == None ? false
             : B.File == None ? true
                              : F.Files[A.File] < F.Files[B.File];
    return A.Line != B.Line ? A.Line < B.Line : A.Col < B.Col;
  };

  for (uint32_t T = 0; T < F.Targets.size(); ++T) {
    if (ByField[T].empty())
      continue;
    const Target &Field = G.target(T);
    std::string Struct = StructOf(Field.Name);
    if (!Initialized.count(Struct))
      continue;
    std::vector<uint32_t> &Stores = ByField[T];
    std::sort(Stores.begin(), Stores.end(), [&](uint32_t A, uint32_t B) {
      return Before(G.store(A).At, G.store(B).At);
    });
    // One entry per function, at its first store.
    std::vector<uint32_t> Impl;
    std::set<uint32_t> Seen;
    for (uint32_t SI : Stores)
      if (Seen.insert(G.store(SI).Fn).second)
        Impl.push_back(SI);
    unsigned NC = 0, NM = 0, NO = 0;
    for (uint32_t SI : Impl) {
      MarkerSet M = G.fn(G.store(SI).Fn).Marks;
      if (M.isCoroutine())
        ++NC;
      else if (M.isMixed())
        ++NM;
      else
        ++NO;
    }
    unsigned CoCalls = 0, OtherCalls = 0;
    for (uint32_t CI : G.CallsVia.of(T))
      ++(R.inCoroutineContext(G, G.call(CI)) ? CoCalls : OtherCalls);

    const char *Verdict;
    std::string Why;
    MarkerSet FM = Field.Marks;
    auto Are = [](unsigned N) { return N == 1 ? " is " : " are "; };
    if (FM.isCoroutine()) {
      Verdict = NO == 0 ? "consistent" : "mixed";
      Why = NO == 0 ? "all may run in coroutine context"
                    : std::to_string(NO) + Are(NO) + "not 'coroutine_fn'";
    } else if (FM.isNoCoroutine() && !FM.isMixed()) {
      Verdict = NC == 0 ? "consistent" : "mixed";
      Why = NC == 0 ? "none is 'coroutine_fn'"
                    : std::to_string(NC) + Are(NC) + "'coroutine_fn'";
    } else if (NC > 0 && NM == 0 && NO == 0) {
      Verdict = "convertible";
      Why = "can be converted to 'coroutine_fn', every one already is";
    } else if (NC > 0) {
      Verdict = "mixed";
      Why = std::to_string(NC) + Are(NC) + "'coroutine_fn', " +
            std::to_string(NM + NO) + " not";
    } else {
      Verdict = "consistent";
      Why = "none is 'coroutine_fn'";
    }

    Finding D = findingOf(ReportKind::Callback);
    D.Sev = Severity::Remark;
    D.At = G.store(Impl.front()).At;
    D.SortKey = Field.Name;
    D.Message = (FM.empty() ? std::string("unmarked") : FM.quoted()) +
                " callback '" + Field.Name + "' holds " +
                std::to_string(Impl.size()) +
                (Impl.size() == 1 ? " function: " : " functions: ") + Verdict +
                ", " + Why + "; calls through it: " + std::to_string(CoCalls) +
                " in coroutine context, " + std::to_string(OtherCalls) +
                " elsewhere";
    for (uint32_t SI : Impl) {
      const Store &S = G.store(SI);
      D.Notes.push_back({S.At, G.describeFn(S.Fn) + " is stored here"});
    }
    D.Data = CallbackData{T, std::move(Impl), Verdict, CoCalls, OtherCalls};
    Out.push_back(std::move(D));
  }
}

} // namespace report
