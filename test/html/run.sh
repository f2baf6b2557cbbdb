#!/usr/bin/env bash
# run.sh REPORT FACTS OUT: the checks of a real program's facts that need
# no compile of their own (ctest qemu-10.0-html, on QEMU 10.0's block layer
# after qemu-10.0 kept its facts): the --html site in headless Chromium
# (browser-check.py), and the DOT of every finding's chain
# (dot-focus-check.py). OUT is rewritten.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
report=$1 facts=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
status=0
python3 "$here/browser-check.py" --report "$report" --facts "$facts" --out "$out" || status=1
python3 "$here/dot-focus-check.py" --report "$report" --facts "$facts" --out "$out" || status=1
exit $status
