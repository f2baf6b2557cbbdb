#!/usr/bin/env bash
# run.sh CLANG PLUGIN [PRELOAD]: compiles QEMU 7.2's block layer and coroutine
# code, unmodified, with the plugin loaded into CLANG, and requires no crash,
# every unit compiled, and exactly the reviewed findings of expected-7.2.txt.
# PRELOAD is put in LD_PRELOAD (the sanitizer runtime for a sanitizer build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
clang=$1 plugin=$2 preload=${3:-}
bash "$here/prepare.sh" >/dev/null 2>"${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err" ||
  { cat "${TMPDIR:-/tmp}/coroplugin-qemu-prepare.err"; bash "$here/prepare.sh"; }
if [ -n "$preload" ]; then
  export LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
exec python3 "$here/compile-units.py" --cc "$clang" --extra-flag="-fplugin=$plugin" \
  --expected "$here/expected-7.2.txt" --time
