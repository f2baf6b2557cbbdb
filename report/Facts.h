//===- Facts.h - the merged facts of every unit in a facts directory -------===//
//
// docs/facts-format.md is the input. Loading merges all units: an external
// function (id = its name) seen in many units is one Function whose markers
// are the union of all units' and whose location is its definition's; a
// static function (id = "<file>:<name>") is one Function per unit, so two
// units' static functions of the same name, or a static inline function of a
// header, stay apart. Pointers calls go through and stores go into (fields,
// variables, parameters, types) are Targets, one per kind and name.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FACTS_H
#define COROPLUGIN_REPORT_FACTS_H

#include "MarkerSet.h"
#include "format/FactsFormat.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace report {

using coro::Marker;
using coro::MarkerSet;

constexpr uint32_t None = ~0u;

/// A marker's macro is missing where units read a file: before offset
/// Before (None: anywhere in it; 0: nowhere), as Unit reads it.
struct MacroGap {
  uint32_t Before = 0;
  uint32_t Unit = None;
};

/// A position; File indexes Facts::Files, None when unknown.
struct Loc {
  uint32_t File = None;
  uint32_t Line = 0;
  uint32_t Col = 0;
  bool valid() const { return File != None; }
};

/// A place in a file to edit, by byte offset; File indexes Facts::Files.
struct Span {
  uint32_t File = None;
  uint32_t Offset = 0;
  uint32_t Length = 0;
  bool valid() const { return File != None; }
  bool operator<(const Span &O) const {
    return std::tie(File, Offset, Length) < std::tie(O.File, O.Offset, O.Length);
  }
  bool operator==(const Span &O) const {
    return File == O.File && Offset == O.Offset && Length == O.Length;
  }
};

/// Where a declaration of a function takes a marker (facts "marker-at").
struct MarkerSite {
  Span At; // an insertion: Length 0
  coro::MarkerSpace Space = coro::MarkerSpace::None;
};

struct Function {
  std::string Id;   // as in the facts files
  std::string Name; // what messages call it
  bool Static = false;
  bool Defined = false;
  uint32_t Unit = None; // the unit of a static function
  Loc Where;            // its definition, else its first declaration seen
  Loc Declared;         // its first declaration that is not a definition
  Loc Dispatch;         // first qemu_in_coroutine() test deciding a branch
  MarkerSet Marks;
  /// Every declaration's, over all units, each once.
  std::vector<MarkerSite> Sites;
};

using coro::Side;
/// The words of Target::Kind.
namespace kinds = coro::kinds;

/// A pointer a call goes through or an address is stored into.
struct Target {
  std::string Kind; // field, variable, parameter, type, variadic, return, cast
  std::string Name; // "BlockDriver::bdrv_co_preadv", "qemu_coroutine_create#0"
  MarkerSet Marks;    // union over every unit
};

struct Call {
  uint32_t Caller = None;
  uint32_t Callee = None; // a Function, or None for an indirect call
  uint32_t Via = None;    // a Target for an indirect call
  Side S = Side::Unknown;
  Loc At;
  Span Name; // the callee's name as written, when a rename can replace it
};

struct Store {
  uint32_t Fn = None;   // whose address is stored
  uint32_t Into = None; // a Target
  uint32_t In = None;   // the function whose body stores it; None at file scope
  Loc At;
};

/// A finding of the compile (facts "findings"): the plugin's check, the
/// function it is in or about and the callee, field or declaration besides
/// (ids and qualified names, for its baseline key), and whether the compile
/// showed it.
struct CompileFinding {
  std::string Check, Function, Object, Message;
  bool Shown = false;
  std::string SuppressedBy; // "flags", "check-disabled", "allow-macro"
  Loc At;
};

struct Facts {
  std::vector<std::string> Units; // the facts files' "unit"
  std::vector<std::string> Files; // absolute paths, indexed by Loc::File
  std::vector<Function> Functions;
  std::vector<Target> Targets;
  std::vector<Call> Calls;
  std::vector<Store> Stores;
  std::vector<CompileFinding> CompileFindings;
  /// Wrapper function -> its `_co_` twin, as the writer found it.
  std::vector<uint32_t> TwinOf; // indexed by function, None when unknown
  /// The markers that every unit that does not say which files it read
  /// (facts without "files-read": older ones, preprocessed units) defines a
  /// macro for (facts "marker-macros"). All when no such unit lacks one.
  MarkerSet Spellable = MarkerSet::all();
  /// Per file, per marker: where units that read the file lack the macro
  /// (facts "files-read", "marker-macros", "marker-undefined").
  std::vector<std::array<MacroGap, coro::NumMarkers>> Gaps;
  /// The first unit (by merge order) that reads At without M's macro, or
  /// None when every unit that reads At can spell M there.
  uint32_t unspelledBy(Span At, Marker M) const;
  /// Whether the twin has the wrapper's type, so that a call can be renamed.
  std::vector<uint8_t> TwinSameType; // indexed by function

  /// "object.key" for every key of the files that the reader does not know
  /// and skipped, as the format asks (--dump-facts shows them).
  std::set<std::string> IgnoredKeys;

  /// An external function by id, or None.
  uint32_t findExternal(llvm::StringRef Id) const;

  llvm::StringMap<uint32_t> ExternalIndex;
};

/// Reads the units of every input (facts directories, facts files, objects,
/// archives, programs: FactsInputs.h), Jobs at a time, and merges them in
/// unit key order, each distinct unit once. Problems are printed to stderr;
/// returns false when any input or unit could not be used or there is none.
/// P, when given, shows the units read.
bool loadFacts(llvm::ArrayRef<std::string> Inputs, unsigned Jobs, Facts &Out,
               class Progress *P = nullptr);

/// Every field of every record of F, one record a line (--dump-facts).
void dumpFacts(const Facts &F, llvm::raw_ostream &OS);

} // namespace report

#endif
