//===- MarkerSet.h - QEMU's coroutine markers and what they mean ----------===//
//
// The marker model that the plugin and the report share, free of Clang: the
// plugin reads markers off the AST (Markers.h), the report off facts files,
// and both judge them here. Each marker has one meaning (Markers.def); a set
// of markers is judged as a whole, so that a combination means the same on
// both sides.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_ATTRS_MARKERSET_H
#define COROPLUGIN_ATTRS_MARKERSET_H

#include "MarkerTable.h"

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

namespace coro {

enum class Marker : unsigned {
#define MARKER(Enum, Name, Subjects, Implies) Enum,
#include "Markers.def"
};
constexpr unsigned NumMarkers = sizeof(MarkerTable) / sizeof(MarkerTable[0]);
static_assert(NumMarkers <= 32, "a MarkerSet keeps its markers in 32 bits");

llvm::StringRef markerName(Marker M);
std::optional<Marker> markerFromName(llvm::StringRef Name);
MarkerSubjects markerSubjects(Marker M);

/// The markers of each meaning, as bits of a MarkerSet.
namespace markermask {
constexpr uint32_t of(std::initializer_list<MarkerMeaning> Meanings) {
  uint32_t Mask = 0;
  for (unsigned I = 0; I < NumMarkers; ++I)
    for (MarkerMeaning M : Meanings)
      if (MarkerTable[I].Meaning == M)
        Mask |= 1u << I;
  return Mask;
}
using Means = MarkerMeaning;
constexpr uint32_t Coroutine = of({Means::Coroutine, Means::ReverseWrapper});
constexpr uint32_t Mixed = of({Means::Mixed, Means::MixedWrapper});
constexpr uint32_t NoCoroutine = of({Means::NoCoroutine, Means::NoCoroutineWrapper});
constexpr uint32_t Wrapper = of({Means::MixedWrapper, Means::NoCoroutineWrapper});
constexpr uint32_t AnyWrapper = Wrapper | of({Means::ReverseWrapper});
constexpr uint32_t Context = of({Means::Coroutine, Means::Mixed, Means::NoCoroutine});
} // namespace markermask

/// A set of markers and the execution context they imply.
class MarkerSet {
public:
  MarkerSet() = default;
  static MarkerSet of(Marker M) { MarkerSet S; S.add(M); return S; }
  static MarkerSet all() { MarkerSet S; S.Bits = (1u << NumMarkers) - 1; return S; }

  void add(Marker M) { Bits |= bit(M); }
  void remove(Marker M) { Bits &= ~bit(M); }
  /// Adds the marker called Name; a name that is no marker is ignored.
  void add(llvm::StringRef Name);
  bool has(Marker M) const { return Bits & bit(M); }
  bool empty() const { return Bits == 0; }
  MarkerSet &operator|=(MarkerSet O) { Bits |= O.Bits; return *this; }
  MarkerSet &operator&=(MarkerSet O) { Bits &= O.Bits; return *this; }
  bool operator==(MarkerSet O) const { return Bits == O.Bits; }
  bool operator!=(MarkerSet O) const { return Bits != O.Bits; }
  MarkerSet without(MarkerSet O) const { return MarkerSet(Bits & ~O.Bits); }

  // The queries below judge a set that contradicts itself (see conflict())
  // by its least restrictive meaning: it runs in both contexts, as if it
  // were only coroutine_mixed_fn. One inconsistent declaration is then one
  // marker-conflict warning, not a finding at every call of the function.

