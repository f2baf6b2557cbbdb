#!/usr/bin/env bash
# The whole test suite: for each Clang in COROPLUGIN_CLANGS (default
# "14 19 22") build coroplugin and run, through ctest, its lit suite and the
# real-QEMU tests of QEMU 7.2, 10.0 and 10.2, the current release (labels
# qemu, qemu10 and qemu10.2; COROPLUGIN_QEMU=0 skips them), then the same on an AddressSanitizer +
# UndefinedBehaviorSanitizer build (COROPLUGIN_SANITIZE_CLANG, default 14;
# empty to skip). Installs missing Debian packages first. Ends with one
# line: "N passed, N failed, N skipped".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
read -r -a versions <<<"${COROPLUGIN_CLANGS:-14 19 22}"
sanitize=${COROPLUGIN_SANITIZE_CLANG-14}
builds=${COROPLUGIN_BUILD_ROOT:-$root/build}
mkdir -p "$builds"

all_versions=("${versions[@]}")
[ -n "$sanitize" ] && all_versions+=("$sanitize")
"$root/scripts/install-deps.sh" $(printf '%s\n' "${all_versions[@]}" | sort -u) || exit 1
# The tools install-deps.sh installed are there: a test that needs one fails
# instead of being skipped (test/lit.cfg.py).
export COROPLUGIN_REQUIRE_TOOLS=1

runs=()
for v in "${versions[@]}"; do runs+=("clang-$v:$v:"); done
# With debug info, so that a sanitizer's report names source lines.
[ -n "$sanitize" ] &&
  runs+=("clang-$sanitize-sanitizers:$sanitize:-DCOROPLUGIN_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo")

status=0
for run in "${runs[@]}"; do
  IFS=: read -r name major flags <<<"$run"
  dir="$builds/$name"
  echo "=== $name"
  rm -f "$dir/lit-results.xml" "$dir/qemu-results.xml" "$dir/qemu10-results.xml" \
    "$dir/qemu10.2-results.xml"
  if ! "$root/scripts/build.sh" "$major" "$dir" $flags; then
    echo "coroplugin: build failed for $name"
    status=1
    continue
  fi
  (cd "$dir" && ctest --output-on-failure -L lit) || status=1
  if [ "${COROPLUGIN_QEMU:-1}" != 0 ]; then
    # Anchored: ctest -L is a regex, and qemu-all / qemu10-all take long.
    (cd "$dir" && ctest --output-on-failure -L '^qemu$' --output-junit qemu-results.xml) || status=1
    (cd "$dir" && ctest --output-on-failure -L '^qemu10$' --output-junit qemu10-results.xml) || status=1
    (cd "$dir" && ctest --output-on-failure -L '^qemu10\.2$' --output-junit qemu10.2-results.xml) || status=1
  fi
done

shopt -s nullglob
python3 "$root/scripts/count-results.py" "$builds"/*/lit-results.xml "$builds"/*/qemu-results.xml \
  "$builds"/*/qemu10-results.xml "$builds"/*/qemu10.2-results.xml || status=1
exit $status
