#!/usr/bin/env bash
# build.sh MAJOR BUILD_DIR [cmake args...]: configures and builds coroplugin
# against /usr/lib/llvm-MAJOR. Release unless the arguments say otherwise: the
# test builds need no debug info, which costs 40% of a cold build's compile
# time (the plugin's units instantiate much of Clang's AST templates).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=$1 dir=$2
shift 2
cmake -S "$root" -B "$dir" -G Ninja -DLLVM_ROOT="/usr/lib/llvm-$major" \
  -DCMAKE_BUILD_TYPE=Release "$@" >"$dir.configure.log" 2>&1 ||
  { cat "$dir.configure.log"; exit 1; }
# As many jobs as cores: ninja's default (cores + 2) overloads a shared 2-core CI machine.
ninja -C "$dir" -j "$(nproc)"
