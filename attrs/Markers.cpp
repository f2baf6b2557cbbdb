//===- Markers.cpp - reading QEMU coroutine markers off the AST ----------===//
#include "Markers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace coro {
MarkerSet writtenMarkers(const Decl *D) {
  MarkerSet S;
  if (!D || !D->hasAttrs())
    return S;
  // getAttrs() once: specific_attrs() looks the list up twice, and this is
  // asked of every declaration of the unit.
  for (const Attr *At : D->getAttrs())
    if (const auto *A = dyn_cast<AnnotateAttr>(At); A && !A->isInherited())
      if (auto M = markerFromName(A->getAnnotation()))
        S.add(*M);
  return S;
}

MarkerSet writtenBefore(const Decl *D) {
  MarkerSet S;
  for (const Decl *P = D ? D->getPreviousDecl() : nullptr; P;
       P = P->getPreviousDecl())
    S |= writtenMarkers(P);
  return S;
}

namespace {

/// Calls F on each typedef that T is spelled through, outermost first, looking
/// through pointers, arrays, references and decayed parameter types, until F
/// returns true. getAs<TypedefType>() would skip the inner typedefs.
template <typename Fn> void forEachTypedef(QualType T, Fn F) {
  for (unsigned Steps = 0; !T.isNull() && Steps < 64; ++Steps) {
    const Type *Ty = T.getTypePtr();
    if (const auto *TT = dyn_cast<TypedefType>(Ty)) {
      if (F(TT->getDecl()))
        return;
      T = TT->desugar();
    } else if (const auto *AT = dyn_cast<AdjustedType>(Ty)) {
      T = AT->getOriginalType(); // a parameter declared `CoroutineEntry entry`
    } else if (const auto *PT = dyn_cast<PointerType>(Ty)) {
      // Not Type::getPointeeType(): it looks through sugar, and would skip
      // the typedef of a pointer type that ElaboratedType wraps (Clang 16+).
      T = PT->getPointeeType();
    } else if (const auto *BT = dyn_cast<BlockPointerType>(Ty)) {
      T = BT->getPointeeType();
    } else if (const auto *RT = dyn_cast<ReferenceType>(Ty)) {
      T = RT->getPointeeType();
    } else if (const auto *Arr = dyn_cast<ArrayType>(Ty)) {
      T = Arr->getElementType();
    } else if (isa<FunctionType>(Ty)) {
      return;
    } else {
      QualType Next = Ty->getLocallyUnqualifiedSingleStepDesugaredType();
      if (Next.getTypePtr() == Ty)
        return; // not sugar
      T = Next;
    }
  }
}

} // namespace

MarkerSet markersOfType(QualType T) {
  MarkerSet S;
  forEachTypedef(T, [&](const TypedefNameDecl *TD) {
    S |= writtenMarkers(TD);
    return false;
  });
  return S;
}

MarkerSet markersOf(const Decl *D) {
  MarkerSet S;
  if (!D)
    return S;
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    for (const FunctionDecl *R : FD->redecls()) {
      S |= writtenMarkers(R);
      S |= markersOfType(R->getType());
    }
    return S;
  }
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    for (const VarDecl *R : VD->redecls())
      S |= writtenMarkers(R);
    return S |= markersOfType(VD->getType());
  }
  if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    return S |= writtenMarkers(TD), S |= markersOfType(TD->getUnderlyingType());
  S |= writtenMarkers(D);
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    S |= markersOfType(VD->getType());
  return S;
}

MarkerSet MarkerCache::of(const Decl *D) {
  if (!D)
    return MarkerSet();
  D = D->getCanonicalDecl();
  auto [It, Inserted] = Cache.try_emplace(D);
  if (Inserted)
    It->second = markersOf(D);
  return It->second;
}

const TypedefNameDecl *typedefCarrying(QualType T, Marker M) {
  const TypedefNameDecl *Found = nullptr;
  forEachTypedef(T, [&](const TypedefNameDecl *TD) {
    if (writtenMarkers(TD).has(M))
      Found = TD;
    return Found != nullptr;
  });
  return Found;
}

const NamedDecl *declCarrying(const NamedDecl *D, Marker M) {
  for (const Decl *R : D->redecls())
    if (writtenMarkers(R).has(M))
      return cast<NamedDecl>(R);
  QualType T;
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    T = VD->getType();
  else if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    T = TD->getUnderlyingType();
  if (const TypedefNameDecl *TD = typedefCarrying(T, M))
    return TD;
  return D;
}

void attachMarker(ASTContext &Ctx, Decl *D, Marker M, SourceRange Range,
                  bool Implicit) {
  auto *A = AnnotateAttr::Create(Ctx, markerName(M), nullptr, 0, Range);
  if (Implicit)
    A->setImplicit(true);
  D->addAttr(A);
}

namespace {

/// Name.contains("_co_"), at a tenth of its cost: asked of every function
/// of the unit.
bool spellsCoInfix(StringRef Name) {
  for (size_t I = Name.find('_'); I != StringRef::npos && I + 4 <= Name.size();
       I = Name.find('_', I + 1))
    if (Name.substr(I, 4) == "_co_")
      return true;
  return false;
}

} // namespace

const FunctionDecl *
MarkerCache::lookupInTranslationUnit(const TranslationUnitDecl *TU,
                                     StringRef Name) {
  // A name the unit never spells names nothing.
  const IdentifierTable &Idents = TU->getASTContext().Idents;
  auto Ident = Idents.find(Name);
  if (Ident == Idents.end())
    return nullptr;
  if (!TwinsIndexed) {
    TwinsIndexed = true;
    for (const Decl *D : TU->decls())
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        if (const IdentifierInfo *II = FD->getIdentifier();
            II && spellsCoInfix(II->getName()))
          TwinsByName.try_emplace(II, FD);
  }
  return TwinsByName.lookup(Ident->getValue());
}

const FunctionDecl *MarkerCache::twinOf(const FunctionDecl *Wrapper) {
  if (!Wrapper->getDeclName().isIdentifier())
    return nullptr;
  std::string Twin = coroutineTwinName(Wrapper->getName());
  if (Twin.empty())
    return nullptr;
  ASTContext &Ctx = Wrapper->getASTContext();
  const DeclContext *DC = Wrapper->getDeclContext()->getRedeclContext();
  if (const auto *TU = dyn_cast<TranslationUnitDecl>(DC);
      TU && !Ctx.getLangOpts().CPlusPlus)
    return lookupInTranslationUnit(TU, Twin);
  for (const NamedDecl *ND : DC->lookup(&Ctx.Idents.get(Twin)))
    if (const auto *FD = dyn_cast<FunctionDecl>(ND->getUnderlyingDecl()))
      return FD;
  return nullptr;
}

} // namespace coro
