//===- Consumer.cpp -------------------------------------------------------===//
#include "Consumer.h"

#include "CheckRegistry.h"
#include "DeclarationWalk.h"
#include "FixExport.h"
#include "Reporter.h"
#include "facts/FactsWriter.h"
#include "facts/MarkerScope.h"
#include "facts/ObjectFacts.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/TimeProfiler.h"

#include <optional>

using namespace clang;

namespace coro {

Consumer::Consumer(CompilerInstance &CI, Options O,
                   std::shared_ptr<MacroIndex> Macros)
    : CI(CI), Opts(std::move(O)), Macros(std::move(Macros)) {
  if (Opts.FactsDir.empty() && !Opts.FactsInObject)
    return;
  MacroScope = std::make_shared<MarkerScope>();
  CI.getPreprocessor().addPPCallbacks(
      std::make_unique<MarkerScopeRecorder>(MacroScope, CI.getPreprocessor()));
}

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
  // Broken code gets clang's errors and the marker diagnostics, which judge
  // declarations alone, not guesses about half-built bodies.
  runChecks(Ctx, Export ? &*Export : nullptr,
            CI.getDiagnostics().hasUncompilableErrorOccurred());
  if (Export)
    Export->write();
}

void Consumer::runChecks(ASTContext &Ctx, FixExporter *Export, bool Broken) {
  llvm::TimeTraceScope Scope("coroplugin");
  Reporter R(CI);
  MarkerCache Markers;
  R.exportFixesTo(Export);
  R.errorChecks(Opts.ErrorChecks);
  if (!Opts.Baseline.empty())
    R.useBaseline(Opts.Baseline);
  bool InObject = Opts.FactsInObject && compileWritesObject(CI);
  // The facts record what the compile did not show too (a default check
  // that checks= disabled runs, silenced), so that the report does not
  // warn about it.
  bool Record = !Broken && (!Opts.FactsDir.empty() || InObject);
  if (Record)
    R.recordFindings();
  CheckList Checks;
  llvm::ArrayRef<CheckInfo> All = allChecks();
  for (size_t I = 0; I < All.size(); ++I) {
    bool On = I < Opts.EnabledChecks.size() && Opts.EnabledChecks[I];
    if (!On && !(Record && All[I].EnabledByDefault))
      continue;
    if (!On)
      R.silence(All[I].Name);
    Checks.push_back(All[I].Make(R, Markers, All[I].Name));
    if (Broken && !Checks.back()->judgesBrokenUnits())
      Checks.pop_back();
  }
  if (Broken) { // no facts either: the unit is not linked
    CheckSet Set(std::move(Checks), *Macros, R);
    if (!Set.empty())
      walkDeclarations(Ctx, Set, Markers, R,
                       CI.getDiagnostics().getSuppressSystemWarnings());
    return;
  }
  if (Record)
    Checks.push_back(
        makeFactsWriter(R, Markers, CI, *MacroScope, Opts.FactsDir, InObject));
  CheckSet Set(std::move(Checks), *Macros, R);
  walkTranslationUnit(Ctx, Set, Markers, R,
                      CI.getDiagnostics().getSuppressSystemWarnings());
}

} // namespace coro
