//===- MacroIndex.cpp -----------------------------------------------------===//
#include "MacroIndex.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/Token.h"

#include <algorithm>

using namespace clang;

namespace coro {

MacroRecorder::MacroRecorder(std::shared_ptr<MacroIndex> I, Preprocessor &PP)
    : Index(std::move(I)) {
  if (!Index->recordsMarkers())
    return;
  for (unsigned M = 0; M < NumMarkers; ++M)
    MarkerNames[PP.getIdentifierInfo(markerName(static_cast<Marker>(M)))] =
        static_cast<Marker>(M);
}

void MacroRecorder::MacroExpands(const Token &MacroNameTok,
                                 const MacroDefinition &, SourceRange,
                                 const MacroArgs *) {
  auto It = MarkerNames.find(MacroNameTok.getIdentifierInfo());
  if (It != MarkerNames.end())
    Index->markerUsed(It->second, MacroNameTok.getLocation());
}

void MacroIndex::markerUsed(Marker M, SourceLocation NameLoc) {
  // A marker used inside another macro belongs where that macro is used.
  SourceLocation L = SM.getExpansionLoc(NameLoc);
  auto [File, Offset] = SM.getDecomposedLoc(L);
  // Inside another macro, the name written in the file is that macro's.
  unsigned Length = NameLoc.isFileID() ? markerName(M).size()
                                       : Lexer::MeasureTokenLength(L, SM, LO);
  std::vector<MarkerUse> &Uses = Markers[File];
  auto At = std::upper_bound(
      Uses.begin(), Uses.end(), Offset,
      [](unsigned O, const MarkerUse &U) { return O < U.Offset; });
  Uses.insert(At, {Offset, Length, M});
}



std::vector<MacroIndex::MarkerUse>::const_iterator
MacroIndex::firstAtOrAfter(const std::vector<MarkerUse> &Uses, unsigned Offset) {
  return std::lower_bound(
      Uses.begin(), Uses.end(), Offset,
      [](const MarkerUse &U, unsigned O) { return U.Offset < O; });
}

bool MacroIndex::isAllowed(SourceLocation Loc) const {
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 64; ++Depth) {
    StringRef Name = Lexer::getImmediateMacroName(Loc, SM, LO);
    if (Name == AllowCallMacro ||
        std::find(AllowedMacros.begin(), AllowedMacros.end(), Name) !=
            AllowedMacros.end())
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

MarkerSet MacroIndex::markersIn(SourceLocation Begin, SourceLocation End) const {
  MarkerSet S;
  if (Begin.isInvalid() || End.isInvalid())
    return S; // declarations that error recovery made up
  Begin = SM.getExpansionLoc(Begin);
  End = SM.getExpansionLoc(End);
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  auto [EndFile, EndOffset] = SM.getDecomposedLoc(End);
  auto It = Markers.find(File);
  if (It == Markers.end() || EndFile != File || EndOffset < BeginOffset)
    return S;
  const std::vector<MarkerUse> &Uses = It->second;
  auto First = firstAtOrAfter(Uses, BeginOffset);
  for (auto U = First; U != Uses.end() && U->Offset <= EndOffset; ++U)
    S.add(U->M);
  // `coroutine_fn static int f(void)`: leading markers, blank-separated.
  StringRef Buffer = SM.getBufferData(File);
  unsigned Next = BeginOffset;
  for (auto U = First; U != Uses.begin();) {
    --U;
    unsigned End = U->Offset + U->Length;
    if (End > Next || !Buffer.slice(End, Next).trim().empty())
      break;
    S.add(U->M);
    Next = U->Offset;
  }
  return S;
}

MarkerSet MacroIndex::trailingMarkers(SourceLocation AfterLoc) const {
  MarkerSet S;
  if (AfterLoc.isInvalid())
    return S;
  SourceLocation L = SM.getExpansionLoc(AfterLoc);
  FileID File = SM.getFileID(L);
  auto It = Markers.find(File);
  if (It == Markers.end())
    return S;
  int Parens = 0;
  for (unsigned Steps = 0; Steps < 32; ++Steps) {
    auto Tok = Lexer::findNextToken(L, SM, LO);
    if (!Tok || Tok->is(tok::eof))
      break;
    if (Parens == 0 && Tok->isOneOf(tok::semi, tok::comma, tok::l_brace,
                                    tok::equal))
      break;
    if (Tok->is(tok::l_paren))
      ++Parens;
    else if (Tok->is(tok::r_paren))
      --Parens;
    L = Tok->getLocation();
    unsigned Offset = SM.getFileOffset(L);
    for (auto U = firstAtOrAfter(It->second, Offset);
         U != It->second.end() && U->Offset == Offset; ++U)
      S.add(U->M);
  }
  return S;
}

void MacroIndex::attachToDeclarator(ASTContext &Ctx, Decl *D) const {
  MarkerSet S;
  SourceLocation Begin = D->getBeginLoc();
  if (const auto *DD = dyn_cast<DeclaratorDecl>(D))
    Begin = DD->getOuterLocStart();
  else if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    Begin = TD->getBeginLoc();
  S |= markersIn(Begin, D->getLocation());
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && !FD->doesThisDeclarationHaveABody()) {
    // After the parameter list, not after the declaration's last attribute.
    SourceLocation RParen;
    if (FunctionTypeLoc FTL = FD->getFunctionTypeLoc())
      RParen = FTL.getRParenLoc();
    if (RParen.isInvalid())
      RParen = FD->getEndLoc();
    if (RParen.isFileID())
      S |= trailingMarkers(RParen);
  }
  MarkerSet Have = writtenMarkers(D);
  S.without(Have).forEach([&](Marker M) {
    if (markerSubjects(M) == MarkerSubjects::Functions && !isa<FunctionDecl>(D))
      return;
    attachMarker(Ctx, D, M, SourceRange(D->getLocation()), /*Implicit=*/false);
  });
}

void MacroIndex::attachMarkers(ASTContext &Ctx, Decl *D) const {
  if (Markers.empty() || !D || D->isImplicit() || D->isInvalidDecl())
    return;
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    attachToDeclarator(Ctx, FD);
    for (ParmVarDecl *P : FD->parameters())
      attachToDeclarator(Ctx, P);
  } else if (isa<FieldDecl, VarDecl, TypedefNameDecl>(D)) {
    attachToDeclarator(Ctx, D);
  }
  if (auto *DC = dyn_cast<DeclContext>(D);
      DC && isa<RecordDecl, NamespaceDecl, LinkageSpecDecl>(D))
    for (Decl *Member : DC->decls())
      attachMarkers(Ctx, Member);
}

} // namespace coro
