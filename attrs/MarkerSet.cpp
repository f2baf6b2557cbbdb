//===- MarkerSet.cpp ------------------------------------------------------===//
#include "MarkerSet.h"

#include "llvm/ADT/Twine.h"

namespace coro {

llvm::StringRef markerName(Marker M) {
  return MarkerTable[static_cast<unsigned>(M)].Name;
}

std::optional<Marker> markerFromName(llvm::StringRef Name) {
  for (unsigned I = 0; I < NumMarkers; ++I)
    if (Name == MarkerTable[I].Name)
      return static_cast<Marker>(I);
  return std::nullopt;
}

MarkerSubjects markerSubjects(Marker M) {
  return MarkerTable[static_cast<unsigned>(M)].Subjects;
}

void MarkerSet::add(llvm::StringRef Name) {
  if (std::optional<Marker> M = markerFromName(Name))
    add(*M);
}

std::optional<std::pair<Marker, Marker>> MarkerSet::conflict() const {
  if (has(Marker::CoroutineFn) && has(Marker::NoCoroutineFn))
    return std::make_pair(Marker::CoroutineFn, Marker::NoCoroutineFn);
  if (has(Marker::CoroutineFn) && has(Marker::CoroutineMixedFn))
    return std::make_pair(Marker::CoroutineFn, Marker::CoroutineMixedFn);
  return std::nullopt;
}

std::string MarkerSet::quoted() const {
  std::string S;
  forEach([&](Marker M) { S += (S.empty() ? "'" : " ") + markerName(M).str(); });
  return S.empty() ? S : S + "'";
}

std::string MarkerSet::describe() const {
  std::string S;
  forEach([&](Marker M) {
    if (!S.empty())
      S += ", ";
    S += markerName(M).str();
  });
  return S.empty() ? "unmarked" : S;
}

std::string coroutineTwinName(llvm::StringRef WrapperName) {
  size_t Underscore = WrapperName.find('_');
  if (Underscore == llvm::StringRef::npos || Underscore == 0 ||
      WrapperName.substr(Underscore + 1).take_front(3) == "co_")
    return {};
  return (WrapperName.substr(0, Underscore + 1) + "co_" +
          WrapperName.substr(Underscore + 1))
      .str();
}

} // namespace coro
