#!/usr/bin/env bash
# build.sh MAJOR BUILD_DIR [cmake args...]: configures and builds coroplugin
# against /usr/lib/llvm-MAJOR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=$1 dir=$2
shift 2
cmake -S "$root" -B "$dir" -G Ninja -DLLVM_ROOT="/usr/lib/llvm-$major" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 ||
  { cat "$dir.configure.log"; exit 1; }
# As many jobs as cores: ninja's default (cores + 2) overloads a shared 2-core CI machine.
ninja -C "$dir" -j "$(nproc)"
