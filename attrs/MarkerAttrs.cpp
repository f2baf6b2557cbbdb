//===- MarkerAttrs.cpp - the markers as real attributes ------------------===//
//
// Registers every marker of Markers.def with the GNU spelling
// (`__attribute__((coroutine_fn))`) and the scoped ones (`[[qemu::coroutine_fn]]`
// in C2x/C23 and C++11). Each ends as the same AnnotateAttr that QEMU 8+'s
// `__attribute__((annotate("coroutine_fn")))` produces.
//
//===----------------------------------------------------------------------===//
#include "Compat.h"
#include "Markers.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace coro {
namespace {

bool isCallableType(QualType T) {
  if (T.isNull())
    return false;
  T = T.getCanonicalType();
  while (const auto *Arr = T->getAsArrayTypeUnsafe())
    T = Arr->getElementType().getCanonicalType();
  return T->isFunctionType() || T->isFunctionPointerType() ||
         T->isBlockPointerType() || T->isFunctionReferenceType() ||
         T->isMemberFunctionPointerType();
}

bool isAllowedSubject(MarkerSubjects Subjects, const Decl *D) {
  if (isa<FunctionDecl>(D))
    return true;
  if (Subjects == MarkerSubjects::Functions)
    return false;
  if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    return isCallableType(TD->getUnderlyingType());
  if (isa<FieldDecl, VarDecl>(D)) // VarDecl covers parameters
    return isCallableType(cast<ValueDecl>(D)->getType());
  return false;
}

template <Marker M> struct MarkerAttrInfo : ParsedAttrInfo {
  MarkerAttrInfo();

  bool diagAppertainsToDecl(Sema &S, const ParsedAttr &A,
                            const Decl *D) const override {
    MarkerSubjects Subjects = markerSubjects(M);
    if (isAllowedSubject(Subjects, D))
      return true;
    compat::diagnoseWrongSubject(
        S, A,
        Subjects == MarkerSubjects::Functions
            ? "functions"
            : "functions, function pointers and typedefs of function type");
    return false;
  }

  // Without this, clang makes a marker on a statement an error, where plain
  // clang only warns about an unknown attribute.
  bool diagAppertainsToStmt(Sema &S, const ParsedAttr &A,
                            const Stmt *) const override {
    compat::diagnoseWrongSubject(
        S, A,
        markerSubjects(M) == MarkerSubjects::Functions
            ? "functions"
            : "functions, function pointers and typedefs of function type");
    return false;
  }

  AttrHandling handleDeclAttribute(Sema &S, Decl *D,
                                   const ParsedAttr &A) const override {
    attachMarker(S.Context, D, M, A.getRange(), /*Implicit=*/false);
    return AttributeApplied;
  }
};

#define MARKER(Enum, Name, Subjects, Implies)                                  \
  template <> MarkerAttrInfo<Marker::Enum>::MarkerAttrInfo() {                 \
    static constexpr Spelling S[] = {                                          \
        {ParsedAttr::AS_GNU, Name},                                            \
        {ParsedAttr::AS_CXX11, "qemu::" Name},                                 \
        {compat::C23AttrSyntax, "qemu::" Name}};                               \
    Spellings = S;                                                             \
  }                                                                            \
  static ParsedAttrInfoRegistry::Add<MarkerAttrInfo<Marker::Enum>>             \
      Register##Enum(Name, "QEMU '" Name "' marker");
#include "Markers.def"

} // namespace
} // namespace coro
