//===- Findings.h - what the analyses report, before it is printed --------===//
//
// A finding is one compiler-style diagnostic (a location, a message, notes)
// plus the structured data --format=json adds to it.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FINDINGS_H
#define COROPLUGIN_REPORT_FINDINGS_H

#include "Facts.h"

#include "llvm/Support/JSON.h"

#include <memory>
#include <string>
#include <vector>

namespace report {

enum class Severity { Warning, Remark };

struct Note {
  Loc At;
  std::string Message;
};

struct Finding {
  unsigned Item = 0;     // the report's item, 1 to 6; 0: about the facts
  const char *Kind = ""; // "must-be-coroutine", ...: stable names for tools
  Severity Sev = Severity::Warning;
  Loc At;
  std::string Message;
  std::vector<Note> Notes;
  std::string SortKey; // orders findings of one item before their location
  /// Only made for --format=json (Results::JSON); a pointer keeps moves cheap.
  std::unique_ptr<llvm::json::Object> Data;
  llvm::json::Object &data() {
    if (!Data)
      Data = std::make_unique<llvm::json::Object>();
    return *Data;
  }
};

} // namespace report

#endif
