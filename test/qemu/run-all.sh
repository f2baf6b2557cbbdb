#!/usr/bin/env bash
# run-all.sh VERSION CLANG PLUGIN REPORT [PRELOAD]: every C unit of the QEMU
# VERSION configuration, -fsyntax-only, with the plugin and facts on, except
# the units plain CLANG cannot compile there (found once per compiler and
# named). Requires zero crashes and zero failed units, then runs
# coroplugin-report over the facts. Findings are counted per check and per
# report item, not compared (run.sh does that for the block layer).
export COROPLUGIN_QEMU_UNITS=all
source "$(dirname "$0")/common.sh"
compile_units --time --without-plain-failures | grep -v '^  ok '
echo "facts: $(ls "$facts" | wc -l) files, $(du -sh "$facts" | cut -f1)"
start=$(date +%s%N)
run_report
echo "report: $(( ($(date +%s%N) - start) / 1000000 )) ms"
report_expected --counts
