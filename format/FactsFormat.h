//===- FactsFormat.h - vocabulary shared by the facts writer and reader ---===//
//
// Clang-free: the plugin writes these words (plugin/facts/FactsWriter.cpp)
// and coroplugin-report reads them back (report/UnitDecoder.cpp). Every key
// and word of docs/facts-format.md is spelled here only, so that the two
// sides cannot drift apart; test/report/facts-round-trip.test checks that
// what one writes the other reads. FunctionId.h has the grammar of the
// names, FactsSection.h the framing in object files.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_FACTSFORMAT_H
#define COROPLUGIN_FORMAT_FACTSFORMAT_H

#include "Context.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

#include <cstdint>
#include <string>

namespace coro {

/// The facts file's "format" and "version" values.
constexpr llvm::StringLiteral FactsFormatName("coroplugin-facts");
constexpr int FactsFormatVersion = 1;

/// The keys of facts objects, by the object that has them.
namespace keys {
// The file.
constexpr llvm::StringLiteral Format("format"), Version("version"),
    Unit("unit"), Functions("functions"), Calls("calls"), Stores("stores"),
    Wrappers("wrappers"), MarkerMacros("marker-macros"), Findings("findings");
// Which files the unit read outside system headers, and where in them the
// macros of markers the unit defines were not defined yet (in the file
// "read" of files-read, before an offset, or null: nowhere):
// facts/MarkerScope.h.
constexpr llvm::StringLiteral FilesRead("files-read"),
    MarkerUndefined("marker-undefined"), Before("before"), Read("read");
// A position: of a function, call, store or dispatch.
constexpr llvm::StringLiteral File("file"), Line("line"), Col("col");
// A function.
constexpr llvm::StringLiteral Id("id"), Name("name"), Static("static"),
    Defined("defined"), Markers("markers"), Dispatch("dispatch");
// Where a marker goes in each declaration a reader would edit: a file, an
// offset and the space the inserted marker takes ("before", "after", "none").
constexpr llvm::StringLiteral MarkerAt("marker-at"), Offset("offset"),
    Space("space");
// A call.
constexpr llvm::StringLiteral Caller("caller"), Callee("callee"), Via("via"),
    Side("side");
// The callee's name as written, when a rename can replace it: file, offset
// and length.
constexpr llvm::StringLiteral NameAt("name-at"), Length("length");
// What a call goes through or a store goes into (also name and markers).
constexpr llvm::StringLiteral Kind("kind");
// A store.
constexpr llvm::StringLiteral Function("function"), In("in"), Into("into");
// A wrapper.
constexpr llvm::StringLiteral Wrapper("wrapper"), Twin("twin"), Marker("marker"),
    SameType("same-type");
// A finding of the compile (also function, file, line, col): the check, what
// it is about besides the function, the message, and whether the compile
// showed it or why not.
constexpr llvm::StringLiteral Check("check"), Object("object"), Message("message"),
    Shown("shown"), SuppressedBy("suppressed-by");
} // namespace keys

/// The "kind" values of a call's "via" and a store's "into".
namespace kinds {
constexpr llvm::StringLiteral Field("field"), Parameter("parameter"),
    Variable("variable"), Type("type"), Variadic("variadic"), Return("return"),
    Cast("cast");
} // namespace kinds

/// The space a marker inserted at a "marker-at" offset brings with it: " coroutine_fn"
/// after a return type, "coroutine_fn " before a name, "coroutine_fn" alone
/// glued to a returned pointer's star before a line break.
enum class MarkerSpace : uint8_t { None, Before, After };

inline const char *markerSpaceName(MarkerSpace S) {
  switch (S) {
  case MarkerSpace::Before:
    return "before";
  case MarkerSpace::After:
    return "after";
  case MarkerSpace::None:
    break;
  }
  return "none";
}

inline MarkerSpace markerSpaceFromName(llvm::StringRef Name) {
  return Name == "before"  ? MarkerSpace::Before
         : Name == "after" ? MarkerSpace::After
                           : MarkerSpace::None;
}

/// The text that inserts Marker with space S.
inline std::string markerInsertion(llvm::StringRef Marker, MarkerSpace S) {
  return (S == MarkerSpace::Before ? " " : "") + Marker.str() +
         (S == MarkerSpace::After ? " " : "");
}

/// Why the compile did not show a finding ("suppressed-by").
namespace suppressions {
constexpr llvm::StringLiteral Flags("flags"), Pragma("pragma"),
    SystemHeader("system-header"), CheckDisabled("check-disabled"),
    AllowMacro("allow-macro");
} // namespace suppressions

/// "coroutine", "ordinary" or "unknown": a call's "side" in a facts file.
inline const char *sideName(Side S) {
  switch (S) {
  case Side::Coroutine:
    return "coroutine";
  case Side::Ordinary:
    return "ordinary";
  case Side::Unknown:
    break;
  }
  return "unknown";
}

/// Stable across processes and versions, unlike llvm::hash_value.
inline uint64_t fnv1a(llvm::StringRef S) {
  uint64_t H = 1469598103934665603ull;
  for (unsigned char C : S)
    H = (H ^ C) * 1099511628211ull;
  return H;
}

/// "<stem of MainFile>-<hash of MainFile>": what a unit's file in a facts
/// directory is named before its suffix, and the order in which
/// coroplugin-report merges units from anywhere.
inline std::string unitKey(llvm::StringRef MainFile) {
  static const char Hex[] = "0123456789abcdef";
  std::string Key = (llvm::sys::path::stem(MainFile) + "-").str();
  uint32_t H = uint32_t(fnv1a(MainFile));
  for (int I = 7; I >= 0; --I)
    Key += Hex[(H >> (4 * I)) & 15];
  return Key;
}

/// The inverse of sideName(); anything else is Unknown.
inline Side sideFromName(llvm::StringRef Name) {
  return Name == "coroutine"  ? Side::Coroutine
         : Name == "ordinary" ? Side::Ordinary
                              : Side::Unknown;
}

} // namespace coro

#endif
