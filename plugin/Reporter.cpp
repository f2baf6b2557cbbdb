//===- Reporter.cpp -------------------------------------------------------===//
#include "Reporter.h"

#include "CheckRegistry.h"
#include "Compat.h"
#include "FixExport.h"
#include "format/Baseline.h"
#include "format/FactsFormat.h"

#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace coro {

// A default-on warning that sits directly in the `coroutine` group on every
// supported version (checked with diagtool on 14, 15, 16, 19 and 22). Its
// level at a location is the level -Wcoroutine has there.
static constexpr unsigned ProxyDiag =
    diag::warn_coroutine_handle_address_invalid_return_type;

static std::string workingDirectory(CompilerInstance &CI) {
  if (!CI.getFileSystemOpts().WorkingDir.empty())
    return CI.getFileSystemOpts().WorkingDir;
  auto Cwd = CI.getFileManager().getVirtualFileSystem().getCurrentWorkingDirectory();
  return Cwd ? *Cwd : std::string();
}

Reporter::Reporter(CompilerInstance &CI)
    : Diags(CI.getDiagnostics()), SM(CI.getSourceManager()),
      PP(CI.getPreprocessor()), ShowOptionNames(CI.getDiagnosticOpts().ShowOptionNames),
      Generated(CI.getSourceManager(), workingDirectory(CI)) {}

DiagnosticsEngine::Level Reporter::levelAt(SourceLocation Loc) const {
  return Diags.getDiagnosticLevel(ProxyDiag, Loc);
}

SourceLocation Reporter::shownAt(SourceLocation Loc) {
  if (!Generated.contains(Loc))
    return Loc;
  if (!Body)
    return {};
  // The earliest declaration is the header's prototype when there is one.
  SourceLocation First;
  for (const FunctionDecl *D : Body->redecls())
    if (!Generated.contains(D->getLocation()) &&
        (First.isInvalid() ||
         SM.isBeforeInTranslationUnit(D->getLocation(), First)))
      First = D->getLocation();
  return First;
}

bool Reporter::enabledAt(SourceLocation Loc) {
  SourceLocation At = shownAt(Loc);
  if (At.isInvalid() || (At != Loc && ShownForGenerated.count(At)))
    return false;
  return Recording || levelAt(At) != DiagnosticsEngine::Ignored;
}

void Reporter::recordFindings() {
  Recording = true;
  Log.emplace(Diags);
}

StringRef Reporter::suppressedBy(SourceLocation Loc, StringRef Check) const {
  if (Allowed)
    return suppressions::AllowMacro;
  if (Silenced.count(Check.str()))
    return suppressions::CheckDisabled;
  if (levelAt(Loc) != DiagnosticsEngine::Ignored)
    return "";
  // Ignored here but not by the command line (as at the main file's first
  // character, which no pragma precedes): a pragma, or the rule that hides
  // warnings in system headers.
  if (levelAt(SM.getLocForStartOfFile(SM.getMainFileID())) !=
      DiagnosticsEngine::Ignored)
    return SM.isInSystemHeader(SM.getExpansionLoc(Loc)) ? suppressions::SystemHeader
                                                        : suppressions::Pragma;
  return suppressions::Flags;
}

bool Reporter::inBaseline(StringRef Check, const Subject &About) {
  if (BaselinePath.empty())
    return false;
  if (!Baseline) {
    Baseline.emplace();
    std::string Error;
    if (!readBaseline(BaselinePath, *Baseline, Error))
      Diags.Report(Diags.getCustomDiagID(DiagnosticsEngine::Error, "coroplugin: %0"))
          << Error;
  }
  return Baseline->take(
      findingKey(compileKeyKind(Check), {About.Function, About.Object}));
}

Finding Reporter::report(SourceLocation Loc, StringRef Check,
                         const Subject &About, StringRef Format) {
  if (!enabledAt(Loc))
    return Finding(*this);
  SourceLocation At = shownAt(Loc); // valid: enabledAt() said so
  if (Recording) {
    StringRef Why = suppressedBy(At, Check);
    Recorded.push_back({Check.str(), About, At, Why.empty(), Why, ""});
    if (!Why.empty())
      return Finding(*this);
    Log->expect(&Recorded.back().Message);
  }
  bool Moved = At != Loc;
  std::string Text = Format.str();
  if (Moved) {
    ShownForGenerated.insert(At);
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
    if (P.isValid()) {
      std::string Where = (llvm::Twine(P.getFilename()) + ":" +
                           llvm::Twine(P.getLine()))
                              .str();
      // A file name is not a format string.
      std::string Escaped;
      for (char C : Where)
        Escaped += C == '%' ? std::string("%%") : std::string(1, C);
      Text += " (in code generated from this declaration, at " + Escaped + ")";
    }
    Loc = At;
  }
  DiagnosticIDs::Level L = DiagnosticIDs::Warning;
  switch (levelAt(Loc)) {
  case DiagnosticsEngine::Warning:
    // werror=CHECK is the more specific flag, as -Werror=<subgroup> is in
    // clang: -Wno-error=coroutine does not lower it. The level alone cannot
    // tell a `#pragma clang diagnostic warning` from no -Werror, so that
    // pragma does not lower it either (docs/werror.md).
    if (ErrorChecks.count(Check))
      L = DiagnosticIDs::Error;
    break;
  case DiagnosticsEngine::Error:
    L = DiagnosticIDs::Error;
    break;
  case DiagnosticsEngine::Fatal:
    L = DiagnosticIDs::Fatal;
    break;
  default:
    break;
  }
  if (L != DiagnosticIDs::Warning && inBaseline(Check, About))
    L = DiagnosticIDs::Warning;
  if (ShowOptionNames)
    Text += (L == DiagnosticIDs::Warning ? " [-Wcoroutine," : " [-Werror,-Wcoroutine,") +
            Check.str() + "]";
  if (Export)
    Export->expect(Check);
  return Finding(*this, custom(L, Loc, Text), !Moved);
}

