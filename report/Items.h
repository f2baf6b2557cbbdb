//===- Items.h - the report's items and kinds of finding (Items.def) ------===//
#ifndef COROPLUGIN_REPORT_ITEMS_H
#define COROPLUGIN_REPORT_ITEMS_H

#include "Findings.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace report {

/// Whether an item is printed without --items (Items.def).
enum class ItemDefault { Shown, Asked, DotFile };

struct ItemInfo {
  unsigned Number;
  const char *Name;
  ItemDefault Default;
  const char *Title;
};

/// Item numbers are below this: 0 (no item) to 6.
constexpr unsigned ItemSlots = 7;

llvm::ArrayRef<ItemInfo> allItems();
/// The item of that number or name; null when there is none.
const ItemInfo *findItem(unsigned Number);
const ItemInfo *findItem(llvm::StringRef Name);

enum class ReportKind {
#define KIND(Id, Kind, Item, Page, Summary) Id,
#include "Items.def"
};

struct KindInfo {
  const char *Kind;
  unsigned Item;
  const char *Page;
  const char *Summary;
};

llvm::ArrayRef<KindInfo> allKinds();
const KindInfo &kindInfo(ReportKind K);

/// A finding of kind K, its Kind and Item filled in.
inline Finding findingOf(ReportKind K) {
  Finding D;
  D.Kind = kindInfo(K).Kind;
  D.Item = kindInfo(K).Item;
  return D;
}

} // namespace report

#endif
