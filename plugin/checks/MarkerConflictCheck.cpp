//===- MarkerConflictCheck.cpp - markers that cannot both hold ------------===//
//
// coroutine_fn with no_coroutine_fn, or with coroutine_mixed_fn, on one
// entity: no check of its calls could be right. A warning, not an error:
// clang accepts the code, and QEMU 10 has such a pair across a header and a
// definition (qemu_get_counted_string). The other checks judge the entity as
// coroutine_mixed_fn (MarkerSet in attrs/MarkerSet.h), so the inconsistency is
// reported once, here, at the declaration that writes the second marker.
// (QEMU master's co_wrapper_mixed is no_coroutine_fn coroutine_mixed_fn,
// which is fine.) Like clang's own attribute diagnostics, it is shown in a
// unit that has errors too: it judges declarations alone. Any spelling of a
// marker counts (attribute, annotate, empty macro), and a conflict across
// redeclarations exists only once Sema has merged them, so this is judged
// on the finished unit rather than where each attribute is parsed.
//
//===----------------------------------------------------------------------===//
#include "CheckRegistry.h"
#include "Reporter.h"

using namespace clang;

namespace coro {
namespace {

class MarkerConflictCheck : public Check {
public:
  using Check::Check;

  bool judgesBrokenUnits() const override { return true; }

  void checkDecl(const Decl *D) override {
    MarkerSet Written = writtenMarkers(D);
    const auto *ND = dyn_cast<NamedDecl>(D);
    if (Written.empty() || !ND)
      return;
    MarkerSet Before = writtenBefore(D);
    if (const auto *VD = dyn_cast<ValueDecl>(D))
      Before |= markersOfType(VD->getType());
    MarkerSet After = Before;
    After |= Written;
    auto Conflict = After.conflict();
    if (!Conflict || Before.conflict())
      return;
    auto [First, Second] = *Conflict;
    // Second is the marker this declaration adds.
    if (Before.has(Second))
      std::swap(First, Second);
    const NamedDecl *Other = Before.has(First) ? earlierCarrier(ND, First) : ND;
    if (Other == ND) {
      R.report(ND->getLocation(), Name, {subjectName(ND), ""},
               "'%0' and '%1' markers on %q2 are not compatible; it is "
               "checked as 'coroutine_mixed_fn'",
               markerName(Second), markerName(First), ND);
      return;
    }
    R.report(ND->getLocation(), Name, {subjectName(ND), subjectName(Other)},
             "'%0' on %q1 is not compatible with '%2' on %select{a previous "
             "declaration|its typedef %q4}3; it is checked as "
             "'coroutine_mixed_fn'",
             markerName(Second), ND, markerName(First),
             isa<TypedefNameDecl>(Other), Other)
        .markerNote(Other, First);
  }

private:
  /// The previous declaration, else the typedef, that gives ND marker M.
  static const NamedDecl *earlierCarrier(const NamedDecl *ND, Marker M) {
    for (const Decl *P = ND->getPreviousDecl(); P; P = P->getPreviousDecl())
      if (writtenMarkers(P).has(M))
        return cast<NamedDecl>(P);
    if (const auto *VD = dyn_cast<ValueDecl>(ND))
      if (const TypedefNameDecl *TD = typedefCarrying(VD->getType(), M))
        return TD;
    return ND;
  }
};

} // namespace

std::unique_ptr<Check> makeMarkerConflictCheck(Reporter &R,
                                               MarkerCache &Markers,
                                               llvm::StringRef Name) {
  return std::make_unique<MarkerConflictCheck>(R, Markers, Name);
}

} // namespace coro
