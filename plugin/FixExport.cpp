//===- FixExport.cpp ------------------------------------------------------===//
//
// The YAML is written with llvm::yaml under the keys of clang's
// clang/Tooling/DiagnosticsYaml.h. Clang's types for it live in
// clangToolingCore, which a statically linked clang does not contain (the
// plugin would not load there) and of which a plugin cannot link a second
// copy beside libclang-cpp's; llvm::yaml is part of LLVMSupport, which every
// clang has.
//
//===----------------------------------------------------------------------===//
#include "FixExport.h"

#include "facts/UnitFile.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/YAMLTraits.h"

using namespace clang;

namespace {
/// The whole file: clang-tidy's TranslationUnitDiagnostics.
struct ExportedUnit {
  std::string MainSourceFile;
  std::vector<coro::ExportedDiagnostic> Diagnostics;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedReplacement)
LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedMessage)
LLVM_YAML_IS_SEQUENCE_VECTOR(coro::ExportedDiagnostic)

namespace llvm {
namespace yaml {

template <> struct MappingTraits<coro::ExportedReplacement> {
  static void mapping(IO &Io, coro::ExportedReplacement &R) {
    Io.mapRequired("FilePath", R.FilePath);
    Io.mapRequired("Offset", R.Offset);
    Io.mapRequired("Length", R.Length);
    Io.mapRequired("ReplacementText", R.ReplacementText);
  }
};

template <> struct MappingTraits<coro::ExportedMessage> {
  static void mapping(IO &Io, coro::ExportedMessage &M) {
    Io.mapRequired("Message", M.Message);
    Io.mapOptional("FilePath", M.FilePath);
    Io.mapOptional("FileOffset", M.FileOffset);
    Io.mapRequired("Replacements", M.Replacements);
  }
};

template <> struct MappingTraits<coro::ExportedDiagnostic> {
  static void mapping(IO &Io, coro::ExportedDiagnostic &D) {
    Io.mapRequired("DiagnosticName", D.DiagnosticName);
    Io.mapRequired("DiagnosticMessage", D.DiagnosticMessage);
    Io.mapOptional("Notes", D.Notes);
    Io.mapOptional("Level", D.Level);
  }
};

template <> struct MappingTraits<ExportedUnit> {
  static void mapping(IO &Io, ExportedUnit &U) {
    Io.mapRequired("MainSourceFile", U.MainSourceFile);
    Io.mapRequired("Diagnostics", U.Diagnostics);
  }
};

} // namespace yaml
} // namespace llvm

namespace coro {

FixExporter::FixExporter(CompilerInstance &CI, std::string Dir)
    : Diags(CI.getDiagnostics()), SM(CI.getSourceManager()),
      LangOpts(CI.getLangOpts()), Dir(std::move(Dir)),
      Next(Diags.getClient()) {
  OwnedNext = Diags.takeClient(); // null when the engine does not own it
  Diags.setClient(this, /*ShouldOwnClient=*/false);
}

FixExporter::~FixExporter() {
  Diags.setClient(Next, /*ShouldOwnClient=*/OwnedNext != nullptr);
  OwnedNext.release();
}

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
  ExportedUnit Unit{path(SM.getMainFileID()), std::move(Diagnostics)};
  Diagnostics.clear();
  writeUnitFile(Diags, "fix-its", Dir, Unit.MainSourceFile, ".yaml",
                [&](llvm::raw_ostream &OS) {
                  llvm::yaml::Output Out(OS);
                  Out << Unit;
                });
}

} // namespace coro
