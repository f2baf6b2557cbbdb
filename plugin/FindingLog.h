//===- FindingLog.h - the messages of the findings the facts record -------===//
//
// The facts record each finding of the unit with its message (the report
// prints it). A message exists only once clang formats it for its client, so
// while the checks run the log stands in front of the client, like the
// FixExporter, and keeps the text of the plugin warning the Reporter said
// comes next.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FINDINGLOG_H
#define COROPLUGIN_FINDINGLOG_H

#include "clang/Basic/Diagnostic.h"

#include <memory>
#include <string>

namespace coro {

class FindingLog : public clang::DiagnosticConsumer {
public:
  /// Puts itself in front of Diags' client until destroyed.
  explicit FindingLog(clang::DiagnosticsEngine &Diags);
  ~FindingLog() override;

  /// The next plugin warning or error that reaches the client goes into
  /// *Into, without its " [-Wcoroutine,<check>]" tag.
  void expect(std::string *Into) { Expected = Into; }

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;
  bool IncludeInDiagnosticCounts() const override {
    return Next->IncludeInDiagnosticCounts();
  }
  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *PP) override {
    Next->BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Next->EndSourceFile(); }
  void finish() override { Next->finish(); }

private:
  clang::DiagnosticsEngine &Diags;
  clang::DiagnosticConsumer *Next;
  std::unique_ptr<clang::DiagnosticConsumer> OwnedNext;
  std::string *Expected = nullptr;
};

} // namespace coro

#endif
