//===- Consumer.cpp -------------------------------------------------------===//
#include "Consumer.h"

#include "CheckRegistry.h"
#include "FixExport.h"
#include "Reporter.h"
#include "Walker.h"
#include "facts/FactsWriter.h"
#include "facts/ObjectFacts.h"

#include "clang/Frontend/CompilerInstance.h"
#include "llvm/Support/TimeProfiler.h"

#include <optional>

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
  std::optional<FixExporter> Export;
  if (!Opts.ExportFixesDir.empty())
    Export.emplace(CI, Opts.ExportFixesDir);
  // Broken code gets clang's errors, not guesses about half-built ASTs; its
  // export file is empty, so no fix-it of an earlier compile outlives the
  // edit.
  if (!CI.getDiagnostics().hasUncompilableErrorOccurred())
    runChecks(Ctx, Export ? &*Export : nullptr);
  if (Export)
    Export->write();
}

void Consumer::runChecks(ASTContext &Ctx, FixExporter *Export) {
  llvm::TimeTraceScope Scope("coroplugin");
  resetTwinIndex();
  Reporter R(CI);
  R.exportFixesTo(Export);
  std::vector<std::unique_ptr<Check>> Checks;
  llvm::ArrayRef<CheckInfo> All = allChecks();
  for (size_t I = 0; I < All.size(); ++I)
    if (I < Opts.EnabledChecks.size() && Opts.EnabledChecks[I])
      Checks.push_back(All[I].Make(R, All[I].Name));
  bool InObject = Opts.FactsInObject && compileWritesObject(CI);
  if (!Opts.FactsDir.empty() || InObject)
    Checks.push_back(makeFactsWriter(R, CI, Opts.FactsDir, InObject));
  walkTranslationUnit(Ctx, Checks, *Macros, R,
                      CI.getDiagnostics().getSuppressSystemWarnings());
}

} // namespace coro
