#!/usr/bin/env bash
# Installs the Debian packages coroplugin needs for the given Clang majors
# (default: 14), skipping what is already there.
set -euo pipefail
versions=("${@:-14}")
# ccache, sccache and distcc: test/objects/ builds through them.
packages=(cmake ninja-build g++ python3 ccache sccache distcc)
for v in "${versions[@]}"; do
  packages+=("clang-$v" "libclang-$v-dev" "llvm-$v-dev" "llvm-$v-tools"
    "clang-tools-$v")
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "coroplugin: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get -o DPkg::Lock::Timeout=900 update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 \
    install -y -q "${missing[@]}"
fi
