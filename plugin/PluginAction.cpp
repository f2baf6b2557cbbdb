//===- PluginAction.cpp - the plugin's entry point ------------------------===//
//
// `-fplugin=libcoroplugin.so` is all a build needs: the action adds itself
// before the main action of every compile.
//
//===----------------------------------------------------------------------===//
#include "Consumer.h"
#include "MacroIndex.h"
#include "Options.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace coro {
namespace {

class CoroPluginAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    Preprocessor &PP = CI.getPreprocessor();
    // Lets headers test for the plugin on every version: __has_attribute()
    // sees plugin attributes only from Clang 19 on.
    PP.setPredefines(PP.getPredefines() +
                     "#define __COROPLUGIN__ " COROPLUGIN_VERSION_NUMBER "\n");
    auto Macros = std::make_shared<MacroIndex>(
        CI.getSourceManager(), CI.getLangOpts(), Opts.MacroMarkers,
        Opts.AllowedMacros);
    PP.addPPCallbacks(std::make_unique<MacroRecorder>(Macros, PP));
    return std::make_unique<Consumer>(CI, Opts, std::move(Macros));
  }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    std::string Error;
    if (!Options::parse(Args, Opts, Error)) {
      DiagnosticsEngine &D = CI.getDiagnostics();
      D.Report(D.getCustomDiagID(DiagnosticsEngine::Error, "coroplugin: %0"))
          << Error;
      return false;
    }
    if (Opts.Version)
      llvm::outs() << versionText();
    if (Opts.Help)
      llvm::outs() << helpText();
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  Options Opts;
};

} // namespace
} // namespace coro

static clang::FrontendPluginRegistry::Add<coro::CoroPluginAction>
    RegisterAction("coroplugin", "check QEMU coroutine annotations");
