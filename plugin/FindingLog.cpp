//===- FindingLog.cpp -----------------------------------------------------===//
#include "FindingLog.h"

#include "llvm/ADT/SmallString.h"

using namespace clang;

namespace coro {

void FindingLog::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                  const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  // Before the client sees it: a client may report diagnostics of its own
  // (-Xclang -fixit's "FIX-IT applied"), which reuse the engine's state
  // that Info reads.
  if (Level != DiagnosticsEngine::Note && Expected) {
    std::string *Into = Expected;
    Expected = nullptr;
    if (Info.getID() >= diag::DIAG_UPPER_LIMIT) { // not "too many errors"
      SmallString<256> Text;
      Info.FormatDiagnostic(Text);
      StringRef Message = Text;
      size_t Tag = Message.rfind(" [");
      if (Tag != StringRef::npos && Message.back() == ']')
        Message = Message.take_front(Tag);
      *Into = Message.str();
    }
  }
  Next->HandleDiagnostic(Level, Info);
}

} // namespace coro
