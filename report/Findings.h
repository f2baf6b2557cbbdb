//===- Findings.h - what the analyses report, before it is printed --------===//
//
// A finding is one compiler-style diagnostic (a location, a message, notes)
// plus what it is about, as indexes into the facts (FindingData): the text
// output prints the message, JsonOutput.cpp renders the data.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FINDINGS_H
#define COROPLUGIN_REPORT_FINDINGS_H

#include "Facts.h"

#include <string>
#include <variant>
#include <vector>

namespace report {

enum class Severity { Warning, Remark };

struct Note {
  Loc At;
  std::string Message;
};

/// How a function was found to run in coroutine context: a call from
/// coroutine context, or a store of its address into a pointer that is
/// coroutine_fn or (Through) that a call in coroutine context goes through.
struct Entry {
  bool IsStore = false;
  uint32_t Index = None;   // a call or a store
  uint32_t Through = None; // for a store: that call, if any
};

/// How coroutine code reaches a function: entries top down, the one in
/// coroutine code first (chainOf()).
using Chain = std::vector<Entry>;

/// Item 1: a seed (Function), the call that makes it one, the ordinary
/// functions it implies (with their distance from it), those of them no
/// other calls, and the stores of their addresses into pointers that are not
/// coroutine_fn.
struct MustBeCoroutineData {
  uint32_t Function = None, Call = None;
  std::vector<std::pair<uint32_t, uint32_t>> Implied; // function, distance
  std::vector<uint32_t> Tops;
  std::vector<uint32_t> Escapes; // stores
};
/// Item 2: a call in Function, which runs only in coroutines, to a blocking
/// function, whose twin may be None.
struct BlockingCallData {
  uint32_t Function = None, Call = None, Twin = None;
  Chain Via;
};
/// Item 2: Function needs a coroutine version; Call is its slow call.
struct NeedsCoroutineVersionData {
  uint32_t Function = None, Call = None, Twin = None;
};
/// Item 3: Function's Call to a mixed function; Via is empty for a
/// suggestion.
struct MixedCallerData {
  uint32_t Function = None, Call = None;
  Chain Via;
};
/// Item 3: the mixed Function, and its calls, all in coroutine context.
struct CanBeCoroutineData {
  uint32_t Function = None;
  std::vector<uint32_t> Calls;
};
/// Item 4: a callback field (a Target), one store of each function stored
/// in it, the verdict, and how the calls through it stand.
struct CallbackData {
  uint32_t Field = None;
  std::vector<uint32_t> Stores;
  const char *Verdict = "";
  unsigned CoroutineCalls = 0, OtherCalls = 0;
};
/// Item 6: a wrapper and its twin (None when not declared).
struct WrapperTwinData {
  uint32_t Function = None, Twin = None;
};
/// A finding the exported fixes leave out (FixPlan.h): its kind and function.
struct DecisionData {
  std::string Kind;
  uint32_t Function = None;
};
/// A finding of the compile: an index into Facts::CompileFindings.
struct CompileData {
  uint32_t Index = None;
};
/// The summary: functions defined in the units read, and those of the
/// project called but defined in none, the most used first.
struct CompletenessData {
  size_t Defined = 0;
  std::vector<uint32_t> Missing;
};
using FindingData =
    std::variant<std::monostate, MustBeCoroutineData, BlockingCallData,
                 NeedsCoroutineVersionData, MixedCallerData, CanBeCoroutineData,
                 CallbackData, WrapperTwinData, DecisionData, CompileData,
                 CompletenessData>;

struct Finding {
  unsigned Item = 0;     // the report's item, 1 to 6; 0: about the facts
  const char *Kind = ""; // "must-be-coroutine", ...: stable names for tools
  /// A finding of the compile (Kind is its check), not of the report.
  bool Compile = false;
  /// The compile did not show it, or it is the report's finding at a call
  /// whose finding the compile did not show: not printed, counted.
  bool Suppressed = false;
  Severity Sev = Severity::Warning;
  Loc At;
  std::string Message;
  std::vector<Note> Notes;
  std::string SortKey; // orders findings of one item before their location
  FindingData Data;
};

} // namespace report

#endif
