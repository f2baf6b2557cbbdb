//===- Reporter.h - diagnostics that obey the user's -Wcoroutine flags ----===//
//
// Plugin diagnostics made with getCustomDiagID ignore -Werror, -w, pragmas and
// system headers. Before each report the Reporter asks clang which level a
// built-in warning of the `coroutine` group would get at that location and
// emits at exactly that level, so every flag, pragma and system-header rule
// that applies to -Wcoroutine applies to the plugin, on every Clang version.
//
// Nothing is reported in generated code (GeneratedCode.h). A finding in the
// body of a generated function that has a hand-written declaration (the
// co_wrapper prototype block-coroutine-wrapper.py read) is reported there
// instead, once per declaration and without fix-its.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORTER_H
#define COROPLUGIN_REPORTER_H

#include "FixIts.h"
#include "GeneratedCode.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class CompilerInstance;
}

namespace coro {

class FixExporter;

class Reporter {
public:
  explicit Reporter(clang::CompilerInstance &CI);

  /// True when a -Wcoroutine warning at Loc would be shown.
  bool enabledAt(clang::SourceLocation Loc);

  /// The function whose body is walked (null: none), whose hand-written
  /// declaration takes the findings of its generated body.
  void enterBody(const clang::FunctionDecl *F) { Body = F; }
  /// Whether Loc is in a generated file.
  bool inGeneratedCode(clang::SourceLocation Loc) {
    return Generated.contains(Loc);
  }

  /// A warning of check Check, promoted or suppressed as -Wcoroutine would
  /// be. Callers test enabledAt(Loc) first: the notes that follow must be
  /// dropped with a suppressed warning.
  clang::DiagnosticBuilder warn(clang::SourceLocation Loc, llvm::StringRef Check,
                                llvm::StringRef Format);
  clang::DiagnosticBuilder note(clang::SourceLocation Loc,
                                llvm::StringRef Format);

  /// Tells E which warnings are the plugin's (export-fixes=DIR).
  void exportFixesTo(FixExporter *E) { Export = E; }

  /// Fix-its shared by all checks, so no two insert the same marker twice.
  FixItOnce &fixIts() { return Fixes; }

private:
  /// Where a finding at Loc is shown: Loc itself, the declaration a generator
  /// read, or nowhere (invalid).
  clang::SourceLocation shownAt(clang::SourceLocation Loc);
  clang::DiagnosticsEngine::Level levelAt(clang::SourceLocation Loc) const;
  clang::DiagnosticBuilder custom(clang::DiagnosticIDs::Level L,
                                  clang::SourceLocation Loc,
                                  llvm::StringRef Text);

  clang::DiagnosticsEngine &Diags;
  const clang::SourceManager &SM;
  bool ShowOptionNames;
  FixItOnce Fixes;
  FixExporter *Export = nullptr;
  GeneratedFiles Generated;
  const clang::FunctionDecl *Body = nullptr;
  /// Declarations that already show a finding of generated code.
  llvm::DenseSet<clang::SourceLocation> ShownForGenerated;
};

} // namespace coro

#endif
