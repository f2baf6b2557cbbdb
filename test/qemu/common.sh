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
trap 'rm -rf "$facts" "$facts.report"' EXIT
update=()
[ "${COROPLUGIN_QEMU_UPDATE:-0}" = 1 ] && update=(--update)
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

# compile_units [ARG...]: the selected units with the plugin and facts on.
compile_units() {
  python3 "$here/compile-units.py" --qemu "$qemu" --cc "$clang" \
    --extra-flag="-fplugin=$plugin" --extra-flag="-fplugin-arg-coroplugin-facts=$facts" "$@"
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
