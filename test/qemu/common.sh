# Sourced by run.sh and run-all.sh, with their arguments CLANG PLUGIN REPORT
# [PRELOAD]: prepares QEMU (COROPLUGIN_QEMU_UNITS says which units), makes a
# facts directory that is removed on exit, and puts PRELOAD (the sanitizer
# runtime of a sanitizer build) in LD_PRELOAD for the compiles.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
clang=$1 plugin=$2 report=$3 preload=${4:-}
bash "$here/prepare.sh" >/dev/null 2>"${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err" ||
  { cat "${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err"; bash "$here/prepare.sh"; }
src=$(python3 "$here/compile-units.py" --print-source-dir)
facts=$(mktemp -d)
trap 'rm -rf "$facts" "$facts.report"' EXIT
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

# compile_units [ARG...]: the selected units with the plugin and facts on.
compile_units() {
  python3 "$here/compile-units.py" --cc "$clang" --extra-flag="-fplugin=$plugin" \
    --extra-flag="-fplugin-arg-coroplugin-facts=$facts" "$@"
}

# run_report [ARG...]: coroplugin-report over the facts into $facts.report,
# from the QEMU source root so that its paths are relative. The report links
# its own sanitizer runtime, if any.
run_report() {
  unset LD_PRELOAD
  (cd "$src" && "$report" "$@" "$facts") > "$facts.report"
}
