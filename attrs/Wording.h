//===- Wording.h - the phrases plugin and report name things with ---------===//
//
// Both sides name functions, and the places that hold pointers to them, in
// their messages: "field 'BlockDriver::bdrv_co_preadv'", "parameter 'cb' of
// 'register_cb'". Each passes names already quoted (the plugin as clang's %q
// prints a declaration, the report as the facts name it) and gets the same
// words from here. Free of Clang, like MarkerSet.h.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_ATTRS_WORDING_H
#define COROPLUGIN_ATTRS_WORDING_H

#include "MarkerSet.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace coro {

/// What a phrase names; the comments show Name, then Owner when given.
enum class Named {
  Function,         // "function 'f'"
  CleanupFunction,  // "cleanup function 'f' of variable 'v'"
  Destructor,       // "destructor 'S::~S' of variable 'v'", "... of a temporary"
  Field,            // "field 'S::f'"
  Parameter,        // "parameter 'p' of 'f'", "parameter #0 of 'f'"
  Variable,         // "variable 'v' of 'f'"
  PointerType,      // "pointer of type 'T *'"; "a pointer" without Name
  Type,             // "type 'T *'"
  Value,            // "value of type 'T *'"
  Cast,             // "cast to 'T *'"
  ReturnValue,      // "the return value of 'f'", "... of type 'T *'"
  VariadicArgument, // "a variadic argument of 'f'", "... of type 'T *'"
  Element,          // "an element of 'table'", "... of type 'T *'"
};

/// The phrase for What called Name (quoted; empty for the kinds that name
/// no declaration), followed by " of Owner" when Owner is given (a quoted
/// name, or another phrase: "type 'T *'", "variable 'v'").
std::string describe(Named What, llvm::StringRef Name, llvm::StringRef Owner = {});

/// "'Name'": a name the report quotes as the plugin quotes a declaration.
std::string quote(llvm::StringRef Name);

/// A callee coroutine code must not call, by its markers: "generated wrapper
/// 'f'", or "'no_coroutine_fn' function 'f'" with the marker that says so.
std::string describeBlocking(MarkerSet Markers, llvm::StringRef QuotedName);

} // namespace coro

#endif
