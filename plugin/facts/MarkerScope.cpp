//===- MarkerScope.cpp ----------------------------------------------------===//
#include "MarkerScope.h"

#include "format/FactsFormat.h"

#include "clang/Lex/Preprocessor.h"

#include <algorithm>

using namespace clang;

namespace coro {

void writeFilesRead(llvm::raw_ostream &OS, const MarkerScope &Scope,
                    llvm::function_ref<const std::string &(FileID)> QuotedPath) {
  OS << '[';
  const char *Sep = "";
  for (const MarkerScope::File &F : Scope.Files) {
    OS << Sep << QuotedPath(F.First);
    Sep = ",";
  }
  OS << ']';
}

void writeMarkerUndefined(llvm::raw_ostream &OS, const MarkerScope &Scope,
                          MarkerSet Defined) {
  // One entry per file and offset, with the markers missing there, the file
  // an index into files-read: the headers read before qemu/coroutine.h are
  // most of a unit's files, and their paths are written once.
  OS << '[';
  const char *Sep = "";
  for (unsigned I = 0; I < Scope.Files.size(); ++I) {
    std::vector<std::pair<unsigned, MarkerSet>> ByOffset;
    for (const MarkerScope::Undefined &U : Scope.Files[I].Lacks) {
      if (!Defined.has(U.M) || U.Before == 0)
        continue;
      auto It = std::find_if(ByOffset.begin(), ByOffset.end(),
                             [&](const auto &B) { return B.first == U.Before; });
      if (It == ByOffset.end())
        ByOffset.push_back({U.Before, MarkerSet::of(U.M)});
      else
        It->second.add(U.M);
    }
    for (const auto &[Before, Markers] : ByOffset) {
      OS << Sep << "{\"" << keys::Before << "\":";
      if (Before == MarkerScope::Whole)
        OS << "null";
      else
        OS << Before;
      OS << ",\"" << keys::Markers << "\":[";
      const char *MSep = "";
      Markers.forEach([&](Marker M) {
        OS << MSep << '"' << markerName(M) << '"';
        MSep = ",";
      });
      OS << "],\"" << keys::Read << "\":" << I << '}';
      Sep = ",";
    }
  }
  OS << ']';
}

MarkerScopeRecorder::MarkerScopeRecorder(std::shared_ptr<MarkerScope> Scope,
                                         Preprocessor &PP)
    : Scope(std::move(Scope)), SM(PP.getSourceManager()) {
  for (unsigned M = 0; M < NumMarkers; ++M)
    MarkerNames[PP.getIdentifierInfo(markerName(static_cast<Marker>(M)))] =
        static_cast<Marker>(M);
}

std::optional<Marker>
MarkerScopeRecorder::markerNamed(const Token &Tok) const {
  auto It = MarkerNames.find(Tok.getIdentifierInfo());
  if (It == MarkerNames.end())
    return std::nullopt;
  return It->second;
}

void MarkerScopeRecorder::FileChanged(SourceLocation Loc,
                                      FileChangeReason Reason,
                                      SrcMgr::CharacteristicKind FileType,
                                      FileID) {
  if (Reason != EnterFile || FileType != SrcMgr::C_User)
    return;
  FileID FID = SM.getFileID(Loc);
  const FileEntry *FE = SM.getFileEntryForID(FID);
  if (!FE)
    return; // <built-in>, <command line>
  auto Ins = Scope->IndexOf.insert({FE, (unsigned)Scope->Files.size()});
  if (Ins.second)
    Scope->Files.push_back({FID, 0, {}});
  MarkerScope::File &F = Scope->Files[Ins.first->second];
  ++F.Entries;
  // A file read again (one without an include guard) lacks a marker when
  // any of its readings did.
  for (unsigned I = 0; I < NumMarkers; ++I) {
    Marker M = static_cast<Marker>(I);
    if (Defined.has(M))
      continue;
    auto It = std::find_if(F.Lacks.begin(), F.Lacks.end(),
                           [&](const MarkerScope::Undefined &U) { return U.M == M; });
    if (It == F.Lacks.end())
      F.Lacks.push_back({M, MarkerScope::Whole});
    else
      It->Before = MarkerScope::Whole;
  }
}

void MarkerScopeRecorder::MacroDefined(const Token &MacroNameTok,
                                       const MacroDirective *) {
  std::optional<Marker> M = markerNamed(MacroNameTok);
  if (!M || Defined.has(*M))
    return;
  Defined.add(*M);
  // The files being read, from the one with the #define out to the main
  // file, have the macro from here on: from the #define, and in each
  // includer from the #include that led to it.
  for (SourceLocation Loc = SM.getExpansionLoc(MacroNameTok.getLocation());
       Loc.isValid();) {
    std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Loc);
    if (const FileEntry *FE = SM.getFileEntryForID(At.first)) {
      auto It = Scope->IndexOf.find(FE);
      if (It != Scope->IndexOf.end()) {
        MarkerScope::File &F = Scope->Files[It->second];
        for (MarkerScope::Undefined &U : F.Lacks)
          if (U.M == *M && U.Before == MarkerScope::Whole && F.Entries == 1)
            U.Before = At.second;
      }
    }
    Loc = SM.getIncludeLoc(At.first);
  }
}

void MarkerScopeRecorder::MacroUndefined(const Token &MacroNameTok,
                                         const MacroDefinition &,
                                         const MacroDirective *) {
  // Files read from here on lack it again (their entries say so).
  if (std::optional<Marker> M = markerNamed(MacroNameTok))
    Defined.remove(*M);
}

} // namespace coro
