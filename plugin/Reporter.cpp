//===- Reporter.cpp -------------------------------------------------------===//
#include "Reporter.h"

#include "clang/Basic/DiagnosticSema.h"
#include "clang/Frontend/CompilerInstance.h"

using namespace clang;

namespace coro {

// A default-on warning that sits directly in the `coroutine` group on every
// supported version (checked with diagtool on 14, 15, 16, 19 and 22). Its
// level at a location is the level -Wcoroutine has there.
static constexpr unsigned ProxyDiag =
    diag::warn_coroutine_handle_address_invalid_return_type;

Reporter::Reporter(CompilerInstance &CI)
    : Diags(CI.getDiagnostics()), SM(CI.getSourceManager()),
      ShowOptionNames(CI.getDiagnosticOpts().ShowOptionNames) {}

DiagnosticsEngine::Level Reporter::levelAt(SourceLocation Loc) const {
  return Diags.getDiagnosticLevel(ProxyDiag, Loc);
}

bool Reporter::enabledAt(SourceLocation Loc) const {
  return levelAt(Loc) != DiagnosticsEngine::Ignored;
}

DiagnosticBuilder Reporter::warn(SourceLocation Loc, StringRef Check,
                                 StringRef Format) {
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
  std::string Text = Format.str();
  if (ShowOptionNames)
    Text += (L == DiagnosticIDs::Warning ? " [-Wcoroutine," : " [-Werror,-Wcoroutine,") +
            Check.str() + "]";
  return custom(L, Loc, Text);
}

DiagnosticBuilder Reporter::note(SourceLocation Loc, StringRef Format) {
  return custom(DiagnosticIDs::Note, Loc, Format);
}

DiagnosticBuilder Reporter::error(SourceLocation Loc, StringRef Format) {
  return custom(DiagnosticIDs::Error, Loc, Format);
}

DiagnosticBuilder Reporter::custom(DiagnosticIDs::Level L, SourceLocation Loc,
                                   StringRef Text) {
  return Diags.Report(Loc, Diags.getDiagnosticIDs()->getCustomDiagID(L, Text));
}

} // namespace coro
