#!/usr/bin/env bash
# patch-all.sh VERSION CLANG PLUGIN REPORT [PRELOAD]: the whole-program patch
# of every C unit of the QEMU VERSION configuration (ctest -L qemu-all-patch,
# not in scripts/test.sh). On a private copy of the prepared tree (the cache
# is never written: others compile from it), compiles every unit with facts
# and per-unit fix export, makes coroplugin-report's patch (--merge-fixes,
# --patch), applies it with git apply, and requires every unit to compile
# with plain CLANG and with the plugin, and the second round's patch to be
# empty (what is left are decisions). Prints the edits, the decisions by
# reason and the time of each step. COROPLUGIN_PATCH_COPY=DIR keeps the copy
# there (default: a temporary dir, removed on exit). COROPLUGIN_PATCH_UNITS="GLOB ..."
# restricts the units (compile-units.py --unit), for a quick look at the script.
# COROPLUGIN_PATCH_FACTS=DIR keeps round 1's facts, of the unmodified tree, in
# DIR (replacing it), their paths those of the prepared tree, which is the
# same text and stays: for other tools to read; and round 1's patch in DIR.diff
# (for bench/upstream-agreement.py).
export COROPLUGIN_QEMU_UNITS=all
source "$(dirname "$0")/common.sh"

copy=${COROPLUGIN_PATCH_COPY:-}
keep=1
if [ -z "$copy" ]; then
  copy=$(mktemp -d "${TMPDIR:-/var/tmp}/coroplugin-patch-all.XXXXXX")
  keep=0
fi
cleanup() {
  rm -rf "$facts" "$facts.report" "$fixes" "$facts.diff" "$facts.decisions"
  [ $keep = 1 ] || rm -rf "$copy"
}
trap cleanup EXIT

# The copy keeps the layout (the build dir names the source dir as ../NAME
# in its commands); absolute paths in the build dir are rewritten.
t0=$(date +%s)
mkdir -p "$copy"
cp -a "$src" "$copy/$(basename "$src")"
cp -a "$build" "$copy/$(basename "$build")"
csrc=$copy/$(basename "$src") cbuild=$copy/$(basename "$build")
grep -rlI -e "$src" -e "$build" "$cbuild" | xargs -r sed -i "s#$src#$csrc#g; s#$build#$cbuild#g"
echo "copy: $copy ($(( $(date +%s) - t0 )) s)"

# units ARG...: compile-units.py over the copy, its "ok" lines left out.
units() {
  local out rc=0
  local only=() g
  for g in ${COROPLUGIN_PATCH_UNITS:-}; do only+=(--unit="$g"); done
  # Units plain clang cannot compile here (QEMU 10.0: hw/core/eif.c needs
  # libcbor, hw/remote/vfio-user-obj.c libvfio-user) are left out and named,
  # as run-all.sh does.
  out=$(python3 "$here/compile-units.py" --qemu "$qemu" --build-dir "$cbuild" \
        --cc "$clang" --all-units --without-plain-failures --time "${only[@]}" "$@") || rc=$?
  grep -v '^  ok ' <<<"$out" || true
  return $rc
}
with_plugin() {
  units --extra-flag="-fplugin=$plugin" --extra-flag="-fplugin-arg-coroplugin-facts=$facts" \
    --extra-flag="-fplugin-arg-coroplugin-export-fixes=$fixes"
}
# patch_round: the report's patch of $facts and $fixes into $facts.diff, its
# decisions counted by reason.
patch_round() {
  local t=$(date +%s)
  (unset LD_PRELOAD; cd "$csrc" &&
    "$report" --items=1,2,3 --merge-fixes="$fixes" --patch="$facts.diff" "$facts") |
    grep 'needs-decision\]$' >"$facts.decisions" || true
  echo "report: $(( $(date +%s) - t )) s; patch: $(grep -c '^+++ ' "$facts.diff") files," \
       "$(grep -c '^+[^+]' "$facts.diff") lines changed; $(wc -l <"$facts.decisions") decisions:"
  python3 "$here/decision-reasons.py" "$facts.decisions"
}

status=0
echo "round 1, plugin, unmodified tree:"
with_plugin || status=1
if [ -n "${COROPLUGIN_PATCH_FACTS:-}" ]; then
  rm -rf "$COROPLUGIN_PATCH_FACTS" && cp -a "$facts" "$COROPLUGIN_PATCH_FACTS"
  grep -rlI -e "$csrc" -e "$cbuild" "$COROPLUGIN_PATCH_FACTS" |
    xargs -r sed -i "s#$csrc#$src#g; s#$cbuild#$build#g" || true
fi
patch_round
[ -z "${COROPLUGIN_PATCH_FACTS:-}" ] || cp "$facts.diff" "$COROPLUGIN_PATCH_FACTS.diff"
if [ -s "$facts.diff" ]; then (cd "$csrc" && git apply "$facts.diff") || exit 1; fi
echo "plain clang, patched tree:"
units || status=1
rm -rf "$facts" "$fixes"
mkdir -p "$facts"
echo "round 2, plugin, patched tree:"
with_plugin || status=1
patch_round
if [ -s "$facts.diff" ]; then
  echo "coroplugin: a second round still patches:"
  cat "$facts.diff"
  status=1
fi
echo "total: $(( $(date +%s) - t0 )) s"
exit $status
