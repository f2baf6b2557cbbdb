//===- Options.h - the -fplugin-arg-coroplugin-<arg> arguments ------------===//
#ifndef COROPLUGIN_OPTIONS_H
#define COROPLUGIN_OPTIONS_H

#include <string>
#include <vector>

namespace coro {

struct Options {
  /// One flag per entry of allChecks().
  std::vector<bool> EnabledChecks;
  /// One flag per entry of allChecks(): the checks whose warnings are
  /// errors wherever -Wcoroutine shows them (werror=<list>).
  std::vector<bool> ErrorChecks;
  bool Help = false;
  bool Version = false;
  /// Where to write this unit's facts for coroplugin-report; empty: nowhere.
  std::string FactsDir;
  /// Also store them in the object file when the compile writes one
  /// (facts=DIR and facts=object).
  bool FactsInObject = false;
  /// Where to write this unit's fix-its as clang-tidy export-fixes YAML;
  /// empty: nowhere.
  std::string ExportFixesDir;
  /// Recognise the marker macros by name (QEMU 7.2's empty coroutine_fn).
  bool MacroMarkers = true;
  /// Macros inside which nothing is reported (besides
  /// __allow_coroutine_fn_call, which always is).
  std::vector<std::string> AllowedMacros;
  /// A report's findings that -Werror does not make errors (docs/baseline.md).
  std::string Baseline;

  /// Parses the arguments in command-line order. On failure, Error says why
  /// and lists what is valid.
  static bool parse(const std::vector<std::string> &Args, Options &Out,
                    std::string &Error);
};

/// What -fplugin-arg-coroplugin-help prints: the arguments and the checks.
std::string helpText();
/// What -fplugin-arg-coroplugin-version prints.
std::string versionText();

} // namespace coro

#endif
