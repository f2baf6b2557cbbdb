#!/usr/bin/env bash
# run-all.sh CLANG PLUGIN REPORT [PRELOAD]: every C unit of the QEMU 7.2
# configuration (about 2,000), -fsyntax-only, with the plugin and facts on.
# Requires zero crashes and zero failed units, then runs coroplugin-report over
# the facts. Findings are counted, not compared (see run.sh for that).
export COROPLUGIN_QEMU_UNITS=all
source "$(dirname "$0")/common.sh"
compile_units --time | tail -3
echo "facts: $(ls "$facts" | wc -l) files, $(du -sh "$facts" | cut -f1)"
start=$(date +%s%N)
run_report || true
echo "report: $(grep -c 'warning:' "$facts.report") warnings in $(( ($(date +%s%N) - start) / 1000000 )) ms"
