#!/usr/bin/env bash
# Installs what is missing, builds coroplugin for Clang ${COROPLUGIN_CLANG:-14}
# and compiles examples/qemu-style/qcow-mini.c with it, so the diagnostics show.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=${COROPLUGIN_CLANG:-14}
dir=${COROPLUGIN_BUILD_ROOT:-$root/build}/clang-$major
"$root/scripts/install-deps.sh" "$major"
mkdir -p "$(dirname "$dir")"
"$root/scripts/build.sh" "$major" "$dir" >/dev/null
echo "+ clang-$major -fplugin=$dir/lib/libcoroplugin.so -fsyntax-only examples/qemu-style/qcow-mini.c"
cd "$root"
"/usr/lib/llvm-$major/bin/clang" -fplugin="$dir/lib/libcoroplugin.so" \
  -fsyntax-only -Wall examples/qemu-style/qcow-mini.c || true
