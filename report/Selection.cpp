//===- Selection.cpp ------------------------------------------------------===//
#include "Selection.h"

#include <cstring>

namespace report {

namespace {

struct ItemKind {
  const char *Kind;
  unsigned Item;
};

// Every kind a finding of the report can have, with its item
// (docs/report.md, "What must change, and what is a suggestion").
constexpr ItemKind KindTable[] = {
    {"must-be-coroutine", 1},
    {"blocking-call-in-coroutine-context", 2},
    {"needs-coroutine-version", 2},
    {"mixed-caller", 3},
    {"can-be-coroutine", 3},
    {"callback", 4},
    {"wrapper-twin", 6},
    {"needs-decision", 0},
};

} // namespace

std::string itemNames() {
  std::string S;
  for (const ItemKind &K : KindTable)
    S += std::string(S.empty() ? "" : ", ") + K.Kind +
         (K.Item ? " (" + std::to_string(K.Item) + ")" : std::string());
  return S + ", compile";
}

bool Selection::add(llvm::StringRef Entry, std::string &Error) {
  Entry = Entry.trim();
  Explicit = true;
  unsigned N;
  if (!Entry.getAsInteger(10, N)) {
    if (N < 1 || N > 6 || N == 5) {
      Error = "--items: no item " + Entry.str() +
              " (items are 1 to 4 and 6; item 5 is --dot=FILE)";
      return false;
    }
    Items.insert(N);
    return true;
  }
  if (Entry == "compile") {
    Compile = true;
    return true;
  }
  for (const ItemKind &K : KindTable)
    if (Entry == K.Kind) {
      Kinds.insert(K.Kind);
      return true;
    }
  Error = "--items: no item '" + Entry.str() + "' (items are 1 to 4, 6, or the names " +
          itemNames() + ")";
  return false;
}

bool Selection::shows(const Finding &D) const {
  if (!strcmp(D.Kind, "completeness"))
    return true;
  bool Suggestion = D.Sev == Severity::Remark && !strcmp(D.Kind, "mixed-caller");
  if (!Explicit)
    return D.Sev == Severity::Warning || !strcmp(D.Kind, "needs-decision") ||
           (Suggestions && Suggestion);
  if (D.Compile)
    return Compile;
  return Items.count(D.Item) || Kinds.count(D.Kind) || !strcmp(D.Kind, "needs-decision");
}

bool Selection::showsItem(unsigned Item) const {
  if (!Explicit)
    return true;
  for (const ItemKind &K : KindTable)
    if (K.Item == Item && Kinds.count(K.Kind))
      return true;
  return Items.count(Item);
}

} // namespace report
