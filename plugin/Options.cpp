//===- Options.cpp --------------------------------------------------------===//
#include "Options.h"

#include "CheckRegistry.h"
#include "MacroIndex.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"

namespace coro {

static constexpr const char *ValidArguments =
    "checks=<list>, macro-markers=on|off, allow-macro=<names>, facts=<dir>|object, "
    "export-fixes=<dir>, baseline=<file>, werror=<list>, version, help";

static std::vector<std::string> splitNames(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  List.split(Parts, ',', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Names;
  for (llvm::StringRef P : Parts)
    Names.push_back(P.trim().str());
  return Names;
}

bool Options::parse(const std::vector<std::string> &Args, Options &Out,
                    std::string &Error) {
  std::vector<std::string> CheckLists, ErrorLists;
  Out.AllowedMacros = splitNames(DefaultAllowedMacros);
  for (const std::string &Arg : Args) {
    llvm::StringRef A(Arg);
    if (A == "help")
      Out.Help = true;
    else if (A == "version")
      Out.Version = true;
    else if (A.consume_front("werror="))
      ErrorLists.push_back(A.str());
    else if (A.consume_front("checks="))
      CheckLists.push_back(A.str());
    else if (A == "facts=object")
      Out.FactsInObject = true;
    else if (A.consume_front("facts=") && !A.empty()) {
      Out.FactsDir = A.str();
      Out.FactsInObject = true;
    }
    else if (A.consume_front("export-fixes=") && !A.empty())
      Out.ExportFixesDir = A.str();
    else if (A.consume_front("baseline=") && !A.empty())
      Out.Baseline = A.str();
    else if (A.consume_front("allow-macro="))
      Out.AllowedMacros = splitNames(A);
    else if (A == "macro-markers=on" || A == "macro-markers=off")
      Out.MacroMarkers = A == "macro-markers=on";
    else {
      Error = "unknown argument '" + Arg + "'; valid arguments are " +
              ValidArguments;
      return false;
    }
  }
  if (!selectChecks(CheckLists, Out.EnabledChecks, Error) ||
      !selectChecks(ErrorLists, Out.ErrorChecks, Error,
                    /*FromDefaults=*/false)) {
    std::string Names;
    for (const CheckInfo &C : allChecks())
      Names += std::string(Names.empty() ? "" : ", ") + C.Name;
    Error += "; checks are " + Names;
    return false;
  }
  return true;
}

std::string helpText() {
  std::string Text =
      "coroplugin: QEMU coroutine annotation checks\n"
      "\n"
      "Arguments (-fplugin-arg-coroplugin-<argument>):\n"
      "  checks=<list>  comma-separated checks to enable, '-name' to disable,\n"
      "                 '*' as a wildcard; applied in order over the default\n"
      "                 set, e.g. checks=-*,coroutine-caller or checks=*\n"
      "  macro-markers=on|off\n"
      "                 on (default): a use of a marker macro (coroutine_fn,\n"
      "                 generated_co_wrapper, co_wrapper, ...) in a declaration\n"
      "                 marks it, even where the macro expands to nothing\n"
      "  allow-macro=<names>\n"
      "                 comma-separated macros inside which nothing is reported\n"
      "                 (default: QML_OBJ_,QML_FUNC_,QEMU_LOCK_FUNC,QEMU_UNLOCK_FUNC,\n"
      "                 QEMU's lockable.h macros, whose conversions of CoMutex\n"
      "                 functions are deliberate; empty: none);\n"
      "                 __allow_coroutine_fn_call(...) is always allowed\n"
      "  facts=<dir>    also write this unit's facts for coroplugin-report\n"
      "                 into <dir> (docs/facts-format.md) and, when the compile\n"
      "                 writes an ELF object, into its .coroplugin.facts section\n"
      "  facts=object   only into the object (ccache, distcc; docs/object-facts.md)\n"
      "  export-fixes=<dir>\n"
      "                 also write the fix-its of this unit's warnings into\n"
      "                 <dir> as clang-tidy --export-fixes YAML, for\n"
      "                 clang-apply-replacements <dir> (docs/export-fixes.md)\n"
      "  baseline=<file>\n"
      "                 a coroplugin-report --format=json or --write-baseline\n"
      "                 output: its findings stay warnings under -Werror\n"
      "                 (docs/baseline.md)\n"
      "  werror=<list>  the warnings of these checks are errors wherever\n"
      "                 -Wcoroutine shows them, as with clang's -Werror=<group>\n"
      "                 (even under -Wno-error=coroutine); same syntax as\n"
      "                 checks=, over the empty set; enables no check\n"
      "  version        print coroplugin's version\n"
      "  help           print this text\n"
      "\n"
      "Checks (warning group -Wcoroutine; default on unless marked off):\n";
  for (const CheckInfo &C : allChecks()) {
    std::string Line = "  " + std::string(C.Name);
    Line.resize(24, ' ');
    Text += Line + C.Summary + (C.EnabledByDefault ? "" : " [off]") + "\n";
  }
  return Text;
}

std::string versionText() {
  return "coroplugin " COROPLUGIN_VERSION " (built for Clang " LLVM_VERSION_STRING
         ")\n";
}

} // namespace coro
