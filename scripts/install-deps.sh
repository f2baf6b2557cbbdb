#!/usr/bin/env bash
# Installs the Debian packages coroplugin needs for the given Clang majors
# (default: 14), skipping what is already there, and the npm tools the tests
# run (pinned below) into $COROPLUGIN_TOOLS_DIR (default: .tools/ in the
# source tree), where CMake's COROPLUGIN_TOOLS_DIR finds them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools_dir="${COROPLUGIN_TOOLS_DIR:-$root/.tools}"
versions=("${@:-14}")
# ccache, sccache and distcc: test/objects/ builds through them; dpkg-dev:
# cpack's dependency list (test/install/); rsync: gitlab-ci-local; nodejs and
# npm: the tools below; chromium: the --html site loaded headless
# (test/html/browser-check.py).
packages=(cmake ninja-build g++ python3 ccache sccache distcc dpkg-dev rsync chromium)
# A nodejs from elsewhere (nodesource) brings its own npm, which Debian's npm
# package conflicts with.
command -v npm >/dev/null || packages+=(nodejs npm)
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

# SARIF validation (test/report/sarif.test), Code Quality validation
# (test/report/codequality.test), and the GitLab job run
# (test/gitlab/, ctest -L gitlab-job). gitlab-ci-local 4.64.1: 4.75.1 needs
# Node 22 (Debian 12 has 18), 4.60.0 a native module built at install.
node_tools=(@microsoft/sarif-multitool@5.7.0 ajv-cli@5.0.0 gitlab-ci-local@4.64.1)
stamp="$tools_dir/installed"
if [ "$(cat "$stamp" 2>/dev/null)" != "${node_tools[*]}" ]; then
  echo "coroplugin: installing ${node_tools[*]} into $tools_dir"
  mkdir -p "$tools_dir"
  npm install --prefix "$tools_dir" --no-save --no-audit --no-fund -q \
    "${node_tools[@]}"
  echo "${node_tools[*]}" >"$stamp"
fi
