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

#include "FindingLog.h"
#include "FixIts.h"
#include "GeneratedCode.h"
#include "format/FindingKey.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <deque>
#include <optional>
#include <set>
#include <vector>

namespace clang {
class CompilerInstance;
}

namespace clang {
class Preprocessor;
}

namespace coro {

class FixExporter;
class Reporter;

/// What a finding is about, for its baseline key (facts/FindingKey.h) and the
/// facts: the function it is in or about, and the callee, field, marker or
/// other declaration besides. Names, never locations, so that the key
/// survives edits elsewhere (Check.h's subjectName() makes them).
struct Subject {
  std::string Function, Object;
};

/// One finding: a warning, its fix-its, then its notes, in that order. Every
/// check words the declaration that carries a marker through markerNote(),
/// and every fix-it passes fixIt(). The warning is emitted with the first
/// note, or when the Finding goes out of scope.
class Finding {
public:
  Finding(Finding &&Other)
      : R(Other.R), Warning(std::move(Other.Warning)),
        FixItsAllowed(Other.FixItsAllowed), Dropped(Other.Dropped) {
    Other.Warning.reset();
  }
  Finding &operator=(Finding &&) = delete;

  /// The next message argument: a declaration (clang quotes it; %q0 prints
  /// it qualified), a string, a number, or the range to underline.
  template <typename T> Finding &operator<<(const T &V) {
    if (Warning)
      *Warning << V;
    return *this;
  }

  /// Inserts marker M into FD, unless an earlier finding suggested it.
  Finding &insertMarker(const clang::FunctionDecl *FD, Marker M);
  /// The same in every declaration of FD a reader would edit: the header's
  /// prototype as well as the definition.
  Finding &insertMarkerEverywhere(const clang::FunctionDecl *FD, Marker M);
  /// Any other edit. Dropped, as all fix-its, from a finding shown at the
  /// declaration a generator read: the generator, not an edit, decides that
  /// code.
  Finding &fixIt(const clang::FixItHint &H);
  /// Hints, the insertions of marker M, all or none.
  void fixIts(const std::vector<clang::FixItHint> &Hints, Marker M);
  /// A note "mark 'f' 'coroutine_fn'" at FD that carries the insertions of
  /// marker M into every declaration of FD a reader would edit: a fix the
  /// finding suggests but that is not the one obviously intended (clang
  /// keeps those off the warning). Nothing when there is no such edit
  /// (insertMarker()'s conditions).
  Finding &suggestMarkerEverywhere(const clang::FunctionDecl *FD, Marker M);

  /// "'f' is declared 'coroutine_fn' here", "typedef 'CoroutineEntry' is
  /// declared 'coroutine_fn' here": at the declaration that gives D marker M.
  /// Nothing when D is null.
  Finding &markerNote(const clang::NamedDecl *D, Marker M);
  /// "'f' is declared here".
  Finding &declarationNote(const clang::NamedDecl *D);
  /// Any other note; its arguments follow as for the warning.
  clang::DiagnosticBuilder note(clang::SourceLocation Loc,
                                llvm::StringRef Format);

private:
  friend class Reporter;
  Finding(Reporter &R, clang::DiagnosticBuilder Warning, bool FixItsAllowed)
      : R(R), Warning(std::in_place, Warning), FixItsAllowed(FixItsAllowed) {}
  /// A finding the compile does not show: no warning, no fix-its, and notes
  /// that clang drops.
  explicit Finding(Reporter &R) : R(R), FixItsAllowed(false), Dropped(true) {}

  Reporter &R;
  std::optional<clang::DiagnosticBuilder> Warning;
  bool FixItsAllowed;
  bool Dropped = false;
};

/// A finding as the facts record it (docs/facts-format.md, "findings").
struct RecordedFinding {
  std::string Check;
  Subject About;
  clang::SourceLocation At;
  bool Shown = false;
  llvm::StringRef SuppressedBy; // a coro::suppressions word when not shown
  std::string Message;          // when shown
};

class Reporter {
public:
  explicit Reporter(clang::CompilerInstance &CI);

  /// True when a -Wcoroutine warning at Loc would be shown, or, while
  /// findings are recorded, could be reported at all (not in generated code):
  /// then report() records the ones the compile does not show. report()
  /// asks it itself; a check asks first only to skip costly work.
  bool enabledAt(clang::SourceLocation Loc);

  /// Records every finding, shown or not, for the facts.
  void recordFindings();
  bool recording() const { return Recording; }
  /// While it lives (and Allowed), findings are recorded as suppressed by an
  /// allow macro: the walker hands the checks a call or conversion written
  /// inside one.
  class AllowedScope {
  public:
    AllowedScope(Reporter &R, bool Allowed) : R(R), Saved(R.Allowed) {
      R.Allowed = Allowed;
    }
    ~AllowedScope() { R.Allowed = Saved; }

