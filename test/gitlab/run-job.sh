#!/usr/bin/env bash
# run-job.sh BUILD_DIR SOURCE_ROOT TOOLS_DIR: runs meson-integration's GitLab
# job (gitlab-ci-coroplugin.yml) with gitlab-ci-local in shell mode over a
# private copy of the prepared QEMU 10 tree, three times:
#   1. COROPLUGIN_WRITE_BASELINE=1: writes the baseline from the tree; passes;
#   2. as CI runs it, with that baseline: passes, and its Code Quality and
#      SARIF artifacts validate;
#   3. after one violation is added to block/io.c: fails, on that finding only.
# ctest -L gitlab-job (not in scripts/test.sh). Needs the prepared tree
# (test/qemu/prepare.sh 10.0) and the npm tools (scripts/install-deps.sh).
set -euo pipefail
build=$1 src=$2 tools=$3
cache=${COROPLUGIN_QEMU10_CACHE:-/var/cache/coroplugin/qemu10}
work=${COROPLUGIN_GITLAB_WORK:-/var/cache/coroplugin-gitlab-job}
gcl=$tools/node_modules/.bin/gitlab-ci-local
job=check-coroutine-annotations
# configure takes the first python3 on PATH: Debian's (test/qemu/prepare-lib.sh).
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH
die() { echo "run-job: $*" >&2; exit 1; }

[[ -x $gcl ]] || die "no gitlab-ci-local in $tools: run scripts/install-deps.sh"
qemu_src=$(find "$cache" -mindepth 1 -maxdepth 1 -type d -name 'qemu-10.*' | head -n 1)
[[ -n $qemu_src && -f $cache/build/compile_commands.json ]] ||
  die "no prepared QEMU 10 tree in $cache: run test/qemu/prepare.sh 10.0"
[[ $(realpath -m "$work") != $(realpath "$cache")* ]] || die "the work directory must not be under $cache"
meson_path=$cache/meson-bpo/usr/lib/python3/dist-packages

