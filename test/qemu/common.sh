# Sourced by run.sh and run-all.sh, with their arguments VERSION CLANG PLUGIN
# REPORT [PRELOAD]: prepares QEMU VERSION (7.2 or 10.0; COROPLUGIN_QEMU_UNITS
# says which units), makes a facts directory that is removed on exit, and puts
# PRELOAD (the sanitizer runtime of a sanitizer build) in LD_PRELOAD for the
# compiles. COROPLUGIN_QEMU_UPDATE=1 puts --update in $update, for the
# comparisons with the expected files.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
qemu=$1 clang=$2 plugin=$3 report=$4 preload=${5:-}
err=$(mktemp)
bash "$here/prepare.sh" "$qemu" >/dev/null 2>"$err" ||
  { cat "$err"; bash "$here/prepare.sh" "$qemu"; }
rm -f "$err"
src=$(python3 "$here/compile-units.py" --qemu "$qemu" --print-source-dir)
build=$(python3 "$here/compile-units.py" --qemu "$qemu" --print-build-dir)
facts=$(mktemp -d)
fixes=$facts.fixes
trap 'rm -rf "$facts" "$facts.report" "$fixes" "$facts.diff"' EXIT
update=()
[ "${COROPLUGIN_QEMU_UPDATE:-0}" = 1 ] && update=(--update)
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

# compile_units [ARG...]: the selected units with the plugin, facts and
# per-unit fix export on.
compile_units() {
  python3 "$here/compile-units.py" --qemu "$qemu" --cc "$clang" \
    --extra-flag="-fplugin=$plugin" --extra-flag="-fplugin-arg-coroplugin-facts=$facts" \
    --extra-flag="-fplugin-arg-coroplugin-export-fixes=$fixes" "$@"
}

# make_patch: coroplugin-report's whole-program patch of the facts and the
# per-unit fixes into $facts.diff, paths relative to the source root.
make_patch() {
  (unset LD_PRELOAD; cd "$src" &&
    "$report" --merge-fixes="$fixes" --patch="$facts.diff" "$facts" >/dev/null)
}

# patch_expected FILE: $facts.diff equals the diff part of the reviewed FILE
# (from its first "--- a/" line; the text above it is the review, which git
# apply skips too). With $update set, rewrites the diff part.
patch_expected() {
  local expected=$1 head
  head=$(sed -n '/^--- a\//q;p' "$expected" 2>/dev/null || true)
  if [ ${#update[@]} -gt 0 ]; then
    { printf '%s\n' "$head"; cat "$facts.diff"; } >"$expected"
    return 0
  fi
  if ! diff -u <(sed -n '/^--- a\//,$p' "$expected") "$facts.diff"; then
    echo "coroplugin: the whole-program patch differs from $expected (diff above)"
    return 1
  fi
}

# run_report [ARG...]: coroplugin-report --format=json over the facts into
# $facts.report. The report links its own sanitizer runtime, if any.
run_report() {
  (unset LD_PRELOAD; "$report" --format=json "$@" "$facts") > "$facts.report"
}

# report_expected ARG...: expected.py over the report's findings, with paths
# made relative as compile-units.py makes them.
report_expected() {
  python3 "$here/expected.py" --report-json "$facts.report" --source-dir "$src" \
    --build-dir "$build" "$@"
}
