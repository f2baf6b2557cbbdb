//===- MarkerTable.h - what each marker of Markers.def means --------------===//
//
// Clang-free, so that the plugin and coroplugin-report read one table.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_ATTRS_MARKERTABLE_H
#define COROPLUGIN_ATTRS_MARKERTABLE_H

namespace coro {

enum class MarkerSubjects { Callables, Functions };

/// The context a marked function runs in (see Markers.def).
enum class MarkerMeaning {
  Coroutine,
  Mixed,
  NoCoroutine,
  MixedWrapper,
  NoCoroutineWrapper,
  ReverseWrapper
};

struct MarkerRow {
  const char *Name;
  MarkerSubjects Subjects;
  MarkerMeaning Meaning;
};

/// One row per marker, in the order of Markers.def.
inline constexpr MarkerRow MarkerTable[] = {
#define MARKER(Enum, Name, Subjects, Meaning)                                  \
  {Name, MarkerSubjects::Subjects, MarkerMeaning::Meaning},
#include "Markers.def"
};

} // namespace coro

#endif
