//===- FactMarkers.cpp ----------------------------------------------------===//
#include "FactMarkers.h"

#include "MarkerTable.h"

#include <initializer_list>

namespace report {
namespace {

using coro::MarkerTable;
using Implies = coro::MarkerMeaning;

constexpr unsigned NumMarkers = sizeof(MarkerTable) / sizeof(MarkerTable[0]);
static_assert(NumMarkers <= 32, "markers are kept in 32 bits");

constexpr uint32_t maskOf(std::initializer_list<Implies> Meanings) {
  uint32_t Mask = 0;
  for (unsigned I = 0; I < NumMarkers; ++I)
    for (Implies M : Meanings)
      if (MarkerTable[I].Meaning == M)
        Mask |= 1u << I;
  return Mask;
}

constexpr uint32_t CoroutineMask = maskOf({Implies::Coroutine, Implies::ReverseWrapper});
constexpr uint32_t MixedMask = maskOf({Implies::Mixed, Implies::MixedWrapper});
constexpr uint32_t NoCoroutineMask =
    maskOf({Implies::NoCoroutine, Implies::NoCoroutineWrapper});
constexpr uint32_t ForwardWrapperMask =
    maskOf({Implies::MixedWrapper, Implies::NoCoroutineWrapper});
constexpr uint32_t AnyWrapperMask = maskOf(
    {Implies::MixedWrapper, Implies::NoCoroutineWrapper, Implies::ReverseWrapper});

} // namespace

void Markers::add(llvm::StringRef Name) {
  for (unsigned I = 0; I < NumMarkers; ++I)
    if (Name == MarkerTable[I].Name) {
      add(static_cast<Marker>(I));
      return;
    }
}

bool Markers::conflicts() const {
  return has(Marker::CoroutineFn) &&
         (has(Marker::NoCoroutineFn) || has(Marker::CoroutineMixedFn));
}
bool Markers::isCoroutine() const { return (Bits & CoroutineMask) && !conflicts(); }
bool Markers::isMixed() const { return (Bits & MixedMask) || conflicts(); }
bool Markers::isNoCoroutine() const { return Bits & NoCoroutineMask; }

bool Markers::isForwardWrapper() const {
  return (Bits & ForwardWrapperMask) ||
         (has(Marker::NoCoroutineFn) && has(Marker::CoroutineMixedFn));
}

bool Markers::isAnyWrapper() const {
  return isForwardWrapper() || (Bits & AnyWrapperMask);
}

std::string Markers::describe() const {
  std::string S;
  forEach([&](Marker M) {
    if (!S.empty())
      S += ", ";
    S += name(M).str();
  });
  return S.empty() ? "unmarked" : S;
}

std::string Markers::quoted() const {
  std::string S;
  forEach([&](Marker M) { S += (S.empty() ? "'" : " ") + name(M).str(); });
  return S.empty() ? S : S + "'";
}

llvm::StringRef Markers::first() const {
  llvm::StringRef S;
  forEach([&](Marker M) {
    if (S.empty())
      S = name(M);
  });
  return S;
}

llvm::StringRef Markers::name(Marker M) {
  return MarkerTable[static_cast<unsigned>(M)].Name;
}

} // namespace report
