#!/usr/bin/env bash
# run-all.sh CLANG PLUGIN REPORT [PRELOAD]: every C unit of the QEMU 7.2
# configuration (about 2,000), -fsyntax-only, with the plugin and facts on.
# Requires zero crashes and zero failed units, then runs coroplugin-report over
# the facts. Findings are counted, not compared (see run.sh for that).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
clang=$1 plugin=$2 report=$3 preload=${4:-}
export COROPLUGIN_QEMU_UNITS=all
bash "$here/prepare.sh" >/dev/null 2>"${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err" ||
  { cat "${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err"; exit 1; }
facts=$(mktemp -d)
trap 'rm -rf "$facts"' EXIT
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
python3 "$here/compile-units.py" --cc "$clang" --extra-flag="-fplugin=$plugin" \
  --extra-flag="-fplugin-arg-coroplugin-facts=$facts" --time | tail -3
unset LD_PRELOAD
echo "facts: $(ls "$facts" | wc -l) files, $(du -sh "$facts" | cut -f1)"
start=$(date +%s%N)
"$report" "$facts" > "$facts.report" || true
echo "report: $(grep -c 'warning:' "$facts.report") warnings in $(( ($(date +%s%N) - start) / 1000000 )) ms"
rm -f "$facts.report"
