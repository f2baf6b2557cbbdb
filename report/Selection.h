//===- Selection.h - which findings --items prints ------------------------===//
//
// By default the report prints what a CI acts on: warnings of every item,
// the compile's findings and the findings left for a decision. The callback
// inventory and the other remarks are printed when their item is asked for,
// by number or name (`--items=4`, `--items=callback`) or by kind name
// (`--items=can-be-coroutine`): report/Items.def.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_SELECTION_H
#define COROPLUGIN_REPORT_SELECTION_H

#include "Findings.h"

#include "llvm/ADT/StringRef.h"

#include <set>
#include <string>

namespace report {

class Selection {
public:
  /// Adds one --items entry: an item's number or name, a kind name
  /// (Items.def), or `compile`. False, with Error saying why, for anything
  /// else.
  bool add(llvm::StringRef Entry, std::string &Error);
  /// Also the --suggestions remarks (item 3's mixed-caller remarks).
  void withSuggestions() { Suggestions = true; }

  bool shows(const Finding &D) const;
  /// Whether item 2 was asked for (JSON's coroutine_context list).
  bool showsItem(unsigned Item) const;

private:
  bool Explicit = false;
  bool Suggestions = false;
  std::set<unsigned> Items;
  std::set<std::string> Kinds;
  bool Compile = false;
};

/// The item and kind names --items takes, "must-be-coroutine (1), ...", for
/// messages.
std::string itemNames();

} // namespace report

#endif
