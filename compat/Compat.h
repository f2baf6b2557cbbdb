//===- Compat.h - the only place that knows Clang versions differ --------===//
//
// Supported: Clang 14 to 22. Everything else in the plugin is written against
// calls that exist unchanged in all of them (see README, "Clang versions").
// Zlib.h is the one other version switch, Clang-free for the report: LLVM's
// zlib calls.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_COMPAT_H
#define COROPLUGIN_COMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/Version.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/Config/llvm-config.h"

#include <type_traits>

namespace coro::compat {

// The C2x attribute syntax was renamed C23 in Clang 18.
#if LLVM_VERSION_MAJOR >= 18
constexpr auto C23AttrSyntax = clang::ParsedAttr::AS_C23;
#else
constexpr auto C23AttrSyntax = clang::ParsedAttr::AS_C2x;
#endif

/// "'coroutine_fn' attribute only applies to <What>" in -Wignored-attributes.
/// Clang 17 added a %select for keyword attributes to that diagnostic.
inline void diagnoseWrongSubject(clang::Sema &S, const clang::ParsedAttr &A,
                                 llvm::StringRef What) {
  auto DB = S.Diag(A.getLoc(), clang::diag::warn_attribute_wrong_decl_type_str);
  DB << A;
#if LLVM_VERSION_MAJOR >= 17
  DB << A.isRegularKeywordAttribute();
#endif
  DB << What;
}

/// An ordinary string literal of Text, for a declaration the plugin adds
/// (the facts' FileScopeAsmDecl). Clang 15 renamed Ascii to Ordinary, 18
/// made the kind a scoped enum.
inline clang::StringLiteral *makeStringLiteral(clang::ASTContext &C,
                                               llvm::StringRef Text) {
  clang::QualType T = C.getStringLiteralArrayType(C.CharTy, Text.size());
#if LLVM_VERSION_MAJOR >= 18
  constexpr auto Kind = clang::StringLiteralKind::Ordinary;
#elif LLVM_VERSION_MAJOR >= 15
  constexpr auto Kind = clang::StringLiteral::Ordinary;
#else
  constexpr auto Kind = clang::StringLiteral::Ascii;
#endif
  // One location: the single-token overload before Clang 22, an
  // ArrayRef<SourceLocation> of one from then on.
  return clang::StringLiteral::Create(C, Text, Kind, /*Pascal=*/false, T,
                                      clang::SourceLocation());
}

/// Whether custom diagnostics go through the engine's mappings
/// (DiagnosticIDs::CustomDiagDesc, Clang 21 or so; 19 has none, 22 has it):
/// then -Weverything enables an ignored custom diagnostic unless the user
/// mapped it.
template <typename T, typename = void>
struct HasCustomDiagDesc : std::false_type {};
template <typename T>
struct HasCustomDiagDesc<T, std::void_t<typename T::CustomDiagDesc>> : std::true_type {};
constexpr bool CustomDiagnosticsHaveMappings =
    HasCustomDiagDesc<clang::DiagnosticIDs>::value;

} // namespace coro::compat

#endif