DiagnosticBuilder Reporter::dropped(StringRef Text) {
  unsigned ID = Diags.getDiagnosticIDs()->getCustomDiagID(DiagnosticIDs::Ignored, Text);
  // Without a location it stands in the current diagnostic state, the one
  // the mapping goes into.
  if constexpr (compat::CustomDiagnosticsHaveMappings)
    Diags.setSeverity(ID, diag::Severity::Ignored, SourceLocation());
  return Diags.Report(SourceLocation(), ID);
}

DiagnosticBuilder Reporter::custom(DiagnosticIDs::Level L, SourceLocation Loc,
                                   StringRef Text) {
  return Diags.Report(Loc, Diags.getDiagnosticIDs()->getCustomDiagID(L, Text));
}

Finding &Finding::fixIt(const FixItHint &H) {
  assert((Warning || Dropped) && "fix-its come before the notes");
  if (FixItsAllowed)
    *Warning << H;
  return *this;
}

void Reporter::errorChecks(const std::vector<bool> &Flags) {
  llvm::ArrayRef<CheckInfo> All = allChecks();
  for (size_t I = 0; I < All.size() && I < Flags.size(); ++I)
    if (Flags[I])
      ErrorChecks.insert(All[I].Name);
}

bool Reporter::spells(Marker M) const {
  return PP.isMacroDefined(markerName(M));
}

bool Reporter::spellsAt(Marker M, SourceLocation Loc) const {
  return PP.getMacroDefinitionAtLoc(PP.getIdentifierInfo(markerName(M)), Loc)
             .getMacroInfo() != nullptr;
}

Finding &Finding::insertMarker(const FunctionDecl *FD, Marker M) {
  if (FixItsAllowed && R.spells(M))
    fixIts(R.Fixes.insert(FD, M), M);
  return *this;
}

Finding &Finding::insertMarkerEverywhere(const FunctionDecl *FD, Marker M) {
  if (FixItsAllowed && R.spells(M))
    fixIts(R.Fixes.insertEverywhere(FD, M), M);
  return *this;
}

bool Reporter::spellsEverywhere(const std::vector<FixItHint> &Hints,
                                Marker M) const {
  // A declaration read before the macro's #define (a header included ahead
  // of the one defining it) cannot take it; the others alone would leave
  // the declarations disagreeing.
  for (const FixItHint &H : Hints)
    if (!spellsAt(M, H.RemoveRange.getBegin()))
      return false;
  return true;
}

void Finding::fixIts(const std::vector<FixItHint> &Hints, Marker M) {
  if (!R.spellsEverywhere(Hints, M))
    return;
  for (const FixItHint &H : Hints)
    fixIt(H);
}

Finding &Finding::suggestMarkerEverywhere(const FunctionDecl *FD, Marker M) {
  if (!FixItsAllowed || !R.spells(M))
    return *this;
  std::vector<FixItHint> Hints = R.Fixes.insertEverywhere(FD, M);
  if (Hints.empty() || !R.spellsEverywhere(Hints, M))
    return *this;
  DiagnosticBuilder Note = note(FD->getLocation(), "mark %q0 '%1'");
  Note << FD << markerName(M);
  for (const FixItHint &H : Hints)
    Note << H;
  return *this;
}

DiagnosticBuilder Finding::note(SourceLocation Loc, StringRef Format) {
  // An ignored diagnostic, which clang drops, for the notes of a finding the
  // compile does not show.
  if (Dropped)
    return R.dropped(Format);
  // Clang shows a note under the diagnostic emitted last.
  Warning.reset();
  return R.custom(DiagnosticIDs::Note, Loc, Format);
}

Finding &Finding::markerNote(const NamedDecl *D, Marker M) {
  if (!D)
    return *this;
  const NamedDecl *Carrier = declCarrying(D, M);
  note(Carrier->getLocation(), "%select{|typedef }0%q1 is declared '%2' here")
      << isa<TypedefNameDecl>(Carrier) << Carrier << markerName(M);
  return *this;
}

Finding &Finding::declarationNote(const NamedDecl *D) {
  note(D->getLocation(), "%q0 is declared here") << D;
  return *this;
}

} // namespace coro
