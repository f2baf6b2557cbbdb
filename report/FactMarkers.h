//===- FactMarkers.h - marker names in facts files, and what they imply ---===//
//
// The report reads markers as names ("coroutine_fn", "co_wrapper", ...). The
// table is the plugin's own attrs/Markers.def, so a marker added there is
// known here too; a name not in it is ignored.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FACTMARKERS_H
#define COROPLUGIN_REPORT_FACTMARKERS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace report {

enum class Marker : unsigned {
#define MARKER(Enum, Name, Subjects, Implies) Enum,
#include "Markers.def"
};

/// A set of markers as bits; cheap to copy and to union across units.
class Markers {
public:
  Markers() = default;
  /// Adds the marker called Name; unknown names are ignored.
  void add(llvm::StringRef Name);
  void add(Marker M) { Bits |= 1u << static_cast<unsigned>(M); }
  bool has(Marker M) const { return Bits & (1u << static_cast<unsigned>(M)); }
  Markers &operator|=(Markers O) { Bits |= O.Bits; return *this; }
  bool empty() const { return Bits == 0; }

  /// coroutine_fn, or the no_co_wrapper family (generated as coroutine_fn),
  /// unless it conflicts.
  bool isCoroutine() const;
  /// coroutine_mixed_fn, generated_co_wrapper, co_wrapper_mixed*, or markers
  /// that conflict.
  bool isMixed() const;
  /// coroutine_fn with no_coroutine_fn or coroutine_mixed_fn (the plugin's
  /// marker-conflict): judged by the least restrictive meaning, mixed, as the
  /// plugin does.
  bool conflicts() const;
  /// Written coroutine_mixed_fn (not a wrapper).
  bool isMixedFn() const { return has(Marker::CoroutineMixedFn); }
  /// no_coroutine_fn, co_wrapper, co_wrapper_bdrv_rdlock.
  bool isNoCoroutine() const;
  /// A generated wrapper that coroutine code must not call: generated_co_wrapper,
  /// co_wrapper*, co_wrapper_mixed*; also QEMU master's co_wrapper_mixed,
  /// spelled `no_coroutine_fn coroutine_mixed_fn`.
  bool isForwardWrapper() const;
  /// Any wrapper marker, the no_co_wrapper family included.
  bool isAnyWrapper() const;
  /// No coroutine_fn or coroutine_mixed_fn marker and not a wrapper.
  bool isOrdinary() const { return !isCoroutine() && !isMixed() && !isAnyWrapper(); }

  /// "coroutine_fn, no_coroutine_fn", or "unmarked".
  std::string describe() const;
  /// "'coroutine_fn'", "'no_coroutine_fn coroutine_mixed_fn'" (as they are
  /// written), or "" when there is none: messages quote markers as the plugin.
  std::string quoted() const;
  /// The first marker's name, or "".
  llvm::StringRef first() const;
  template <typename Fn> void forEach(Fn F) const {
    for (unsigned I = 0; I < 32; ++I)
      if (Bits & (1u << I))
        F(static_cast<Marker>(I));
  }
  static llvm::StringRef name(Marker M);

private:
  uint32_t Bits = 0;
};

} // namespace report

#endif
