#!/usr/bin/env bash
# run.sh VERSION CLANG PLUGIN REPORT [PRELOAD]: compiles the block layer and
# coroutine code of QEMU VERSION (7.2 or 10.0), unmodified, with the plugin
# loaded into CLANG and facts on, and requires no crash, every unit compiled,
# and exactly the reviewed findings of expected-VERSION.txt; then runs
# coroplugin-report (REPORT) over the facts and requires exactly the reviewed
# whole-program findings of expected-report-VERSION.txt, and its patch
# (--patch, with the per-unit fixes merged) to be the reviewed
# expected-patch-VERSION.diff (patch.sh applies it). PRELOAD is put in
# LD_PRELOAD (the sanitizer runtime of a sanitizer build).
# COROPLUGIN_QEMU_UPDATE=1 rewrites both files instead, keeping reasons.
source "$(dirname "$0")/common.sh"
status=0
compile_units --expected "$here/expected-$qemu.txt" ${update[@]+"${update[@]}"} --time || status=1
# The facts outlive the run for the tests that read them after it (the --html
# browser test, test/html/run.sh, a ctest fixture of the 10.0 run).
if [ -n "${COROPLUGIN_QEMU_KEEP_FACTS:-}" ]; then
  rm -rf "$COROPLUGIN_QEMU_KEEP_FACTS" && cp -r "$facts" "$COROPLUGIN_QEMU_KEEP_FACTS"
fi
run_report --items=1,2,3
report_expected "$here/expected-report-$qemu.txt" ${update[@]+"${update[@]}"} || status=1
make_patch
patch_expected "$here/expected-patch-$qemu.diff" || status=1
exit $status
