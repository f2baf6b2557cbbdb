#!/usr/bin/env bash
# Prepare a configured QEMU 7.2 build tree whose compile_commands.json can be
# replayed with any compiler / plugin by compile-units.py.
#
# Idempotent: every step is skipped when its result is already there.
#
# Environment:
#   COROPLUGIN_QEMU_CACHE  cache dir for the source package, the source tree and
#                          the build dir (default /var/cache/coroplugin/qemu)
#   COROPLUGIN_QEMU_BUILD  build dir (default $COROPLUGIN_QEMU_CACHE/build)
#   QEMU_CC                C compiler given to configure (default clang)
#   QEMU_CXX               C++ compiler (default derived from QEMU_CC)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${COROPLUGIN_QEMU_CACHE:-/var/cache/coroplugin/qemu}
BUILD=${COROPLUGIN_QEMU_BUILD:-$CACHE/build}
QEMU_CC=${QEMU_CC:-clang}
if [[ -z ${QEMU_CXX:-} ]]; then
    case $QEMU_CC in
        *clang*) QEMU_CXX=${QEMU_CC/clang/clang++} ;;
        *gcc*)   QEMU_CXX=${QEMU_CC/gcc/g++} ;;
        *)       QEMU_CXX=c++ ;;
    esac
fi
UPSTREAM_VERSION=7.2+dfsg
SRC=$CACHE/qemu-$UPSTREAM_VERSION
PATCHES=(skip-meson-pc-bios.diff ignore-roms-dependency-in-qtest.patch)
DEPS=(meson ninja-build pkgconf python3 libglib2.0-dev libpixman-1-dev zlib1g-dev
      libfdt-dev dpkg-dev clang-14 patch xz-utils)
SRC_LIST=/etc/apt/sources.list.d/coroplugin-src.sources
APT=(apt-get -o DPkg::Lock::Timeout=900)
export DEBIAN_FRONTEND=noninteractive
# configure takes the first python3 on PATH; Debian's python3 sees Debian's meson.
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH

