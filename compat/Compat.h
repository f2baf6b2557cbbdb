//===- Compat.h - the only place that knows Clang versions differ --------===//
//
// Supported: Clang 14 to 22. Everything else in the plugin is written against
// calls that exist unchanged in all of them (see README, "Clang versions").
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_COMPAT_H
#define COROPLUGIN_COMPAT_H

#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/Version.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/Config/llvm-config.h"

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

} // namespace coro::compat

#endif
