//===- Reporter.cpp -------------------------------------------------------===//
#include "Reporter.h"

#include "FixExport.h"

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
  return levelAt(At) != DiagnosticsEngine::Ignored;
}

Finding Reporter::report(SourceLocation Loc, StringRef Check,
                         StringRef Format) {
  SourceLocation At = shownAt(Loc);
  bool Moved = At.isValid() && At != Loc;
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
  case DiagnosticsEngine::Error:
    L = DiagnosticIDs::Error;
    break;
  case DiagnosticsEngine::Fatal:
    L = DiagnosticIDs::Fatal;
    break;
  default:
    break;
  }
  if (ShowOptionNames)
    Text += (L == DiagnosticIDs::Warning ? " [-Wcoroutine," : " [-Werror,-Wcoroutine,") +
            Check.str() + "]";
  if (Export)
    Export->expect(Check);
  return Finding(*this, custom(L, Loc, Text), !Moved);
}

DiagnosticBuilder Reporter::custom(DiagnosticIDs::Level L, SourceLocation Loc,
                                   StringRef Text) {
  return Diags.Report(Loc, Diags.getDiagnosticIDs()->getCustomDiagID(L, Text));
}

Finding &Finding::fixIt(const FixItHint &H) {
  assert(Warning && "fix-its come before the notes");
  if (FixItsAllowed)
    *Warning << H;
  return *this;
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

void Finding::fixIts(const std::vector<FixItHint> &Hints, Marker M) {
  // A declaration read before the macro's #define (a header included ahead
  // of the one defining it) cannot take it; the others alone would leave
  // the declarations disagreeing.
  for (const FixItHint &H : Hints)
    if (!R.spellsAt(M, H.RemoveRange.getBegin()))
      return;
  for (const FixItHint &H : Hints)
    fixIt(H);
}

DiagnosticBuilder Finding::note(SourceLocation Loc, StringRef Format) {
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
