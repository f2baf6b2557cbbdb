//===- FixExport.cpp ------------------------------------------------------===//
//
// The YAML is written with llvm::yaml under the keys of clang's
// clang/Tooling/DiagnosticsYaml.h. Clang's types for it live in
// clangToolingCore, which a statically linked clang does not contain (the
// plugin would not load there) and of which a plugin cannot link a second
// copy beside libclang-cpp's; llvm::yaml is part of LLVMSupport, which every
// clang has.
//
//===- FixExport.cpp ------------------------------------------------------===//
#include "FixExport.h"

#include "facts/UnitFile.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"

using namespace clang;

namespace coro {

FixExporter::FixExporter(CompilerInstance &CI, std::string Dir)
    : ChainedConsumer(CI.getDiagnostics()), SM(CI.getSourceManager()),
      LangOpts(CI.getLangOpts()), Dir(std::move(Dir)) {}

void FixExporter::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                   const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  Next->HandleDiagnostic(Level, Info);
  if (Level == DiagnosticsEngine::Note) {
    if (Current != NoDiagnostic)
      Diagnostics[Current].Notes.push_back(message(Info, ""));
    return;
  }
  Current = NoDiagnostic;
  // A plugin warning reaches the client right after expect(), or never (an
  // error limit): clang's own diagnostics, such as "too many errors", are
  // not the one expected.
  std::string Check = std::move(Expected);
  Expected.clear();
  if (Check.empty() || Info.getID() < diag::DIAG_UPPER_LIMIT)
    return;
  ExportedDiagnostic D;
  D.DiagnosticName = std::move(Check);
  D.DiagnosticMessage = message(Info, D.DiagnosticName);
  D.Level = Level >= DiagnosticsEngine::Error ? "Error" : "Warning";
  Current = Diagnostics.size();
  Diagnostics.push_back(std::move(D));
}

ExportedMessage FixExporter::message(const Diagnostic &Info, StringRef Check) {
  ExportedMessage M;
  SmallString<256> Text;
  Info.FormatDiagnostic(Text);
  StringRef Message = Text;
  // The Reporter ends the text in " [-Wcoroutine,<check>]" (or
  // " [-Werror,-Wcoroutine,<check>]"); DiagnosticName says it here.
  size_t Tag = Message.rfind(" [-W");
  if (!Check.empty() && Tag != StringRef::npos) {
    StringRef Suffix = Message.substr(Tag);
    if (Suffix.consume_back(("," + Check + "]").str()) &&
        (Suffix == " [-Wcoroutine" || Suffix == " [-Werror,-Wcoroutine"))
      Message = Message.substr(0, Tag);
  }
  M.Message = Message.str();
  SourceLocation Loc = Info.getLocation();
  if (Loc.isValid()) {
    Loc = SM.getFileLoc(Loc);
    FileID File = SM.getFileID(Loc);
    if (SM.getFileEntryRefForID(File)) {
      M.FilePath = path(File);
      M.FileOffset = SM.getFileOffset(Loc);
    }
  }
  M.Replacements = replacements(Info.getFixItHints());
  return M;
}

std::vector<ExportedReplacement>
FixExporter::replacements(ArrayRef<FixItHint> Hints) {
  std::vector<ExportedReplacement> Out;
  for (const FixItHint &H : Hints) {
    // Like -fdiagnostics-parseable-fixits: a diagnostic with any fix-it in
    // a macro, or one clang cannot place in a file, exports none of them.
    SourceLocation B = H.RemoveRange.getBegin(), E = H.RemoveRange.getEnd();
    if (B.isInvalid() || E.isInvalid() || B.isMacroID() || E.isMacroID() ||
        H.InsertFromRange.isValid())
      return {};
    std::pair<FileID, unsigned> Begin = SM.getDecomposedLoc(B);
    std::pair<FileID, unsigned> End = SM.getDecomposedLoc(E);
    if (Begin.first != End.first || !SM.getFileEntryRefForID(Begin.first))
      return {};
    if (H.RemoveRange.isTokenRange())
      End.second += Lexer::MeasureTokenLength(E, SM, LangOpts);
    if (End.second < Begin.second)
      return {};
    Out.push_back({path(Begin.first), Begin.second, End.second - Begin.second,
                   H.CodeToInsert});
  }
  return Out;
}

const std::string &FixExporter::path(FileID File) {
  auto It = Paths.find(File.getHashValue());
  if (It != Paths.end())
    return It->second;
  return Paths[File.getHashValue()] = absolutePath(SM, File);
}

void FixExporter::write() {
  ExportedFixes Unit{path(SM.getMainFileID()), std::move(Diagnostics)};
  Diagnostics.clear();
  writeUnitFile(Diags, "fix-its", Dir, Unit.MainSourceFile, ".yaml",
                [&](llvm::raw_ostream &OS) { writeFixes(OS, Unit); });
}

} // namespace coro
