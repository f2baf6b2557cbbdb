//===- ExportFixes.cpp - --export-fixes: the plan as clang-tidy YAML ------===//
//
// One diagnostic per fix, with its edits as replacements, then the plugin's
// per-unit diagnostics (--merge-fixes=DIR): the one file is the whole patch.
// The per-unit ones are filtered, because a unit cannot see what the report
// sees: the coroutine-caller fix-it marks a caller whose address, in another
// unit or later in the same one, escapes into a pointer that is not
// coroutine_fn. A per-unit diagnostic that inserts a marker into a function
// the plan left for a decision is dropped whole. An edit written once is not
// written again (a header prototype that several units or fixes mark), so
// that the file applies cleanly.
//
//===----------------------------------------------------------------------===//
#include "FixPlan.h"
#include "facts/FixesFormat.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace report {

namespace {

using Key = std::tuple<std::string, unsigned, unsigned, std::string>;

class Writer {
public:
  Writer(const Graph &G, const FixPlan &P) : G(G) {
    for (uint32_t Fn = 0; Fn < P.Undecided.size(); ++Fn)
      if (P.Undecided[Fn])
        for (const MarkerSite &S : G.fn(Fn).Sites)
          Undecided.insert({G.F.Files[S.At.File], S.At.Offset});
  }

  void add(const Fix &X) {
    coro::ExportedDiagnostic D;
    D.DiagnosticName = std::string("coroutine-report,") + X.Kind;
    D.Level = "Warning";
    D.DiagnosticMessage.Message = X.Message;
    for (const Edit &E : X.Edits)
      D.DiagnosticMessage.Replacements.push_back(
          {G.F.Files[E.At.File], E.At.Offset, E.At.Length, E.Text});
    add(std::move(D));
  }

  /// The plugin's per-unit files in Dir; false when one cannot be read.
  bool addUnits(llvm::StringRef Dir, llvm::StringRef Except) {
    std::vector<std::string> Paths;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
         I.increment(EC))
      if (llvm::sys::path::extension(I->path()) == ".yaml" &&
          !llvm::sys::fs::equivalent(I->path(), Except))
        Paths.push_back(I->path());
    if (EC)
      return fail(Dir, EC.message());
    std::sort(Paths.begin(), Paths.end());
    for (const std::string &Path : Paths) {
      auto Buf = llvm::MemoryBuffer::getFile(Path);
      coro::ExportedFixes Unit;
      if (!Buf)
        return fail(Path, Buf.getError().message());
      if (!coro::readFixes((*Buf)->getBuffer(), Unit))
        return fail(Path, "not an export-fixes YAML file");
      for (coro::ExportedDiagnostic &D : Unit.Diagnostics)
        if (std::none_of(D.DiagnosticMessage.Replacements.begin(),
                         D.DiagnosticMessage.Replacements.end(),
                         [&](const coro::ExportedReplacement &R) {
                           return R.Length == 0 &&
                                  Undecided.count({R.FilePath, R.Offset});
                         }))
          add(std::move(D));
    }
    return true;
  }

  bool write(llvm::StringRef Path) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
    if (EC)
      return fail(Path, EC.message());
    coro::writeFixes(OS, Out);
    return true;
  }

private:
  void add(coro::ExportedDiagnostic D) {
    auto &Reps = D.DiagnosticMessage.Replacements;
    Reps.erase(std::remove_if(Reps.begin(), Reps.end(),
                              [&](const coro::ExportedReplacement &R) {
                                return !Written
                                            .insert({R.FilePath, R.Offset,
                                                     R.Length, R.ReplacementText})
                                            .second;
                              }),
               Reps.end());
    if (Reps.empty())
      return;
    if (D.DiagnosticMessage.FilePath.empty()) {
      D.DiagnosticMessage.FilePath = Reps[0].FilePath;
      D.DiagnosticMessage.FileOffset = Reps[0].Offset;
    }
    Out.Diagnostics.push_back(std::move(D));
  }

  static bool fail(llvm::StringRef Path, llvm::StringRef Why) {
    llvm::errs() << "coroplugin-report: error: --export-fixes: '" << Path
                 << "': " << Why << "\n";
    return false;
  }

  const Graph &G;
  std::set<std::pair<std::string, unsigned>> Undecided; // marker sites
  std::set<Key> Written;
  coro::ExportedFixes Out;
};

} // namespace

bool exportFixes(const Graph &G, const FixPlan &P, llvm::StringRef Path,
                 llvm::StringRef UnitFixes) {
  Writer W(G, P);
  for (const Fix &X : P.Fixes)
    W.add(X);
  if (!UnitFixes.empty() && !W.addUnits(UnitFixes, Path))
    return false;
  return W.write(Path);
}

} // namespace report
