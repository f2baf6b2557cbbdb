//===- Items.cpp ----------------------------------------------------------===//
#include "Items.h"

namespace report {

namespace {

constexpr ItemInfo ItemTable[] = {
#define ITEM(Number, Name, Default, Title, Needs)                              \
  {Number, Name, ItemDefault::Default, Title},
#include "Items.def"
};

constexpr KindInfo KindTable[] = {
#define KIND(Id, Kind, Item, Page, Summary) {Kind, Item, Page, Summary},
#include "Items.def"
};

constexpr bool itemsFit() {
  for (const ItemInfo &I : ItemTable)
    if (I.Number == 0 || I.Number >= ItemSlots)
      return false;
  for (const KindInfo &K : KindTable)
    if (K.Item >= ItemSlots)
      return false;
  return true;
}
static_assert(itemsFit(), "an item number in Items.def is not below ItemSlots");

} // namespace

llvm::ArrayRef<ItemInfo> allItems() { return ItemTable; }

const ItemInfo *findItem(unsigned Number) {
  for (const ItemInfo &I : ItemTable)
    if (I.Number == Number)
      return &I;
  return nullptr;
}

const ItemInfo *findItem(llvm::StringRef Name) {
  for (const ItemInfo &I : ItemTable)
    if (Name == I.Name)
      return &I;
  return nullptr;
}

llvm::ArrayRef<KindInfo> allKinds() { return KindTable; }

const KindInfo &kindInfo(ReportKind K) { return KindTable[size_t(K)]; }

} // namespace report
