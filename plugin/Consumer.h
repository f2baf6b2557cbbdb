//===- Consumer.h - runs the checks on a parsed translation unit ---------===//
#ifndef COROPLUGIN_CONSUMER_H
#define COROPLUGIN_CONSUMER_H

#include "MacroIndex.h"
#include "Options.h"

#include "clang/AST/ASTConsumer.h"

#include <memory>

namespace clang {
class CompilerInstance;
}

namespace coro {

class FixExporter;
struct MarkerScope;

/// Runs before code generation (the action is AddBeforeMainAction), so a
/// warning made an error stops the object file from being written. It owns
/// everything it needs: the action that made it is gone by then.
class Consumer : public clang::ASTConsumer {
public:
  /// Call before the preprocessor runs: with facts on, it records where
  /// the marker macros are defined (facts/MarkerScope.h).
  Consumer(clang::CompilerInstance &CI, Options Opts,
           std::shared_ptr<MacroIndex> Macros);

  void Initialize(clang::ASTContext &C) override { Ctx = &C; }
  // Marker macros are mapped as declarations arrive, so that redeclarations
  // parsed later inherit the markers like any attribute.
  bool HandleTopLevelDecl(clang::DeclGroupRef DG) override;
  void HandleTagDeclDefinition(clang::TagDecl *D) override;
  void HandleTranslationUnit(clang::ASTContext &Ctx) override;

private:
  /// Broken: the unit has errors; only declaration checks run.
  void runChecks(clang::ASTContext &Ctx, FixExporter *Export, bool Broken);

  clang::ASTContext *Ctx = nullptr;
  clang::CompilerInstance &CI;
  Options Opts;
  std::shared_ptr<MacroIndex> Macros;
  std::shared_ptr<MarkerScope> MacroScope; // with facts on
};

} // namespace coro

#endif
