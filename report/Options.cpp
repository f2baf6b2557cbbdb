//===- Options.cpp - coroplugin-report's options, parsed ------------------===//
//
// A usage error exits with status 2, as an input error does: 1 means
// warnings under --werror, which a CI must tell apart from a typo.
//
//===----------------------------------------------------------------------===//
#include "Options.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace cl = llvm::cl;

namespace report {

namespace {

cl::OptionCategory Category("coroplugin-report options");

cl::list<std::string> Inputs(
    cl::Positional, cl::OneOrMore,
    cl::desc("<facts directory, object, archive, program or library>..."),
    cl::cat(Category));

cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text",
                          "compiler-style file:line:col: warning: lines (default)"),
               clEnumValN(Format::JSON, "json", "one JSON object"),
               clEnumValN(Format::SARIF, "sarif",
                          "SARIF 2.1.0, with fixes (docs/sarif.md)"),
               clEnumValN(Format::CodeQuality, "codequality",
                          "GitLab Code Quality JSON (docs/sarif.md)")),
    cl::cat(Category));

cl::opt<std::string> SarifFile(
    "sarif", cl::desc("Also write the findings printed as SARIF to <file>"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> CodeQualityFile(
    "codequality",
    cl::desc("Also write the findings printed as GitLab Code Quality JSON to "
             "<file>"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> DocsURI(
    "docs-uri",
    cl::desc("Where SARIF's rule help links point: the URI of coroplugin's "
             "docs/ directory, ending in '/' (default: the installed docs, "
             "or the source tree's)"),
    cl::value_desc("uri"), cl::cat(Category));

cl::list<std::string> Items(
    "items", cl::CommaSeparated,
    cl::desc("Findings to print, comma-separated item numbers or kind names "
             "(default: every warning and needs-decision): 1 must be "
             "coroutine_fn, 2 coroutine context, 3 mixed functions, 4 callback "
             "inventory, 6 wrapper twins, a kind (callback, can-be-coroutine, "
             "...) or compile (the compile's findings)"),
    cl::cat(Category));

cl::opt<bool> Werror("werror",
                     cl::desc("Exit with status 1 when a warning is printed "
                              "(remarks, suppressed findings and findings in "
                              "the baseline never fail)"),
                     cl::cat(Category));

cl::opt<std::string> Baseline(
    "baseline",
    cl::desc("Print (and with --werror fail on) only the warnings that are "
             "not in <file>, an earlier --format=json or --write-baseline "
             "output"),
    cl::value_desc("file"), cl::cat(Category));

cl::opt<std::string> WriteBaseline(
    "write-baseline",
    cl::desc("Write every warning of this run, of all items, to <file> as a "
             "baseline for --baseline and -fplugin-arg-coroplugin-baseline"),
    cl::value_desc("file"), cl::cat(Category));

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

cl::opt<std::string> HtmlDir(
    "html",
    cl::desc("Also write the findings printed as a static HTML site into "
             "<dir>: an index with filters, a page per finding with its "
             "source lines, its chain drawn, its fix or decision"),
    cl::value_desc("dir"), cl::cat(Category));

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

/// The installed docs (share/doc/coroplugin/docs beside bin/), else the
/// source tree's, as a file: URI ending in '/'.
std::string defaultDocsURI(const char *Argv0) {
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&defaultDocsURI));
  llvm::SmallString<256> Installed(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Installed, "share", "doc", "coroplugin", "docs");
  std::string Dir = llvm::sys::fs::is_directory(Installed)
                        ? std::string(Installed.str())
                        : std::string(COROPLUGIN_SOURCE_DOCS);
  return "file://" + Dir + "/";
}

} // namespace

bool parseOptions(int argc, char **argv, Options &Out) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "coroplugin-report " COROPLUGIN_VERSION "\n";
  });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "coroplugin-report: whole-program report over coroplugin facts\n\n"
          "  Reads DIR/*.facts.json, written by compiles with\n"
          "  -fplugin-arg-coroplugin-facts=DIR, or the .coroplugin.facts sections of\n"
          "  objects, archives, programs and libraries (facts=DIR or facts=object\n"
          "  with -c), and reports functions that must be\n"
          "  coroutine_fn, blocking calls in functions that run only in coroutines,\n"
          "  mixed functions, the callback fields of driver structs, and wrappers\n"
          "  whose coroutine version is missing.\n\n"
          "  Exit status: 0, 1 with --werror when a warning is printed, 2 on a\n"
          "  usage or input error.\n",
          &llvm::errs()))
    return false;
  for (const std::string &Item : Items) {
    std::string Error;
    if (!Out.Items.add(Item, Error)) {
      llvm::errs() << "coroplugin-report: error: " << Error << "\n";
      return false;
    }
  }
  if (Suggestions)
    Out.Items.withSuggestions();
  Out.Inputs = Inputs;
  Out.OutputFormat = OutputFormat;
  Out.Werror = Werror;
  Out.Suggestions = Suggestions;
  Out.DotFile = DotFile;
  Out.DotFocus = DotFocus;
  Out.DotDepth = DotDepth;
  Out.HtmlDir = HtmlDir;
  Out.ExportFixesFile = ExportFixesFile;
  Out.PatchFile = PatchFile;
  Out.MergeFixes = MergeFixes;
  Out.Baseline = Baseline;
  Out.WriteBaseline = WriteBaseline;
  Out.SarifFile = SarifFile;
  Out.CodeQualityFile = CodeQualityFile;
  Out.DocsURI = DocsURI.empty() ? defaultDocsURI(argv[0]) : std::string(DocsURI);
  Out.AbsolutePaths = AbsolutePaths;
  Out.Jobs = Jobs;
  Out.Timings = Timings;
  Out.DumpFacts = DumpFacts;
  return true;
}

} // namespace report
