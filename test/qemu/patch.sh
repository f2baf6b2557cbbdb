#!/usr/bin/env bash
# patch.sh VERSION CLANG PLUGIN REPORT [PRELOAD]: the whole-program patch on
# real QEMU. Compiles the block-layer unit set of QEMU VERSION with facts and
# per-unit fix export, makes coroplugin-report's patch (--merge-fixes,
# --patch), applies it to the tree with git apply, and requires every unit to
# compile with plain CLANG and with the plugin, and a second round's patch to
# be empty: every finding the patch addressed is gone. The files it patches
# are restored on exit, whatever happens; a lock keeps two runs apart.
source "$(dirname "$0")/common.sh"
exec 9>"$src/.coroplugin-patch.lock"
flock 9
backup=$(mktemp -d)
restore() {
  (cd "$backup" && find . -type f -print0 | xargs -0 -r -I{} cp -p {} "$src/{}")
  rm -rf "$backup" "$facts" "$facts.report" "$fixes" "$facts.diff"
}
trap restore EXIT

compile_units >/dev/null
make_patch
files=$(sed -n 's|^+++ b/||p' "$facts.diff")
echo "patch: $(echo "$files" | grep -c .) files, $(grep -c '^+[^+]' "$facts.diff") lines changed"
(cd "$src" && for f in $files; do mkdir -p "$backup/$(dirname "$f")" && cp -p "$f" "$backup/$f"; done)
(cd "$src" && git apply "$facts.diff")

# quiet CMD...: runs CMD, prints its lines but the "  ok unit" ones.
quiet() {
  local out rc=0
  out=$("$@") || rc=$?
  grep -v '^  ok ' <<<"$out" || true
  return $rc
}

status=0
echo "plain clang, patched tree:"
quiet python3 "$here/compile-units.py" --qemu "$qemu" --cc "$clang" || status=1
rm -rf "$facts" "$fixes"
mkdir -p "$facts"
echo "plugin, patched tree:"
quiet compile_units || status=1
make_patch
if [ -s "$facts.diff" ]; then
  echo "coroplugin: a second round still patches:"
  cat "$facts.diff"
  status=1
fi
exit $status
