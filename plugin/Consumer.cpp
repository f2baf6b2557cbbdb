//===- Consumer.cpp -------------------------------------------------------===//
#include "Consumer.h"

#include "CheckRegistry.h"
#include "Reporter.h"
#include "Walker.h"
#include "facts/FactsWriter.h"

#include "clang/Frontend/CompilerInstance.h"
#include "llvm/Support/TimeProfiler.h"

using namespace clang;

namespace coro {

bool Consumer::HandleTopLevelDecl(DeclGroupRef DG) {
  for (Decl *D : DG)
    Macros->attachMarkers(*Ctx, D);
  return true;
}

void Consumer::HandleTagDeclDefinition(TagDecl *D) {
  Macros->attachMarkers(*Ctx, D);
}

void Consumer::HandleTranslationUnit(ASTContext &Ctx) {
  // Broken code gets clang's errors, not guesses about half-built ASTs.
  if (CI.getDiagnostics().hasUncompilableErrorOccurred())
    return;
  llvm::TimeTraceScope Scope("coroplugin");
  resetTwinIndex();
  Reporter R(CI);
  std::vector<std::unique_ptr<Check>> Checks;
  llvm::ArrayRef<CheckInfo> All = allChecks();
  for (size_t I = 0; I < All.size(); ++I)
    if (I < Opts.EnabledChecks.size() && Opts.EnabledChecks[I])
      Checks.push_back(All[I].Make(R, All[I].Name));
  if (!Opts.FactsDir.empty())
    Checks.push_back(makeFactsWriter(R, CI, Opts.FactsDir));
  walkTranslationUnit(Ctx, Checks, *Macros, R,
                      CI.getDiagnostics().getSuppressSystemWarnings());
}

} // namespace coro
