#!/usr/bin/env bash
# run.sh CLANG PLUGIN REPORT [PRELOAD]: compiles QEMU 7.2's block layer and
# coroutine code, unmodified, with the plugin loaded into CLANG and facts on,
# and requires no crash, every unit compiled, and exactly the reviewed findings
# of expected-7.2.txt; then runs coroplugin-report (REPORT) over the facts and
# requires exactly the reviewed whole-program findings of
# expected-report-7.2.txt. PRELOAD is put in LD_PRELOAD (the sanitizer runtime
# for a sanitizer build).
source "$(dirname "$0")/common.sh"
compile_units --expected "$here/expected-7.2.txt" --time
run_report --items=1,2,3
grep ': warning: ' "$facts.report" | sort > "$facts.report.warnings" || true
mv "$facts.report.warnings" "$facts.report"
if ! diff -u <(grep -v '^#' "$here/expected-report-7.2.txt" | grep -v '^$' | sort) \
    "$facts.report"; then
  echo "coroplugin-report findings differ from test/qemu/expected-report-7.2.txt (- expected, + actual)"
  exit 1
fi
echo "coroplugin-report: $(wc -l < "$facts.report") findings, as reviewed"
