//===- ExportFixes.cpp - --export-fixes: the plan as clang-tidy YAML ------===//
//
// One diagnostic per fix, with its edits as replacements, then the plugin's
// per-unit diagnostics (--merge-fixes=DIR): the one file is the whole patch.
// The per-unit ones are filtered, because a unit cannot see what the report
// sees: the coroutine-caller fix-it marks a caller whose address, in another
// unit or later in the same one, escapes into a pointer that is not
// coroutine_fn. A per-unit diagnostic that inserts a marker into a function
// the plan left for a decision is dropped whole, and so is one that inserts a
// marker where a unit reading that file lacks the marker's macro (the unit
// that wrote it had the macro; another that includes the header may not),
// which becomes a decision. An edit written once is not
// written again (a header prototype that several units or fixes mark), so
// that the file applies cleanly.
//
//===----------------------------------------------------------------------===//
#include "FixPlan.h"
#include "UnifiedDiff.h"
#include "format/FixesFormat.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace report {

namespace {

using Key = std::tuple<std::string, unsigned, unsigned, std::string>;

class Writer {
public:
  Writer(const Graph &G, FixPlan &P) : G(G), P(P) {
    for (uint32_t Fn = 0; Fn < P.Undecided.size(); ++Fn)
      if (P.Undecided[Fn])
        for (const MarkerSite &S : G.fn(Fn).Sites)
          Undecided.insert({G.F.Files[S.At.File], S.At.Offset});
    for (uint32_t File = 0; File < G.F.Files.size(); ++File)
      FileIndex[G.F.Files[File]] = File;
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
      for (coro::ExportedDiagnostic &D : Unit.Diagnostics) {
        coro::liftNoteFix(D);
        if (std::none_of(D.DiagnosticMessage.Replacements.begin(),
                         D.DiagnosticMessage.Replacements.end(),
                         [&](const coro::ExportedReplacement &R) {
                           return R.Length == 0 &&
                                  Undecided.count({R.FilePath, R.Offset});
                         }) &&
            spellable(D))
          add(std::move(D));
      }
    }
    return true;
  }

  /// Whether every marker D inserts can be spelled where it goes; if not,
  /// D is a decision (once per check and function).
  bool spellable(const coro::ExportedDiagnostic &D) {
    for (const coro::ExportedReplacement &R : D.DiagnosticMessage.Replacements) {
      std::optional<Marker> M =
          coro::markerFromName(llvm::StringRef(R.ReplacementText).trim());
      auto File = FileIndex.find(R.FilePath);
      if (R.Length != 0 || !M || File == FileIndex.end())
        continue;
      Span At{File->second, R.Offset, 0};
      uint32_t Unit = G.F.unspelledBy(At, *M);
      if (Unit == None)
        continue;
      uint32_t Fn = ownerOf(At);
      if (Fn == None) // a declaration the facts do not edit: generated code
        Fn = named(D.DiagnosticMessage.Message);
      if (Fn != None && Told.insert({D.DiagnosticName, Fn}).second)
        P.Decisions.push_back(
            {D.DiagnosticName, Fn, unspelledWhy(G, Fn, At, *M, Unit)});
      return false;
    }
    return true;
  }

  /// The external function a message names first ('f'), or None.
  uint32_t named(llvm::StringRef Message) const {
    size_t Open = Message.find('\'');
    size_t Close = Message.find('\'', Open + 1);
    if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos)
      return None;
    return G.F.findExternal(Message.slice(Open + 1, Close));
  }

  /// The function one of whose declarations takes a marker at At.
  uint32_t ownerOf(Span At) {
    if (Owners.empty())
      for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
        for (const MarkerSite &S : G.fn(Fn).Sites)
          Owners.insert({{S.At.File, S.At.Offset}, Fn});
    auto It = Owners.find({At.File, At.Offset});
    return It == Owners.end() ? None : It->second;
  }

  /// Every replacement written, as a unified diff of the files they edit
  /// with paths relative to the current directory (`a/` and `b/`, for
  /// `git apply` and `patch -p1`). The edits of this plan stay on one line
  /// each: a line changes as a whole, with three lines of context.
  bool writePatch(llvm::StringRef Path) {
    std::map<std::string, std::vector<const coro::ExportedReplacement *>> ByFile;
    for (const coro::ExportedDiagnostic &D : Out.Diagnostics)
      for (const coro::ExportedReplacement &R : D.DiagnosticMessage.Replacements)
        ByFile[R.FilePath].push_back(&R);
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
    if (EC)
      return fail(Path, EC.message());
    for (auto &[File, Reps] : ByFile) {
      auto Buf = llvm::MemoryBuffer::getFile(File);
      if (!Buf)
        return fail(File, Buf.getError().message());
      std::sort(Reps.begin(), Reps.end(), [](auto *A, auto *B) {
        return std::tie(A->Offset, A->Length) < std::tie(B->Offset, B->Length);
      });
      diffFile(OS, File, (*Buf)->getBuffer(), Reps);
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

  static void diffFile(llvm::raw_ostream &OS, llvm::StringRef File,
                       llvm::StringRef Text,
                       const std::vector<const coro::ExportedReplacement *> &Reps) {
    llvm::SmallString<256> Rel(File);
    llvm::SmallString<256> Cwd;
    if (!llvm::sys::fs::current_path(Cwd)) {
      Cwd += llvm::sys::path::get_separator();
      if (Rel.str().substr(0, Cwd.size()) == Cwd.str())
        Rel = Rel.substr(Cwd.size());
    }
    OS << "--- a/" << Rel << "\n+++ b/" << Rel << "\n";
    std::vector<TextEdit> Edits;
    for (const coro::ExportedReplacement *R : Reps)
      Edits.push_back({R->Offset, R->Length, R->ReplacementText});
    printHunks(OS, Text, Edits);
  }

  static bool fail(llvm::StringRef Path, llvm::StringRef Why) {
    llvm::errs() << "coroplugin-report: error: --export-fixes: '" << Path
                 << "': " << Why << "\n";
    return false;
  }

  const Graph &G;
  FixPlan &P;
  std::set<std::pair<std::string, unsigned>> Undecided; // marker sites
  llvm::StringMap<uint32_t> FileIndex;
  std::map<std::pair<uint32_t, uint32_t>, uint32_t> Owners; // site -> function
  std::set<std::pair<std::string, uint32_t>> Told;
  std::set<Key> Written;
  coro::ExportedFixes Out;
};

} // namespace

bool exportFixes(const Graph &G, FixPlan &P, llvm::StringRef Path,
                 llvm::StringRef PatchPath, llvm::StringRef UnitFixes) {
  Writer W(G, P);
  for (const Fix &X : P.Fixes)
    W.add(X);
  if (!UnitFixes.empty() && !W.addUnits(UnitFixes, Path))
    return false;
  return (Path.empty() || W.write(Path)) &&
         (PatchPath.empty() || W.writePatch(PatchPath));
}

} // namespace report
