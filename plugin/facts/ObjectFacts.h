//===- ObjectFacts.h - a unit's facts inside its object file --------------===//
//
// With facts=DIR or facts=object, a compile that writes an object (or the
// assembly or bitcode it comes from) also stores the unit's facts in the
// object's non-allocated .coroplugin.facts section, so that they travel with
// the object through ccache, distcc and the linker (docs/object-facts.md).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_OBJECTFACTS_H
#define COROPLUGIN_FACTS_OBJECTFACTS_H

#include "llvm/ADT/StringRef.h"

namespace clang {
class CompilerInstance;
}

namespace coro {

/// Whether this compile produces code that can carry the section: an ELF
/// object, or the assembly or bitcode that becomes one.
bool compileWritesObject(const clang::CompilerInstance &CI);

/// Hands code generation a file-scope asm that puts Json, the facts of main
/// file Unit framed as in facts/FactsSection.h, into the section. Call from the
/// plugin's HandleTranslationUnit, which runs before code generation's.
void embedFacts(clang::CompilerInstance &CI, llvm::StringRef Unit,
                llvm::StringRef Json);

} // namespace coro

#endif
