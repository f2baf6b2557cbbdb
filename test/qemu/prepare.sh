#!/usr/bin/env bash
# prepare.sh [7.2|10.0]: a configured QEMU build tree (default 7.2) whose
# compile_commands.json compile-units.py replays with any compiler and plugin.
# 7.2 is Debian 12's qemu source package, 10.0 Debian 13's; each is the newest
# point release the archive offers, fetched through a private apt
# configuration in the cache dir (the system's apt sources are not touched).
#
# Idempotent: every step is skipped when its result is already there.
#
# Environment:
#   COROPLUGIN_QEMU_CACHE / COROPLUGIN_QEMU10_CACHE  cache dir of 7.2 / 10.0
#       (default /var/cache/coroplugin/qemu / /var/cache/coroplugin/qemu10)
#   COROPLUGIN_QEMU_BUILD / COROPLUGIN_QEMU10_BUILD  build dir (default CACHE/build)
#   COROPLUGIN_QEMU_REFRESH=1  look for a newer point release even when a tree exists
#   QEMU_CC                C compiler given to configure (default clang)
#   QEMU_CXX               C++ compiler (default derived from QEMU_CC)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
QEMU=${1:-7.2}

case $QEMU in
7.2)
    CACHE=${COROPLUGIN_QEMU_CACHE:-/var/cache/coroplugin/qemu}
    BUILD=${COROPLUGIN_QEMU_BUILD:-$CACHE/build}
    SUITE=bookworm
    VERSION_RE='^1:7\.2\+dfsg-'
    PATCHES=(skip-meson-pc-bios.diff ignore-roms-dependency-in-qtest.patch)
    DEPS=(meson ninja-build pkgconf python3 libglib2.0-dev libpixman-1-dev zlib1g-dev
          libfdt-dev dpkg-dev clang-14 patch xz-utils)
    CONF_ARGS=(--target-list=x86_64-softmmu --disable-user --disable-docs)
    MESON_BPO=0 ;;
10.0)
    CACHE=${COROPLUGIN_QEMU10_CACHE:-/var/cache/coroplugin/qemu10}
    BUILD=${COROPLUGIN_QEMU10_BUILD:-$CACHE/build}
    SUITE=trixie
    VERSION_RE='^1:10\.0\.'
    PATCHES=(disable-pycotap.patch skip-unpack-edk2-blobs.patch)
    DEPS=(python3 python3-venv ninja-build pkgconf bison flex libglib2.0-dev
          libpixman-1-dev zlib1g-dev libfdt-dev dpkg-dev clang-14 patch xz-utils)
    CONF_ARGS=(--target-list=x86_64-softmmu --disable-docs --disable-werror
               --disable-download --disable-install-blobs)
    # QEMU 10 needs meson >= 1.5; bookworm has 1.0.
    MESON_BPO=1 ;;
10.2)
    # The current release: Debian unstable's, pinned (unstable moves on, and
    # its newer entries are listed before their files reach the mirror).
    CACHE=${COROPLUGIN_QEMU102_CACHE:-/var/cache/coroplugin/qemu10.2}
    BUILD=${COROPLUGIN_QEMU102_BUILD:-$CACHE/build}
    SUITE=sid
    VERSION_RE='^1:10\.2\.2\+ds-1$'
    PATCHES=(disable-pycotap.patch skip-unpack-edk2-blobs.patch skip-install-dtb.patch)
    DEPS=(python3 python3-venv ninja-build pkgconf bison flex libglib2.0-dev
          libpixman-1-dev zlib1g-dev libfdt-dev dpkg-dev clang-14 patch xz-utils)
    CONF_ARGS=(--target-list=x86_64-softmmu --disable-docs --disable-werror
               --disable-download --disable-install-blobs)
    MESON_BPO=1 ;;
*)
    echo "prepare.sh: unknown QEMU version '$QEMU' (7.2, 10.0 or 10.2)" >&2; exit 2 ;;
esac
source "$HERE/prepare-lib.sh"

mkdir -p "$CACHE"
APT_LOG=$CACHE/apt.log
install_deps "${DEPS[@]}"

# --- source package: the newest point release of the series -----------------
if [[ -f $CACHE/qemu-version && ${COROPLUGIN_QEMU_REFRESH:-0} != 1 ]]; then
    VERSION=$(cat "$CACHE/qemu-version")
    step "QEMU $VERSION (resolved before; COROPLUGIN_QEMU_REFRESH=1 looks again)"
else
    private_apt_update "$SUITE" "$MESON_BPO"
    VERSION=$(newest_source_version qemu "$VERSION_RE")
    [[ -n $VERSION ]] || die "the archive offers no qemu matching $VERSION_RE (log: $APT_LOG)"
    step "newest qemu source in $SUITE: $VERSION"
fi
NOEPOCH=${VERSION#*:}
UPSTREAM=${NOEPOCH%-*}
SRC=$CACHE/qemu-$UPSTREAM
if [[ -f $CACHE/qemu_$NOEPOCH.dsc && -f $CACHE/qemu_$UPSTREAM.orig.tar.xz ]]; then
    step "source package qemu $VERSION already in $CACHE"
else
    private_apt_update "$SUITE" "$MESON_BPO"
    step "apt-get source --download-only qemu=$VERSION (into $CACHE)"
    # apt checks every file against the signed index.
    (cd "$CACHE" && "${PAPT[@]}" -q source --download-only "qemu=$VERSION") >>"$APT_LOG" 2>&1 \
        || { tail -n 20 "$APT_LOG" >&2; die "apt-get source qemu=$VERSION failed (log: $APT_LOG)"; }
fi
printf '%s\n' "$VERSION" >"$CACHE/qemu-version"

# --- extract upstream source and apply the build-system patches -------------
if [[ -f $SRC/.coroplugin-prepared && $(head -n1 "$SRC/.coroplugin-prepared") == "$VERSION" ]]; then
    step "source tree ready: $SRC"
else
    extract_source "$CACHE/qemu_$UPSTREAM.orig.tar.xz" "$CACHE/qemu_$NOEPOCH.debian.tar.xz" \
        "$SRC" "$VERSION" "${PATCHES[@]}"
fi

# --- meson from bookworm-backports, unpacked, not installed -----------------
MESON_PATH=
if [[ $MESON_BPO == 1 ]]; then
    MESON_PATH=$CACHE/meson-bpo/usr/lib/python3/dist-packages
    if [[ -f $MESON_PATH/mesonbuild/__init__.py ]]; then
        step "meson from bookworm-backports ready: $MESON_PATH"
    else
        fetch_backports_meson "$CACHE/meson-bpo"
    fi
fi

# --- configure ---------------------------------------------------------------
configure_tree

# --- generated prerequisites of the unit set ---------------------------------
build_prerequisites
printf '%s\n' "$VERSION" >"$BUILD/coroplugin-qemu-version"
step "done. QEMU $VERSION  source: $SRC  build: $BUILD"
echo "next: python3 $HERE/compile-units.py --qemu $QEMU --mode syntax"
