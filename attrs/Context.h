//===- Context.h - which context code runs in -----------------------------===//
//
// Clang-free, like MarkerSet.h: the plugin judges a call's context from the
// qemu_in_coroutine() test it stands under and its caller's markers
// (Check.h's CallContext), and the report judges a recorded call from the
// same two facts (report/Graph.h), with the one rule below.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_ATTRS_CONTEXT_H
#define COROPLUGIN_ATTRS_CONTEXT_H

#include "MarkerSet.h"

#include <cstdint>

namespace coro {

/// The side of a qemu_in_coroutine() test that a statement is on.
enum class Side : uint8_t { Unknown, Coroutine, Ordinary };

enum class Context { Ordinary, Mixed, Coroutine };

/// Where code runs: the side of a qemu_in_coroutine() test decides,
/// otherwise the markers of the function it is in (Caller).
inline Context contextOf(Side S, MarkerSet Caller) {
  if (S == Side::Coroutine)
    return Context::Coroutine;
  if (S == Side::Ordinary)
    return Context::Ordinary;
  if (Caller.isCoroutine())
    return Context::Coroutine;
  if (Caller.isMixed())
    return Context::Mixed;
  return Context::Ordinary;
}

} // namespace coro

#endif