# coroplugin from an install prefix, as the job takes it.
mkdir -p "$work"
rm -rf "$work/prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
plugin_id=$(cat "$work"/prefix/lib/coroplugin/*.so "$work/prefix/bin/coroplugin-report" | sha256sum)

# A private copy of the tree, a git repository as gitlab-ci-local wants (it
# reads local includes from git and diffs against origin's default branch),
# reset to the pristine tree on every run. Its build-coroplugin/ is kept
# while the installed coroplugin is the same (ninja does not know that the
# plugin changed).
tree=$work/qemu
git_tree() { git -C "$tree" -c user.name=coroplugin -c user.email=coroplugin@localhost "$@"; }
if [[ ! -d $tree/.git ]]; then
  rm -rf "$tree"
  cp -a "$qemu_src" "$tree"
  rm -f "$tree/.coroplugin-prepared"
  git_tree init -q
  git_tree config gc.auto 0 # gitlab-ci-local copies .git while a gc would repack it
  git_tree add -A
  git_tree commit -qm "QEMU $(cat "$cache/qemu-version")"
  git_tree tag pristine
  git_tree remote add origin https://gitlab.com/coroplugin-ci/qemu.git
  git_tree update-ref refs/remotes/origin/master pristine
  git_tree symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/master
fi
git_tree reset -q --hard pristine
git_tree clean -fdq -e /build-coroplugin/ -e /.gitlab-ci-local/
if [[ "$(cat "$tree/build-coroplugin/.coroplugin-id" 2>/dev/null)" != "$plugin_id" ]]; then
  rm -rf "$tree/build-coroplugin"
fi

# The job installed as README.md's "QEMU CI" says. gitlab-ci-local 4.64.1
# cannot read all of QEMU's CI (it fails on buildtest.yml's `needs: job:`
# mappings), so its top file includes only what the job uses: base.yml (the
# rules of .base_job_template), stages.yml and the job.
cp "$src/meson-integration/gitlab-ci-coroplugin.yml" "$tree/.gitlab-ci.d/coroplugin.yml"
printf "  - local: '/.gitlab-ci.d/coroplugin.yml'\n" >>"$tree/.gitlab-ci.d/qemu-project.yml"
cat >"$tree/.gitlab-ci-coroplugin-test.yml" <<'YAML'
include:
  - local: '/.gitlab-ci.d/base.yml'
  - local: '/.gitlab-ci.d/stages.yml'
  - local: '/.gitlab-ci.d/coroplugin.yml'
variables: # as .gitlab-ci.yml sets them
  QEMU_CI_CONTAINER_TAG: latest
  QEMU_CI_UPSTREAM: qemu-project
YAML
git_tree add -A
git_tree commit -qm "coroplugin CI job"

# What differs from a QEMU CI runner: the shell instead of the job's
# container, coroplugin's prefix, a fork's pipeline (QEMU_CI=2: jobs start by
# themselves; the job is manual anyway, QEMU_JOB_OPTIONAL), and the offline
# tree (no subproject downloads; meson from bookworm-backports).
vars=(--file .gitlab-ci-coroplugin-test.yml --force-shell-executor
  --variable "COROPLUGIN_PREFIX=$work/prefix" --variable QEMU_CI=2
  --variable "CONFIGURE_ARGS=--disable-download --disable-install-blobs"
  --variable "PYTHONPATH=$meson_path")
run() { # run LOG [ARGS...]: the job; its status
  local log=$1
  shift
  echo "+ (cd $tree && gitlab-ci-local --manual $job$(printf ' %q' "${vars[@]}" "$@") $job)"
  (cd "$tree" && nice -n 10 "$gcl" --manual "$job" "${vars[@]}" "$@" "$job") >"$log" 2>&1 ||
    return 1
  # The job is QEMU_JOB_OPTIONAL, so allowed to fail: gitlab-ci-local then
  # exits 0 and says WARN instead of PASS.
  grep -E "^ (PASS|WARN|FAIL) " "$log"
  grep -qE "^ PASS  $job\$" "$log"
}

echo "=== 1. writing the baseline"
run "$work/run1.log" --variable COROPLUGIN_WRITE_BASELINE=1 ||
  { tail -n 40 "$work/run1.log"; die "the baseline run failed (log: $work/run1.log)"; }
printf '%s\n' "$plugin_id" >"$tree/build-coroplugin/.coroplugin-id"
[[ -s $tree/.gitlab-ci.d/coroplugin-baseline.json ]] || die "no baseline written"
grep -E '(warnings?|remarks?),|finished in' "$work/run1.log"

echo "=== 2. the job as CI runs it, with that baseline"
run "$work/run2.log" ||
  { tail -n 40 "$work/run2.log"; die "the job failed with the baseline written from the same tree (log: $work/run2.log)"; }
grep -E '(warnings?|remarks?),|finished in' "$work/run2.log"
"$tools/node_modules/.bin/ajv" validate --spec=draft7 \
  -s "$src/test/report/Inputs/codequality.schema.json" -d "$tree/gl-code-quality-report.json"
"$tools/node_modules/.bin/sarif-multitool" validate "$tree/coroplugin.sarif" >"$work/sarif-validate.log" 2>&1
! grep -E ': (error|warning) ' "$work/sarif-validate.log" || die "SARIF does not validate"
echo "coroplugin.sarif: valid ($(grep -c '"ruleId"' "$tree/coroplugin.sarif") results)"

echo "=== 3. one new violation in block/io.c"
cat >>"$tree/block/io.c" <<'C'

/* Added by coroplugin's test/gitlab/run-job.sh: ordinary code calling a coroutine_fn. */
int coroplugin_ci_flush(BlockDriverState *bs);
int coroplugin_ci_flush(BlockDriverState *bs)
{
    return bdrv_co_flush(bs);
}
C
if run "$work/run3.log"; then
  tail -n 40 "$work/run3.log"
  die "the job passed with a new violation (log: $work/run3.log)"
fi
grep -E "^$job > .*(coroplugin_ci_flush|(warnings?|remarks?),)|finished in" "$work/run3.log"
grep -q "'coroplugin_ci_flush'" "$work/run3.log" || die "the failure does not name the new finding"
echo "run-job: passed with the baseline, failed on the new violation"
