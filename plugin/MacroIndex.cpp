//===- MacroIndex.cpp -----------------------------------------------------===//
#include "MacroIndex.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/CharInfo.h"
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
  FileID File = SM.getFileID(L);
  // Inside another macro, the name written in the file is that macro's.
  unsigned Length = NameLoc.isFileID() ? markerName(M).size()
                                       : Lexer::MeasureTokenLength(L, SM, LO);
  SourceLocation::UIntTy Begin = SM.getComposedLoc(File, 0).getRawEncoding();
  MarkerUse Use{L.getRawEncoding(), Length, M, SM.getBufferData(File).data(),
                Begin, Begin + SM.getFileIDSize(File)};
  auto At = std::upper_bound(Markers.begin(), Markers.end(), Use.At,
                             [](SourceLocation::UIntTy A, const MarkerUse &U) {
                               return A < U.At;
                             });
  Markers.insert(At, Use);
}

std::vector<MacroIndex::MarkerUse>::const_iterator
MacroIndex::firstAtOrAfter(SourceLocation::UIntTy Raw) const {
  return std::lower_bound(Markers.begin(), Markers.end(), Raw,
                          [](const MarkerUse &U, SourceLocation::UIntTy R) {
                            return U.At < R;
                          });
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
  SourceLocation::UIntTy B = SM.getExpansionLoc(Begin).getRawEncoding();
  SourceLocation::UIntTy E = SM.getExpansionLoc(End).getRawEncoding();
  if (E < B)
    return S;
  auto First = firstAtOrAfter(B);
  for (auto U = First; U != Markers.end() && U->At <= E; ++U) {
    if (!U->inFileOf(B) || !U->inFileOf(E))
      return MarkerSet(); // a range over two files: nothing to go by
    S.add(U->M);
  }
  // `coroutine_fn static int f(void)`: leading markers, blank-separated.
  SourceLocation::UIntTy Next = B;
  for (auto U = First; U != Markers.begin();) {
    --U;
    SourceLocation::UIntTy UseEnd = U->At + U->Length;
    if (UseEnd > Next || !U->inFileOf(B) || !U->inFileOf(E))
      break;
    const char *From = U->FileText + (UseEnd - U->FileBegin);
    const char *To = U->FileText + (Next - U->FileBegin);
    if (!std::all_of(From, To, [](char C) { return isWhitespace(C); }))
      break;
    S.add(U->M);
    Next = U->At;
  }
  return S;
}

MarkerSet MacroIndex::trailingMarkers(SourceLocation AfterLoc) const {
  MarkerSet S;
  if (AfterLoc.isInvalid())
    return S;
  SourceLocation L = SM.getExpansionLoc(AfterLoc);
  SourceLocation::UIntTy After = L.getRawEncoding();
  auto Next = firstAtOrAfter(After + 1);
  if (Next == Markers.end() || !Next->inFileOf(After))
    return S;
  // The declaration ends at a `;` or `{` before the next marker, unless a
  // comment or a literal could hide one: then the tokens tell.
  StringRef Between(Next->FileText + (After - Next->FileBegin), Next->At - After);
  if (Between.find_first_of(";{") != StringRef::npos &&
      Between.find_first_of("/\"'") == StringRef::npos)
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
    SourceLocation::UIntTy Raw = L.getRawEncoding();
    for (auto U = firstAtOrAfter(Raw); U != Markers.end() && U->At == Raw; ++U)
      S.add(U->M);
  }
  return S;
}

bool MacroIndex::mayHaveMarkers(SourceLocation Loc) const {
  if (Loc.isMacroID())
    return true;
  SourceLocation::UIntTy Raw = Loc.getRawEncoding();
  auto After = firstAtOrAfter(Raw);
  return (After != Markers.end() && After->inFileOf(Raw)) ||
         (After != Markers.begin() && std::prev(After)->inFileOf(Raw));
}

void MacroIndex::attachToDeclarator(ASTContext &Ctx, Decl *D) const {
  if (!mayHaveMarkers(D->getLocation()))
    return;
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
  if (S.empty())
    return;
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