T0=$(date +%s)
step() { printf '[prepare %3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die()  { printf '[prepare] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot run apt-get"
    SUDO=(sudo -E)
fi

mkdir -p "$CACHE"
APT_LOG=$CACHE/apt.log
APT_UPDATED=0
apt_update() {
    if [[ $APT_UPDATED -eq 0 ]]; then
        step "apt-get update"
        "${SUDO[@]}" "${APT[@]}" -q update >>"$APT_LOG" 2>&1 \
            || { tail -n 20 "$APT_LOG" >&2; die "apt-get update failed (log: $APT_LOG)"; }
        APT_UPDATED=1
    fi
}

# --- 1. deb-src entry, derived from the existing deb entry ------------------
step "checking deb-src entry $SRC_LIST"
[[ -r /etc/apt/sources.list.d/debian.sources ]] \
    || die "/etc/apt/sources.list.d/debian.sources not found"
want_src=$(sed -E 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb-src/' \
               /etc/apt/sources.list.d/debian.sources)
grep -q '^Types: deb-src$' <<<"$want_src" || die "could not derive a deb-src stanza"
if [[ ! -f $SRC_LIST ]] || [[ "$(cat "$SRC_LIST")" != "$want_src" ]]; then
    step "writing $SRC_LIST"
    printf '%s\n' "$want_src" | "${SUDO[@]}" tee "$SRC_LIST" >/dev/null
    SOURCES_CHANGED=1
else
    SOURCES_CHANGED=0
fi

# --- 2. build dependencies ---------------------------------------------------
missing=()
for p in "${DEPS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
    step "installing: ${missing[*]}"
    # Update only when a package has no install candidate (no or stale lists).
    for p in "${missing[@]}"; do
        cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
        if [[ -z $cand || $cand == "(none)" ]]; then apt_update; break; fi
    done
    apt_install() {
        "${SUDO[@]}" "${APT[@]}" -q -y install --no-install-recommends "${missing[@]}" >>"$APT_LOG" 2>&1
    }
    apt_install || { apt_update; apt_install; } \
        || { tail -n 20 "$APT_LOG" >&2; die "apt-get install failed (log: $APT_LOG)"; }
else
    step "build dependencies already installed"
fi

# --- 3. source package -------------------------------------------------------
have_pkg() {
    compgen -G "$CACHE/qemu_${UPSTREAM_VERSION}.orig.tar.xz" >/dev/null &&
    compgen -G "$CACHE/qemu_${UPSTREAM_VERSION}-*.debian.tar.xz" >/dev/null
}
if have_pkg; then
    step "source package already in $CACHE"
else
    if [[ $SOURCES_CHANGED -eq 1 ]] || [[ -z $(apt-cache showsrc qemu 2>/dev/null) ]]; then
        apt_update
    fi
    step "apt-get source --download-only qemu (into $CACHE)"
    # As root, apt downloads unsandboxed (it only prints a notice about it).
    (cd "$CACHE" && "${APT[@]}" -q source --download-only qemu) >>"$APT_LOG" 2>&1 \
        || { tail -n 20 "$APT_LOG" >&2; die "apt-get source --download-only qemu failed (log: $APT_LOG)"; }
    have_pkg || die "expected qemu_${UPSTREAM_VERSION}.orig.tar.xz and debian tarball in $CACHE"
fi

# --- 4. extract upstream source and apply the two build-system patches ------
if [[ -f $SRC/.coroplugin-prepared ]]; then
    step "source tree ready: $SRC"
else
    step "extracting qemu_${UPSTREAM_VERSION}.orig.tar.xz"
    tmp=$(mktemp -d "$CACHE/extract.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    tar -C "$tmp" -xf "$CACHE/qemu_${UPSTREAM_VERSION}.orig.tar.xz"
    top=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d)
    [[ $(wc -l <<<"$top") -eq 1 && -f $top/configure ]] || die "unexpected tarball layout"
    deb=$(ls "$CACHE"/qemu_${UPSTREAM_VERSION}-*.debian.tar.xz | sort -V | tail -n1)
    mkdir "$tmp/deb"
    tar -C "$tmp/deb" -xf "$deb" debian/patches
    for p in "${PATCHES[@]}"; do
        f=$(find "$tmp/deb/debian/patches" -name "$p" -print -quit)
        [[ -n $f ]] || die "patch $p not in $(basename "$deb")"
        step "applying debian/patches/${f#"$tmp/deb/debian/patches/"}"
        patch -d "$top" -p1 --forward --batch -s <"$f" || die "patch $p failed"
    done
    rm -rf "$SRC"
    mv "$top" "$SRC"
    date -u +%FT%TZ >"$SRC/.coroplugin-prepared"
    rm -rf "$tmp"; trap - EXIT
fi

# --- 5. configure --------------------------------------------------------------
CONF_ARGS=(--cc="$QEMU_CC" --cxx="$QEMU_CXX" --target-list=x86_64-softmmu
           --disable-user --disable-docs)
conf_id="${CONF_ARGS[*]} src=$SRC"
if [[ -f $BUILD/compile_commands.json && -f $BUILD/.coroplugin-configured ]] &&
   [[ "$(cat "$BUILD/.coroplugin-configured")" == "$conf_id" ]]; then
    step "already configured: $BUILD"
else
    command -v "$QEMU_CC" >/dev/null || die "QEMU_CC=$QEMU_CC not found"
    step "configuring in $BUILD: ${CONF_ARGS[*]}"
    rm -rf "$BUILD"
    mkdir -p "$BUILD"
    (cd "$BUILD" && "$SRC/configure" "${CONF_ARGS[@]}") >"$CACHE/configure.log" 2>&1 \
        || { tail -n 30 "$CACHE/configure.log" >&2; die "configure failed (log: $CACHE/configure.log)"; }
    [[ -f $BUILD/compile_commands.json ]] || die "configure wrote no compile_commands.json"
    printf '%s\n' "$conf_id" >"$BUILD/.coroplugin-configured"
fi

# --- 6. generated prerequisites of the unit set ----------------------------
step "collecting generated prerequisites of the unit set"
mapfile -t objs < <(python3 "$HERE/compile-units.py" --build-dir "$BUILD" --list-outputs)
[[ ${#objs[@]} -gt 0 ]] || die "no units selected from $BUILD/compile_commands.json"
# `ninja -t query` prints, per target, its inputs: explicit, "| implicit",
# "|| order-only". Take every input except the objects' own source files
# (which exist anyway) -- these are the generated headers and sources.
mapfile -t prereqs < <(cd "$BUILD" && ninja -t query "${objs[@]}" | awk '
    /^[^ ]/         { section = "" ; next }
    /^  input:/     { section = "in"; next }
    /^  outputs:/   { section = "";   next }
    section == "in" { for (i = 1; i <= NF; i++) if ($i != "|" && $i != "||") print $i }
' | sort -u)
gen=()
for p in "${prereqs[@]}"; do
    # Source-tree files need no build step.
    if [[ $p == /* ]]; then f=$p; else f=$BUILD/$p; fi
    [[ $p == ../* || $p == /* ]] && [[ -e $f ]] && continue
    gen+=("$p")
done
step "building ${#gen[@]} generated prerequisites for ${#objs[@]} units"
if [[ ${#gen[@]} -gt 0 ]]; then
    (cd "$BUILD" && ninja "${gen[@]}") >"$CACHE/prereqs.log" 2>&1 \
        || { tail -n 30 "$CACHE/prereqs.log" >&2; die "building prerequisites failed (log: $CACHE/prereqs.log)"; }
    # With every unit selected, generators such as hexagon's gen_semantics
    # are compiled to make their headers; otherwise nothing is compiled.
    if [[ ${COROPLUGIN_QEMU_UNITS:-} != all ]] &&
       { grep -Eq '(^|[ /])(cc|clang|gcc)[^ ]* .* -c ' "$CACHE/prereqs.log" ||
         grep -Eq 'Compiling C object' "$CACHE/prereqs.log"; }; then
        die "building prerequisites compiled C files (see $CACHE/prereqs.log)"
    fi
fi
step "done. source: $SRC  build: $BUILD"
echo "next: python3 $HERE/compile-units.py --build-dir $BUILD --mode syntax"
