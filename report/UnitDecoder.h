//===- UnitDecoder.h - one unit's facts, decoded from memory --------------===//
//
// A unit's facts as read, before merging (Merger.h): strings as the file
// spells them, locations as indexes into the unit's own file list. The bytes
// come from a facts file or from an object's .coroplugin.facts section
// (FactsInputs.h); decoding does not care which.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_UNITDECODER_H
#define COROPLUGIN_REPORT_UNITDECODER_H

#include "Facts.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace report {

// Files are indexes into RawUnit::Files.
struct RawLoc {
  uint32_t File = None, Line = 0, Col = 0;
};
struct RawTarget {
  bool Present = false;
  std::string Kind, Name;
  MarkerSet Marks;
};
struct RawSpan {
  uint32_t File = None, Offset = 0, Length = 0;
};
struct RawSite {
  RawSpan At;
  coro::MarkerSpace Space = coro::MarkerSpace::None;
};
struct RawFunction {
  std::string Id, Name;
  bool Static = false, Defined = false;
  RawLoc Where, Dispatch;
  MarkerSet Marks;
  std::vector<RawSite> Sites;
};
struct RawCall {
  std::string Caller, Callee; // Callee empty: indirect
  RawTarget Via;
  Side S = Side::Unknown;
  RawLoc At;
  RawSpan Name;
};
struct RawStore {
  std::string Fn, In; // In empty: file scope
  RawTarget Into;
  RawLoc At;
};
struct RawWrapper {
  std::string Wrapper, Twin;
  bool SameType = false;
};
struct RawFinding {
  std::string Check, Function, Object, Message, SuppressedBy;
  bool Shown = false;
  RawLoc At;
};
/// The macros of Markers are not defined in file FilesRead[Read] before
/// offset Before (None: in the whole file), as the unit read it.
struct RawUndefined {
  uint32_t Read = None;
  MarkerSet Markers;
  uint32_t Before = None;
};
struct RawUnit {
  std::string Path;  // where it was read, for messages
  std::string Error; // why it cannot be used; empty when it can
  std::string Unit;  // its "unit"
  /// "object.key" for each key read past (docs: readers ignore them).
  std::vector<std::string> Ignored;
  std::vector<std::string> Files;
  std::vector<RawFunction> Functions;
  std::vector<RawCall> Calls;
  std::vector<RawStore> Stores;
  std::vector<RawWrapper> Wrappers;
  std::vector<RawFinding> Findings;
  std::optional<MarkerSet> MarkerMacros; // none: the file does not say
  /// The files it read outside system headers; none: the file does not say.
  std::optional<std::vector<uint32_t>> FilesRead;
  std::vector<RawUndefined> MarkerUndefined;
};

/// Decodes one facts JSON document into U as docs/facts-format.md says: keys
/// it does not know and values of the wrong type are ignored; bad JSON, a
/// document of another format or version is U.Error.
void decodeUnit(llvm::StringRef Json, RawUnit &U);

} // namespace report

#endif
