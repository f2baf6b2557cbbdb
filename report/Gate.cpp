//===- Gate.cpp -----------------------------------------------------------===//
#include "Gate.h"

#include "FindingKey.h"
#include "Output.h"
#include "OutputFile.h"

#include <cstring>

namespace report {

std::vector<Finding> select(const Graph &G, std::vector<Finding> &All,
                            const Selection &Items, coro::KeyCounts &Base,
                            Counts &N) {
  std::vector<Finding> Shown;
  for (Finding &D : All) {
    if (!Items.shows(D))
      continue;
    if (D.Suppressed) {
      ++N.Suppressed;
      continue;
    }
    if (D.Sev == Severity::Warning && !Base.empty() &&
        Base.take(findingKey(G.F, D))) {
      ++N.InBaseline;
      continue;
    }
    ++(D.Sev == Severity::Warning ? N.Warnings : N.Remarks);
    Shown.push_back(std::move(D));
  }
  return Shown;
}

void printSummary(const Counts &N, llvm::raw_ostream &OS) {
  auto Plural = [](unsigned C, const char *What) {
    return std::to_string(C) + " " + What + (C == 1 ? "" : "s");
  };
  OS << Plural(N.Warnings, "warning") << ", " << Plural(N.Remarks, "remark") << " ("
     << N.Suppressed << " suppressed, " << N.InBaseline << " in baseline)\n";
}

bool writeBaseline(const Graph &G, const std::vector<Finding> &All,
                   llvm::StringRef Path) {
  std::vector<Finding> Warnings;
  for (const Finding &D : All)
    if (D.Sev == Severity::Warning && !D.Suppressed)
      Warnings.push_back(D);
  std::unique_ptr<llvm::raw_fd_ostream> Out = openOutput(Path);
  if (!Out)
    return false;
  llvm::raw_fd_ostream &OS = *Out;
  Results None;
  printJSON(G, Warnings, None, /*WithContext=*/false, OS);
  return true;
}

} // namespace report