  /// Runs only in coroutine context (coroutine_fn, and the no_co_wrapper
  /// family, which QEMU generates as coroutine_fn).
  bool isCoroutine() const { return judged() & markermask::Coroutine; }
  /// Runs in both contexts: coroutine_mixed_fn, the mixed wrappers, and a
  /// set whose markers conflict.
  bool isMixed() const { return (Bits & markermask::Mixed) || conflicts(); }
  /// Must never run in coroutine context.
  bool isNoCoroutine() const { return judged() & markermask::NoCoroutine; }
  /// Carries a generated wrapper marker (any generation of QEMU): a
  /// non-coroutine function around its `_co_` twin.
  bool isWrapper() const { return Bits & markermask::Wrapper; }
  /// A wrapper by its markers, or a no_coroutine_fn function whose `_co_`
  /// twin is coroutine_fn: QEMU master spells co_wrapper_mixed
  /// `no_coroutine_fn coroutine_mixed_fn`, and hand-written pairs exist.
  bool isWrapperGiven(bool HasCoroutineTwin) const {
    return isWrapper() || (twinDecidesWrapper() && HasCoroutineTwin);
  }
  /// Whether isWrapperGiven() depends on the twin at all, so that callers
  /// look the twin up only then.
  bool twinDecidesWrapper() const { return !isWrapper() && isNoCoroutine(); }
  /// Whether coroutine code may call it at all (mixed wins over no_coroutine_fn,
  /// as in QEMU master's `co_wrapper_mixed = no_coroutine_fn coroutine_mixed_fn`).
  bool mayRunInCoroutine() const { return !isNoCoroutine() || isMixed(); }
  /// States no coroutine context and is no wrapper of either direction:
  /// unmarked, or no_coroutine_fn alone.
  bool isOrdinary() const {
    return !isCoroutine() && !isMixed() && !(Bits & markermask::AnyWrapper);
  }

  /// The markers that state a context: coroutine_fn, coroutine_mixed_fn,
  /// no_coroutine_fn. Declarations must agree on these.
  MarkerSet contextMarkers() const { return MarkerSet(Bits & markermask::Context); }
  /// Two markers that cannot both hold, or none.
  std::optional<std::pair<Marker, Marker>> conflict() const;
  bool conflicts() const {
    return has(Marker::CoroutineFn) &&
           (has(Marker::NoCoroutineFn) || has(Marker::CoroutineMixedFn));
  }
  /// The marker that makes isCoroutine(), isMixed(), isNoCoroutine() or
  /// isWrapper() true, for notes that point at it. mixedReason() is empty
  /// for `coroutine_fn no_coroutine_fn`, which no single marker makes mixed.
  std::optional<Marker> coroutineReason() const { return first(judged() & markermask::Coroutine); }
  std::optional<Marker> mixedReason() const { return first(Bits & markermask::Mixed); }
  std::optional<Marker> noCoroutineReason() const { return first(judged() & markermask::NoCoroutine); }
  std::optional<Marker> wrapperMarker() const { return first(Bits & markermask::Wrapper); }

  /// "'coroutine_fn'", "'no_coroutine_fn coroutine_mixed_fn'" (in table
  /// order), or "" for none: messages quote markers this way.
  std::string quoted() const;
  /// "coroutine_fn, no_coroutine_fn", or "unmarked".
  std::string describe() const;

  template <typename Fn> void forEach(Fn F) const {
    for (uint32_t B = Bits; B; B &= B - 1)
      F(static_cast<Marker>(__builtin_ctz(B)));
  }

private:
  explicit MarkerSet(uint32_t B) : Bits(B) {}
  static constexpr uint32_t bit(Marker M) { return 1u << static_cast<unsigned>(M); }

  /// Without the coroutine_fn and no_coroutine_fn of a conflicting set.
  uint32_t judged() const {
    return conflicts() ? Bits & ~(bit(Marker::CoroutineFn) | bit(Marker::NoCoroutineFn))
                       : Bits;
  }
  static std::optional<Marker> first(uint32_t B) {
    if (!B)
      return std::nullopt;
    return static_cast<Marker>(__builtin_ctz(B));
  }

  uint32_t Bits = 0;
};

/// `bdrv_pread` -> `bdrv_co_pread`: `co_` after the first `_`; empty when the
/// name has no `_` or already is a `_co_` name.
std::string coroutineTwinName(llvm::StringRef WrapperName);

} // namespace coro

#endif
