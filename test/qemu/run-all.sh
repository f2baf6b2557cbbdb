#!/usr/bin/env bash
# run-all.sh VERSION CLANG PLUGIN REPORT [PRELOAD]: every C unit of the QEMU
# VERSION configuration, -fsyntax-only, with the plugin and facts on, except
# the units plain CLANG cannot compile there (found once per compiler and
# named). Requires zero crashes and zero failed units, then runs
# coroplugin-report (items 1 to 3) over the facts and prints the findings' counts per check
# and per report kind. Where the whole tree's findings were reviewed
# (expected-all-VERSION.txt, expected-report-all-VERSION.txt) they must be
# exactly those, as run.sh requires of the block layer; COROPLUGIN_QEMU_UPDATE=1
# writes both, keeping reasons; COROPLUGIN_QEMU_KEEP_FACTS=DIR keeps the facts.
export COROPLUGIN_QEMU_UNITS=all
source "$(dirname "$0")/common.sh"
status=0
findings=$here/expected-all-$qemu.txt report_findings=$here/expected-report-all-$qemu.txt
reviewed=()
[ -e "$findings" ] || [ ${#update[@]} -gt 0 ] && reviewed=(--expected "$findings" ${update[@]+"${update[@]}"})
compile_units --time --without-plain-failures ${reviewed[@]+"${reviewed[@]}"} | grep -v '^  ok ' ||
  status=1
echo "facts: $(ls "$facts" | wc -l) files, $(du -sh "$facts" | cut -f1)"
if [ -n "${COROPLUGIN_QEMU_KEEP_FACTS:-}" ]; then
  rm -rf "$COROPLUGIN_QEMU_KEEP_FACTS" && cp -r "$facts" "$COROPLUGIN_QEMU_KEEP_FACTS"
fi
start=$(date +%s%N)
run_report --items=1,2,3
echo "report: $(( ($(date +%s%N) - start) / 1000000 )) ms"
if [ -e "$report_findings" ] || [ ${#update[@]} -gt 0 ]; then
  report_expected "$report_findings" ${update[@]+"${update[@]}"} || status=1
else
  report_expected --counts
fi
exit $status
