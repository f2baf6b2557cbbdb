#!/usr/bin/env bash
# run.sh CLANG PLUGIN REPORT [PRELOAD]: compiles QEMU 7.2's block layer and
# coroutine code, unmodified, with the plugin loaded into CLANG and facts on,
# and requires no crash, every unit compiled, and exactly the reviewed findings
# of expected-7.2.txt; then runs coroplugin-report (REPORT) over the facts and
# requires exactly the reviewed whole-program findings of
# expected-report-7.2.txt. PRELOAD is put in LD_PRELOAD (the sanitizer runtime
# for a sanitizer build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
clang=$1 plugin=$2 report=$3 preload=${4:-}
bash "$here/prepare.sh" >/dev/null 2>"${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err" ||
  { cat "${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err"; bash "$here/prepare.sh"; }
facts=$(mktemp -d)
trap 'rm -rf "$facts" "$facts.report"' EXIT
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
python3 "$here/compile-units.py" --cc "$clang" --extra-flag="-fplugin=$plugin" \
  --extra-flag="-fplugin-arg-coroplugin-facts=$facts" \
  --expected "$here/expected-7.2.txt" --time
# The report links its own sanitizer runtime, if any. Its paths are relative
# to the directory it runs in.
unset LD_PRELOAD
src=$(python3 "$here/compile-units.py" --print-source-dir)
(cd "$src" && "$report" --items=1,2,3 "$facts") > "$facts.report"
grep ': warning: ' "$facts.report" | sort > "$facts.report.warnings" || true
mv "$facts.report.warnings" "$facts.report"
if ! diff -u <(grep -v '^#' "$here/expected-report-7.2.txt" | grep -v '^$' | sort) \
    "$facts.report"; then
  echo "coroplugin-report findings differ from test/qemu/expected-report-7.2.txt (- expected, + actual)"
  exit 1
fi
echo "coroplugin-report: $(wc -l < "$facts.report") findings, as reviewed"