  private:
    Reporter &R;
    bool Saved;
  };
  const std::deque<RecordedFinding> &recorded() const { return Recorded; }
  /// Findings of Check are recorded but not shown: a default check that
  /// checks= disabled, which still runs while findings are recorded.
  void silence(llvm::StringRef Check) { Silenced.insert(Check.str()); }
  /// The findings of the report Path (read at the first error) stay
  /// warnings under -Werror.
  void useBaseline(std::string Path) { BaselinePath = std::move(Path); }

  /// The function whose body is walked (null: none), whose hand-written
  /// declaration takes the findings of its generated body.
  void enterBody(const clang::FunctionDecl *F) { Body = F; }
  /// Whether Loc is in a generated file.
  bool inGeneratedCode(clang::SourceLocation Loc) {
    return Generated.contains(Loc);
  }

  /// A warning of check Check, promoted or suppressed as -Wcoroutine would
  /// be: the one way a diagnostic leaves the plugin. Where the compile does
  /// not show it (!enabledAt(Loc)), or while findings are recorded and
  /// something suppresses it, the finding is inert: no warning, no fix-its,
  /// notes that clang drops.
  Finding report(clang::SourceLocation Loc, llvm::StringRef Check,
                 const Subject &About, llvm::StringRef Format);
  /// The same with the message arguments, in order.
  template <typename... Args>
  Finding report(clang::SourceLocation Loc, llvm::StringRef Check,
                 const Subject &About, llvm::StringRef Format,
                 const Args &...Arguments) {
    Finding Found = report(Loc, Check, About, Format);
    (Found << ... << Arguments);
    return Found;
  }

  /// Whether the unit defines the macro that spells M (`coroutine_fn`): a
  /// marker is inserted only where the compile can read it back (QEMU 7.2
  /// has no `coroutine_mixed_fn`).
  bool spells(Marker M) const;
  /// Whether M's macro is defined at Loc: a header's declaration read before
  /// the header that defines it cannot take the marker.
  bool spellsAt(Marker M, clang::SourceLocation Loc) const;
  /// spellsAt() at every insertion of Hints.
  bool spellsEverywhere(const std::vector<clang::FixItHint> &Hints,
                        Marker M) const;

  /// The checks whose warnings are errors wherever they are shown
  /// (werror=<list>): one flag per entry of allChecks().
  void errorChecks(const std::vector<bool> &Flags);

  /// Tells E which warnings are the plugin's (export-fixes=DIR).
  void exportFixesTo(FixExporter *E) { Export = E; }

private:
  friend class Finding;
  /// Where a finding at Loc is shown: Loc itself, the declaration a generator
  /// read, or nowhere (invalid).
  clang::SourceLocation shownAt(clang::SourceLocation Loc);
  clang::DiagnosticsEngine::Level levelAt(clang::SourceLocation Loc) const;
  /// Why the compile does not show a finding of Check at Loc, or "".
  llvm::StringRef suppressedBy(clang::SourceLocation Loc, llvm::StringRef Check) const;
  /// Whether the baseline holds one more finding with this key.
  bool inBaseline(llvm::StringRef Check, const Subject &About);
  /// A diagnostic clang drops, for a note of a finding the compile does not
  /// show (-Weverything would show an ignored custom diagnostic in Clang 22).
  clang::DiagnosticBuilder dropped(llvm::StringRef Text);
  clang::DiagnosticBuilder custom(clang::DiagnosticIDs::Level L,
                                  clang::SourceLocation Loc,
                                  llvm::StringRef Text);

  clang::DiagnosticsEngine &Diags;
  const clang::SourceManager &SM;
  clang::Preprocessor &PP; // isMacroDefined() is not const
  bool ShowOptionNames;
  /// Several findings may suggest the same marker for the same declaration.
  FixItOnce Fixes;
  FixExporter *Export = nullptr;
  llvm::StringSet<> ErrorChecks;
  GeneratedFiles Generated;
  const clang::FunctionDecl *Body = nullptr;
  /// Declarations that already show a finding of generated code.
  llvm::DenseSet<clang::SourceLocation> ShownForGenerated;
  bool Recording = false;
  bool Allowed = false;
  std::deque<RecordedFinding> Recorded; // stable: the log writes into it
  std::optional<FindingLog> Log;
  std::set<std::string> Silenced;
  std::string BaselinePath;
  std::optional<KeyCounts> Baseline; // read at the first error
};

} // namespace coro

#endif
