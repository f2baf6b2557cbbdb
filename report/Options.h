//===- Options.h - coroplugin-report's command line -----------------------===//
#ifndef COROPLUGIN_REPORT_OPTIONS_H
#define COROPLUGIN_REPORT_OPTIONS_H

#include "Selection.h"

#include <string>
#include <vector>

namespace report {

enum class Format { Text, JSON, SARIF, CodeQuality };

struct Options {
  std::vector<std::string> Inputs;
  Format OutputFormat = Format::Text;
  Selection Items;
  bool Werror = false;
  bool Suggestions = false;
  std::string DotFile, ExportFixesFile, PatchFile, MergeFixes;
  /// With DotFile: draw only this function's neighbourhood, to DotDepth.
  std::string DotFocus;
  unsigned DotDepth = 2;
  /// Write the findings printed as a static site into this directory.
  std::string HtmlDir;
  /// An earlier --format=json output: print only findings not in it.
  std::string Baseline;
  /// Write this run's warnings as a baseline.
  std::string WriteBaseline;
  /// Also write SARIF, Code Quality to these files (docs/sarif.md).
  std::string SarifFile, CodeQualityFile;
  /// Where SARIF's rule help links point: coroplugin's docs/, ending in '/'.
  std::string DocsURI;
  bool AbsolutePaths = false;
  unsigned Jobs = 0;
  bool Timings = false;
  bool DumpFacts = false;
};

/// Parses the command line. False on a usage error, which it has printed:
/// the caller exits with status 2 (--help exits 0 here).
bool parseOptions(int argc, char **argv, Options &Out);

} // namespace report

#endif
