//===- main.cpp - coroplugin-report: whole-program coroutine report -------===//
//
// Reads the facts the plugin writes with -fplugin-arg-coroplugin-facts=DIR
// (docs/facts-format.md) from facts directories, or from objects, archives
// and programs (docs/object-facts.md), and prints the report of
// docs/report.md.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"
#include "FixPlan.h"
#include "Output.h"
#include "Progress.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <chrono>
#include <thread>

using namespace report;
namespace cl = llvm::cl;

namespace {

cl::OptionCategory Category("coroplugin-report options");

cl::list<std::string> Inputs(
    cl::Positional, cl::OneOrMore,
    cl::desc("<facts directory, object, archive, program or library>..."),
    cl::cat(Category));

enum class Format { Text, JSON };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text",
                          "compiler-style file:line:col: warning: lines (default)"),
               clEnumValN(Format::JSON, "json", "one JSON object")),
    cl::cat(Category));

cl::list<unsigned> Items(
    "items", cl::CommaSeparated,
    cl::desc("Report items to print, comma-separated (default 1,2,3,4,6): "
             "1 must be coroutine_fn, 2 coroutine context, 3 mixed functions, "
             "4 callback inventory, 6 wrapper twins"),
    cl::cat(Category));

cl::opt<bool> Werror("werror",
                     cl::desc("Exit with status 1 when a warning is printed "
                              "(remarks never fail)"),
                     cl::cat(Category));

cl::opt<bool> Suggestions(
    "suggestions",
    cl::desc("Also print refactoring suggestions that are off by default: "
             "ordinary callers of coroutine_mixed_fn functions that no "
             "coroutine code reaches (remarks)"),
    cl::cat(Category));

cl::opt<std::string> DotFile("dot", cl::desc("Write the call graph (item 5) as DOT to <file>"),
                             cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> DotFocus(
    "dot-focus",
    cl::desc("With --dot: draw only the neighbourhood of function <name> (a "
             "static function's id too), to --dot-depth calls"),
    cl::value_desc("name"), cl::cat(Category));

cl::opt<unsigned> DotDepth("dot-depth",
                           cl::desc("With --dot-focus: how many calls or stores "
                                    "away from it (default 2)"),
                           cl::init(2), cl::cat(Category));

cl::opt<std::string> ExportFixesFile(
    "export-fixes",
    cl::desc("Write the fixes of items 1-3 to <file> as clang-tidy "
             "export-fixes YAML, for clang-apply-replacements, and list the "
             "findings they leave for a decision (docs/export-fixes.md)"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> PatchFile(
    "patch",
    cl::desc("Write the same fixes as --export-fixes to <file> as a unified "
             "diff, paths relative to the current directory (git apply)"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> MergeFixes(
    "merge-fixes",
    cl::desc("With --export-fixes: add the plugin's per-unit fixes from <dir> "
             "(-fplugin-arg-coroplugin-export-fixes=<dir>), without those "
             "that the whole program shows to need a decision"),
    cl::value_desc("dir"), cl::cat(Category));

cl::opt<bool> AbsolutePaths(
    "absolute-paths",
    cl::desc("Print absolute paths in text output (default: relative to the "
             "current directory when under it)"),
    cl::cat(Category));

cl::opt<unsigned> Jobs("j", cl::desc("Threads that read facts files (default: 2, "
                                     "at most the number of CPUs)"),
                       cl::init(0), cl::cat(Category));

cl::opt<bool> Timings("timings", cl::desc("Print the time of each phase to stderr"),
                      cl::Hidden, cl::cat(Category));

cl::opt<bool> DumpFacts("dump-facts",
                        cl::desc("Print the loaded facts, every field, and no "
                                 "report (tests the facts format's reader)"),
                        cl::Hidden, cl::cat(Category));

class PhaseTimer {
public:
  void lap(const char *Phase) {
    auto Now = std::chrono::steady_clock::now();
    if (Timings)
      llvm::errs() << "coroplugin-report: " << Phase << ": "
                   << std::chrono::duration<double>(Now - Last).count() << " s\n";
    Last = Now;
  }

private:
  std::chrono::steady_clock::time_point Last = std::chrono::steady_clock::now();
};

} // namespace

int main(int argc, char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "coroplugin-report: whole-program report over coroplugin facts\n\n"
      "  Reads DIR/*.facts.json, written by compiles with\n"
      "  -fplugin-arg-coroplugin-facts=DIR, or the .coroplugin.facts sections of\n"
      "  objects, archives, programs and libraries (facts=DIR or facts=object\n"
      "  with -c), and reports functions that must be\n"
      "  coroutine_fn, blocking calls in functions that run only in coroutines,\n"
      "  mixed functions, the callback fields of driver structs, and wrappers\n"
      "  whose coroutine version is missing.\n");

  bool Want[7] = {true, true, true, true, true, false, true};
  if (!Items.empty()) {
    std::fill(std::begin(Want) + 1, std::end(Want), false);
    for (unsigned I : Items) {
      if (I < 1 || I > 6 || I == 5) {
        llvm::errs() << "coroplugin-report: error: --items: no item " << I
                     << " (items are 1 to 4 and 6; item 5 is --dot=FILE)\n";
        return 2;
      }
      Want[I] = true;
    }
  }

  unsigned Threads = Jobs;
  if (Threads == 0)
    Threads = std::min(2u, std::max(1u, std::thread::hardware_concurrency()));

#ifdef __GLIBC__
  // Each parsed unit is a tree of small allocations freed soon after: keep
  // freed memory in the process instead of returning it to the system.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
#endif
  PhaseTimer T;
  Progress P;
  Facts F;
  if (!loadFacts(Inputs, Threads, F, &P))
    return 2;
  T.lap("load");
  if (DumpFacts) {
    dumpFacts(F, llvm::outs());
    return 0;
  }
  Graph G(F);
  Results R;
  R.Suggestions = Suggestions;
  std::vector<Finding> All;
  bool Run[7];
  std::copy(std::begin(Want), std::end(Want), Run);
  Run[5] = !DotFile.empty();
  runAnalyses(G, R, Run, !ExportFixesFile.empty() || !PatchFile.empty(), All, P);
  P.done();
  T.lap("analyses");
  if (!ExportFixesFile.empty() || !PatchFile.empty()) {
    FixPlan P = planFixes(G, R);
    if (!exportFixes(G, P, ExportFixesFile, PatchFile, MergeFixes))
      return 2;
    decisionFindings(G, P, All);
    T.lap("export-fixes");
  }

  std::vector<Finding> Shown;
  unsigned Warnings = 0;
  for (Finding &D : All)
    if (Want[D.Item]) {
      Warnings += D.Sev == Severity::Warning;
      Shown.push_back(std::move(D));
    }
  sortFindings(F, Shown);
  // Last, as a compiler's summary line.
  Shown.push_back(completeness(G));

  if (OutputFormat == Format::JSON)
    printJSON(G, Shown, R, Want[2], llvm::outs());
  else
    printText(F, Shown, llvm::outs(), AbsolutePaths);
  llvm::outs().flush();
  T.lap("output");

  if (!DotFile.empty() && !writeDot(G, R, DotFile, DotFocus, DotDepth))
    return 2;
  return Werror && Warnings ? 1 : 0;
}
