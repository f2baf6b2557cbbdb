//===- FixIts.cpp ---------------------------------------------------------===//
#include "FixIts.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace coro {
namespace {

bool editable(SourceLocation L, const SourceManager &SM) {
  return L.isValid() && L.isFileID() && !SM.isInSystemHeader(L);
}

} // namespace

std::optional<MarkerSite> markerSite(const FunctionDecl *FD) {
  const ASTContext &Ctx = FD->getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  if (FD->isImplicit() || !editable(FD->getLocation(), SM))
    return std::nullopt;

  bool TrailingReturn = false;
  if (const auto *FPT = FD->getType()->getAs<FunctionProtoType>())
    TrailingReturn = FPT->hasTrailingReturn();
  if (!TrailingReturn && !isa<CXXConstructorDecl, CXXDestructorDecl,
                              CXXConversionDecl>(FD)) {
    if (FunctionTypeLoc FTL = FD->getFunctionTypeLoc()) {
      SourceLocation End = FTL.getReturnLoc().getEndLoc();
      if (editable(End, SM) &&
          SM.getFileID(End) == SM.getFileID(FD->getLocation()) &&
          SM.isBeforeInTranslationUnit(End, FD->getLocation())) {
        SourceLocation After =
            Lexer::getLocForEndOfToken(End, 0, SM, Ctx.getLangOpts());
        if (After.isValid()) {
          // QEMU glues the marker to a returned pointer's star
          // (`BlockAIOCB *coroutine_fn foo`) and keeps a line break after it.
          char Last = *SM.getCharacterData(End);
          if (Last == '*' || Last == '&')
            return MarkerSite{After, isWhitespace(*SM.getCharacterData(After))
                                         ? MarkerSpace::None
                                         : MarkerSpace::After};
          return MarkerSite{After, MarkerSpace::Before};
        }
      }
    }
  }
  // No written return type: before the (qualified) name.
  SourceLocation Name = FD->getQualifierLoc()
                            ? FD->getQualifierLoc().getBeginLoc()
                            : FD->getLocation();
  if (!editable(Name, SM))
    return std::nullopt;
  return MarkerSite{Name, MarkerSpace::After};
}

std::optional<FixItHint> insertMarker(const FunctionDecl *FD, Marker M) {
  std::optional<MarkerSite> Site = markerSite(FD);
  if (!Site)
    return std::nullopt;
  return FixItHint::CreateInsertion(Site->Loc,
                                    markerInsertion(markerName(M), Site->Space));
}

std::vector<FixItHint> FixItOnce::insert(const FunctionDecl *FD, Marker M) {
  if (!Done.insert({FD, static_cast<unsigned>(M)}).second)
    return {};
  if (auto H = insertMarker(FD, M))
    return {*H};
  return {};
}

std::vector<FixItHint> FixItOnce::insertEverywhere(const FunctionDecl *FD,
                                                   Marker M) {
  std::vector<FixItHint> Hints;
  for (const FunctionDecl *R : FD->redecls())
    for (FixItHint &H : insert(R, M))
      Hints.push_back(std::move(H));
  return Hints;
}

} // namespace coro
