//===- ChainedConsumer.h - a consumer in front of the diagnostics client --===//
//
// The fix-it export and the facts' finding log must see each diagnostic as
// the user sees it (after -w, pragmas and -Wno-coroutine), with its formatted
// text and fix-its, which exist only on the way to the client. So each stands
// in front of the engine's client while the checks run and passes everything
// on; the client (and its ownership) is given back on destruction.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_CHAINEDCONSUMER_H
#define COROPLUGIN_CHAINEDCONSUMER_H

#include "clang/Basic/Diagnostic.h"

#include <memory>

namespace coro {

class ChainedConsumer : public clang::DiagnosticConsumer {
public:
  /// Puts itself in front of Diags' client until destroyed.
  explicit ChainedConsumer(clang::DiagnosticsEngine &Diags)
      : Diags(Diags), Next(Diags.getClient()) {
    OwnedNext = Diags.takeClient(); // null when the engine does not own it
    Diags.setClient(this, /*ShouldOwnClient=*/false);
  }
  ~ChainedConsumer() override {
    Diags.setClient(Next, /*ShouldOwnClient=*/OwnedNext != nullptr);
    OwnedNext.release();
  }

  bool IncludeInDiagnosticCounts() const override {
    return Next->IncludeInDiagnosticCounts();
  }
  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *PP) override {
    Next->BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Next->EndSourceFile(); }
  void finish() override { Next->finish(); }

protected:
  clang::DiagnosticsEngine &Diags;
  clang::DiagnosticConsumer *Next;

private:
  std::unique_ptr<clang::DiagnosticConsumer> OwnedNext;
};

} // namespace coro

#endif
