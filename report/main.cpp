//===- main.cpp - coroplugin-report: whole-program coroutine report -------===//
//
// Reads the facts the plugin writes with -fplugin-arg-coroplugin-facts=DIR
// (docs/facts-format.md) from facts directories, or from objects, archives
// and programs (docs/object-facts.md), and prints the report of
// docs/report.md.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"
#include "Gate.h"
#include "FixPlan.h"
#include "Options.h"
#include "Output.h"
#include "OutputFile.h"
#include "Progress.h"
#include "html/HtmlReport.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <chrono>
#include <thread>

using namespace report;

namespace {

class PhaseTimer {
public:
  explicit PhaseTimer(bool Print) : Print(Print) {}
  void lap(const char *Phase) {
    auto Now = std::chrono::steady_clock::now();
    if (Print)
      llvm::errs() << "coroplugin-report: " << Phase << ": "
                   << std::chrono::duration<double>(Now - Last).count() << " s\n";
    Last = Now;
  }

private:
  bool Print;
  std::chrono::steady_clock::time_point Last = std::chrono::steady_clock::now();
};

} // namespace

int main(int argc, char **argv) {
  Options O;
  if (!parseOptions(argc, argv, O))
    return 2;
  coro::KeyCounts Base;
  if (!O.Baseline.empty()) {
    std::string Error;
    if (!coro::readBaseline(O.Baseline, Base, Error)) {
      llvm::errs() << "coroplugin-report: error: " << Error << "\n";
      return 2;
    }
  }

  unsigned Threads = O.Jobs;
  if (Threads == 0)
    Threads = std::min(2u, std::max(1u, std::thread::hardware_concurrency()));

#ifdef __GLIBC__
  // Each parsed unit is a tree of small allocations freed soon after: keep
  // freed memory in the process instead of returning it to the system.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
#endif
  PhaseTimer T(O.Timings);
  Progress Prog;
  Facts F;
  if (!loadFacts(O.Inputs, Threads, F, &Prog))
    return 2;
  T.lap("load");
  if (O.DumpFacts) {
    dumpFacts(F, llvm::outs());
    return 0;
  }
  Graph G(F);
  Results R;
  R.Suggestions = O.Suggestions;
  std::vector<Finding> All;
  // A baseline being written takes every item's warnings, whatever --items says.
  bool Run[ItemSlots];
  for (unsigned Item = 0; Item < ItemSlots; ++Item)
    Run[Item] = O.Items.showsItem(Item) || !O.WriteBaseline.empty();
  for (const ItemInfo &I : allItems())
    if (I.Default == ItemDefault::DotFile)
      Run[I.Number] = !O.DotFile.empty();
  bool WantSarif = O.OutputFormat == Format::SARIF || !O.SarifFile.empty();
  // --html shows each finding's fix or decision.
  bool WantFixes = !O.ExportFixesFile.empty() || !O.PatchFile.empty() || WantSarif ||
                   !O.HtmlDir.empty();
  runAnalyses(G, R, Run, WantFixes, All, Prog);
  Prog.done();
  T.lap("analyses");
  FixPlan P;
  if (WantFixes)
    P = planFixes(G, R);
  if (!O.ExportFixesFile.empty() || !O.PatchFile.empty()) {
    if (!exportFixes(G, P, O.ExportFixesFile, O.PatchFile, O.MergeFixes))
      return 2;
    decisionFindings(G, P, All);
    T.lap("export-fixes");
  }
  compileFindings(G, All);
  sortFindings(F, All);

  if (!O.WriteBaseline.empty() && !writeBaseline(G, All, O.WriteBaseline))
    return 2;
  // Before select(), which moves the findings out: a focus can name any.
  if (!O.DotFile.empty() &&
      !writeDot(G, R, All, O.DotFile, O.DotFocus, O.DotDepth))
    return 2;
  Counts N;
  std::vector<Finding> Shown = select(G, All, O.Items, Base, N);
  // Last, as a compiler's summary line.
  Shown.push_back(completeness(G));

  auto Print = [&](Format As, llvm::raw_ostream &OS) {
    if (As == Format::JSON)
      printJSON(G, Shown, R, O.Items.showsItem(2), OS);
    else if (As == Format::SARIF)
      printSARIF(G, Shown, P, O.DocsURI, OS);
    else if (As == Format::CodeQuality)
      printCodeQuality(G, Shown, OS);
    else
      printText(F, Shown, OS, O.AbsolutePaths);
  };
  Print(O.OutputFormat, llvm::outs());
  llvm::outs().flush();
  for (auto [As, Path] : {std::make_pair(Format::SARIF, &O.SarifFile),
                          std::make_pair(Format::CodeQuality, &O.CodeQualityFile)}) {
    if (Path->empty())
      continue;
    std::unique_ptr<llvm::raw_fd_ostream> OS = openOutput(*Path);
    if (!OS)
      return 2;
    Print(As, *OS);
  }
  if (!O.HtmlDir.empty() &&
      !writeHtml(G, R, P, Shown, O.HtmlDir, O.AbsolutePaths))
    return 2;
  T.lap("output");

  printSummary(N, llvm::errs());
  return O.Werror && N.Warnings ? 1 : 0;
}
