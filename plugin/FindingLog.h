//===- FindingLog.h - the messages of the findings the facts record -------===//
//
// The facts record each finding of the unit with its message (the report
// prints it). A message exists only once clang formats it for its client, so
// while the checks run the log stands in front of the client, like the
// FixExporter (ChainedConsumer.h), and keeps the text of the plugin warning the Reporter said
// comes next.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FINDINGLOG_H
#define COROPLUGIN_FINDINGLOG_H

#include "ChainedConsumer.h"

#include <string>

namespace coro {

class FindingLog : public ChainedConsumer {
public:
  using ChainedConsumer::ChainedConsumer;

  /// The next plugin warning or error that reaches the client goes into
  /// *Into, without its " [-Wcoroutine,<check>]" tag.
  void expect(std::string *Into) { Expected = Into; }

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

private:
  std::string *Expected = nullptr;
};

} // namespace coro

#endif
