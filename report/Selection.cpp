//===- Selection.cpp ------------------------------------------------------===//
#include "Selection.h"

#include "Items.h"

#include <cstring>
#include <set>

namespace report {

namespace {

bool isKind(const Finding &D, ReportKind K) {
  return !strcmp(D.Kind, kindInfo(K).Kind);
}

/// The item numbers --items takes, in runs ("1 to 4", "6"), joined by Sep.
std::string selectableNumbers(llvm::StringRef Sep) {
  std::vector<std::pair<unsigned, unsigned>> Runs;
  for (const ItemInfo &I : allItems())
    if (I.Default != ItemDefault::DotFile) {
      if (!Runs.empty() && Runs.back().second + 1 == I.Number)
        Runs.back().second = I.Number;
      else
        Runs.push_back({I.Number, I.Number});
    }
  std::string S;
  for (auto [First, Last] : Runs)
    S += (S.empty() ? "" : Sep.str()) + std::to_string(First) +
         (Last != First ? " to " + std::to_string(Last) : "");
  return S;
}

/// "--items: no item 5 (items are 1 to 4 and 6; item 5 is --dot=FILE)".
std::string noSuchNumber(llvm::StringRef Entry) {
  std::string S = "--items: no item " + Entry.str() + " (items are " +
                  selectableNumbers(" and ");
  for (const ItemInfo &I : allItems())
    if (I.Default == ItemDefault::DotFile)
      S += "; item " + std::to_string(I.Number) + " is --dot=FILE";
  return S + ")";
}

} // namespace

std::string itemNames() {
  std::string S;
  std::set<llvm::StringRef> Seen; // an item and its one kind share a name
  auto Add = [&](llvm::StringRef Name, unsigned Item) {
    if (!Seen.insert(Name).second)
      return;
    S += (S.empty() ? "" : ", ") + Name.str() +
         (Item ? " (" + std::to_string(Item) + ")" : std::string());
  };
  for (const ItemInfo &I : allItems())
    if (I.Default != ItemDefault::DotFile)
      Add(I.Name, I.Number);
  for (const KindInfo &K : allKinds())
    if (K.Kind != kindInfo(ReportKind::Completeness).Kind)
      Add(K.Kind, K.Item);
  return S + ", compile";
}

bool Selection::add(llvm::StringRef Entry, std::string &Error) {
  Entry = Entry.trim();
  Explicit = true;
  unsigned N;
  if (!Entry.getAsInteger(10, N)) {
    const ItemInfo *I = findItem(N);
    if (!I || I->Default == ItemDefault::DotFile) {
      Error = noSuchNumber(Entry);
      return false;
    }
    Items.insert(N);
    return true;
  }
  if (Entry == "compile") {
    Compile = true;
    return true;
  }
  if (const ItemInfo *I = findItem(Entry)) {
    if (I->Default == ItemDefault::DotFile) {
      Error = noSuchNumber("'" + Entry.str() + "'");
      return false;
    }
    Items.insert(I->Number);
    return true;
  }
  for (const KindInfo &K : allKinds())
    if (Entry == K.Kind && K.Kind != kindInfo(ReportKind::Completeness).Kind) {
      Kinds.insert(K.Kind);
      return true;
    }
  Error = "--items: no item '" + Entry.str() + "' (items are " +
          selectableNumbers(", ") + ", or the names " + itemNames() + ")";
  return false;
}

bool Selection::shows(const Finding &D) const {
  if (isKind(D, ReportKind::Completeness))
    return true;
  bool Suggestion = D.Sev == Severity::Remark && isKind(D, ReportKind::MixedCaller);
  bool Decision = isKind(D, ReportKind::NeedsDecision);
  if (!Explicit) {
    const ItemInfo *I = findItem(D.Item);
    bool ShownItem = !I || I->Default == ItemDefault::Shown;
    return (D.Sev == Severity::Warning && ShownItem) || Decision ||
           (Suggestions && Suggestion);
  }
  if (D.Compile)
    return Compile;
  return Items.count(D.Item) || Kinds.count(D.Kind) || Decision;
}

bool Selection::showsItem(unsigned Item) const {
  if (!Explicit)
    return true;
  for (const KindInfo &K : allKinds())
    if (K.Item == Item && Kinds.count(K.Kind))
      return true;
  return Items.count(Item);
}

} // namespace report
