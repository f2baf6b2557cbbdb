# The steps of prepare.sh, sourced by it after it has set QEMU, CACHE, BUILD
# and, per step, the variables named there.

QEMU_CC=${QEMU_CC:-clang}
if [[ -z ${QEMU_CXX:-} ]]; then
    case $QEMU_CC in
        *clang*) QEMU_CXX=${QEMU_CC/clang/clang++} ;;
        *gcc*)   QEMU_CXX=${QEMU_CC/gcc/g++} ;;
        *)       QEMU_CXX=c++ ;;
    esac
fi
APT=(apt-get -o DPkg::Lock::Timeout=900)
export DEBIAN_FRONTEND=noninteractive
# configure takes the first python3 on PATH; it must be Debian's, which sees
# Debian's python modules (and meson).
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH

T0=$(date +%s)
step() { printf '[prepare %s %3ss] %s\n' "$QEMU" "$(( $(date +%s) - T0 ))" "$*"; }
die()  { printf '[prepare %s] ERROR: %s\n' "$QEMU" "$*" >&2; exit 1; }

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot run apt-get"
    SUDO=(sudo -E)
fi

# install_deps PKG...: the missing ones, from the system's apt sources.
install_deps() {
    local missing=() p cand updated=0
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        step "build dependencies already installed"
        return
    fi
    step "installing: ${missing[*]}"
    # Update only when a package has no install candidate (no or stale lists).
    for p in "${missing[@]}"; do
        cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
        if [[ -z $cand || $cand == "(none)" ]]; then
            "${SUDO[@]}" "${APT[@]}" -q update >>"$APT_LOG" 2>&1; updated=1; break
        fi
    done
    apt_install() {
        "${SUDO[@]}" "${APT[@]}" -q -y install --no-install-recommends "${missing[@]}" >>"$APT_LOG" 2>&1
    }
    apt_install || { [[ $updated == 0 ]] && "${SUDO[@]}" "${APT[@]}" -q update >>"$APT_LOG" 2>&1 && apt_install; } \
        || { tail -n 20 "$APT_LOG" >&2; die "apt-get install failed (log: $APT_LOG)"; }
}

# The private apt configuration: its own sources list, lists and cache under
# CACHE/apt, so that neither the system's sources nor its lists change.
PAPT_DIR=$CACHE/apt
PAPT_OPTS=(-o "Dir::Etc::SourceList=$PAPT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
           -o "Dir::State::Lists=$PAPT_DIR/lists" -o "Dir::Cache=$PAPT_DIR/cache")
PAPT=(apt-get "${PAPT_OPTS[@]}")
PAPT_UPDATED=0

# private_sources SUITE BACKPORTS: one-line entries derived from the system's
# deb822 debian.sources: deb-src for SUITE in place of the system's release
# (with its -updates and -security twins; sid has none), and with
# BACKPORTS=1 the binary bookworm-backports of the system's release. The
# archive URIs come from the system's file at run time.
private_sources() {
    local suite=$1 backports=$2 sys
    sys=$(. /etc/os-release && echo "$VERSION_CODENAME")
    [[ -n $sys ]] || die "no VERSION_CODENAME in /etc/os-release"
    awk -v sys="$sys" -v want="$suite" -v bpo="$backports" '
        function flush(   n, s, i, o) {
            if (types ~ /(^| )deb( |$)/ && uri != "") {
                n = split(suites, s, " ")
                for (i = 1; i <= n; i++) {
                    if (index(s[i], sys) != 1) continue
                    # unstable has no -updates or -security twins
                    if (want == "sid" && s[i] != sys) continue
                    o = "[signed-by=" key "] " uri " "
                    print "deb-src " o want substr(s[i], length(sys) + 1) " " comps
                    if (bpo == 1 && s[i] == sys) print "deb " o sys "-backports " comps
                }
            }
            types = uri = suites = comps = key = ""
        }
        /^[[:space:]]*#/ { next }
        /^[[:space:]]*$/ { flush(); next }
        /^Types:/      { sub(/^Types:[[:space:]]*/, "");      types = $0 }
        /^URIs:/       { sub(/^URIs:[[:space:]]*/, "");       uri = $1 }
        /^Suites:/     { sub(/^Suites:[[:space:]]*/, "");     suites = $0 }
        /^Components:/ { sub(/^Components:[[:space:]]*/, ""); comps = $0 }
        /^Signed-By:/  { sub(/^Signed-By:[[:space:]]*/, "");  key = $1 }
        END { flush() }
    ' /etc/apt/sources.list.d/debian.sources
}

# private_apt_update SUITE BACKPORTS: write the private sources list and run
# apt-get update with it, once per run.
private_apt_update() {
    [[ $PAPT_UPDATED == 1 ]] && return
    [[ -r /etc/apt/sources.list.d/debian.sources ]] ||
        die "/etc/apt/sources.list.d/debian.sources not found"
    mkdir -p "$PAPT_DIR/lists/partial" "$PAPT_DIR/cache/archives/partial"
    private_sources "$1" "$2" >"$PAPT_DIR/sources.list"
    grep -q "^deb-src .* $1 " "$PAPT_DIR/sources.list" ||
        die "could not derive a deb-src entry for $1 from debian.sources"
    step "apt-get update (private sources: $PAPT_DIR/sources.list)"
    "${PAPT[@]}" -q update >>"$APT_LOG" 2>&1 ||
        { tail -n 20 "$APT_LOG" >&2; die "apt-get update failed (log: $APT_LOG)"; }
    PAPT_UPDATED=1
}

# newest_source_version PKG REGEX: the highest version of source package PKG
# matching REGEX in the private lists.
newest_source_version() {
    local best= v
    while read -r v; do
        if [[ -z $best ]] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
    done < <(apt-cache "${PAPT_OPTS[@]}" showsrc "$1" 2>>"$APT_LOG" |
             awk -v pkg="$1" '/^Package: / { p = $2 } /^Version: / && p == pkg { print $2 }' |
             grep -E "$2")
    echo "$best"
}

# extract_source ORIG DEBIAN SRC VERSION PATCH...: the upstream tarball into
# SRC with only the named debian/patches applied (build-system patches; no
# compilation unit changes).
extract_source() {
    local orig=$1 deb=$2 src=$3 version=$4 tmp top p f
    shift 4
    step "extracting $(basename "$orig")"
    tmp=$(mktemp -d "$CACHE/extract.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    tar -C "$tmp" --no-same-owner -xf "$orig"
    top=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d)
    [[ $(wc -l <<<"$top") -eq 1 && -f $top/configure ]] || die "unexpected tarball layout"
    mkdir "$tmp/deb"
    tar -C "$tmp/deb" -xf "$deb" debian/patches
    for p in "$@"; do
        f=$(find "$tmp/deb/debian/patches" -name "$p" -print -quit)
        [[ -n $f ]] || die "patch $p not in $(basename "$deb")"
        step "applying debian/patches/${f#"$tmp/deb/debian/patches/"}"
        patch -d "$top" -p1 --forward --batch -s <"$f" || die "patch $p failed"
    done
    rm -rf "$src"
    mv "$top" "$src"
    printf '%s\n%s\n' "$version" "$(date -u +%FT%TZ)" >"$src/.coroplugin-prepared"
    rm -rf "$tmp"; trap - EXIT
}

# fetch_backports_meson DIR: meson from the system release's backports,
# downloaded through the private apt configuration and unpacked into DIR.
fetch_backports_meson() {
    local dir=$1 debs=$CACHE/apt/debs deb v
    private_apt_update "$SUITE" 1
    mkdir -p "$debs"
    step "apt-get download meson/bookworm-backports"
    rm -f "$debs"/meson_*.deb
    (cd "$debs" && "${PAPT[@]}" -q download meson/bookworm-backports) >>"$APT_LOG" 2>&1 ||
        { tail -n 20 "$APT_LOG" >&2; die "apt-get download meson failed (log: $APT_LOG)"; }
    deb=$(ls "$debs"/meson_*.deb)
    v=$(dpkg-deb -f "$deb" Version)
    dpkg --compare-versions "$v" ge 1.5 || die "backports meson $v is older than 1.5"
    rm -rf "$dir"
    dpkg-deb -x "$deb" "$dir"
    step "meson $v unpacked into $dir"
}

# configure_tree: configure SRC into BUILD with CONF_ARGS (and MESON_PATH's
# meson, if set), unless BUILD is already configured the same way.
configure_tree() {
    local args=(--cc="$QEMU_CC" --cxx="$QEMU_CXX" "${CONF_ARGS[@]}") conf_id
    conf_id="${args[*]} src=$SRC meson=$MESON_PATH"
    if [[ -f $BUILD/compile_commands.json && -f $BUILD/.coroplugin-configured ]] &&
       [[ "$(cat "$BUILD/.coroplugin-configured")" == "$conf_id" ]]; then
        step "already configured: $BUILD"
        return
    fi
    command -v "$QEMU_CC" >/dev/null || die "QEMU_CC=$QEMU_CC not found"
    step "configuring in $BUILD: ${args[*]}"
    rm -rf "$BUILD"
    mkdir -p "$BUILD"
    (cd "$BUILD" && PYTHONPATH=$MESON_PATH${PYTHONPATH:+:$PYTHONPATH} \
        "$SRC/configure" "${args[@]}") >"$CACHE/configure.log" 2>&1 \
        || { tail -n 30 "$CACHE/configure.log" >&2; die "configure failed (log: $CACHE/configure.log)"; }
    [[ -f $BUILD/compile_commands.json ]] || die "configure wrote no compile_commands.json"
    if [[ -n $MESON_PATH ]]; then
        # Later ninja runs regenerate through the venv's python, without our
        # PYTHONPATH: a .pth file shows that python the same meson.
        local sp
        sp=$(compgen -G "$BUILD/pyvenv/lib/python3*/site-packages" | head -n1)
        [[ -n $sp ]] || die "no pyvenv site-packages in $BUILD"
        printf '%s\n' "$MESON_PATH" >"$sp/coroplugin-meson.pth"
    fi
    printf '%s\n' "$conf_id" >"$BUILD/.coroplugin-configured"
}

# build_prerequisites: the generated files (qapi and trace headers,
# block/block-gen.c, ...) that the selected units need; no unit is compiled.
build_prerequisites() {
    local objs prereqs gen=() p f
    step "collecting generated prerequisites of the unit set"
    mapfile -t objs < <(python3 "$HERE/compile-units.py" --qemu "$QEMU" --build-dir "$BUILD" --list-outputs)
    [[ ${#objs[@]} -gt 0 ]] || die "no units selected from $BUILD/compile_commands.json"
    # `ninja -t query` prints, per target, its inputs: explicit, "| implicit",
    # "|| order-only". Every input but the objects' own source files (which
    # exist anyway) is generated.
    mapfile -t prereqs < <(cd "$BUILD" && ninja -t query "${objs[@]}" | awk '
        /^[^ ]/         { section = "" ; next }
        /^  input:/     { section = "in"; next }
        /^  outputs:/   { section = "";   next }
        section == "in" { for (i = 1; i <= NF; i++) if ($i != "|" && $i != "||") print $i }
    ' | sort -u)
    for p in "${prereqs[@]}"; do
        if [[ $p == /* ]]; then f=$p; else f=$BUILD/$p; fi
        [[ $p == ../* || $p == /* ]] && [[ -e $f ]] && continue
        gen+=("$p")
    done
    step "building ${#gen[@]} generated prerequisites for ${#objs[@]} units"
    [[ ${#gen[@]} -gt 0 ]] || return 0
    (cd "$BUILD" && ninja -j"${COROPLUGIN_QEMU_JOBS:-$(nproc)}" "${gen[@]}") >"$CACHE/prereqs.log" 2>&1 \
        || { tail -n 30 "$CACHE/prereqs.log" >&2; die "building prerequisites failed (log: $CACHE/prereqs.log)"; }
    # With every unit selected, generators such as hexagon's gen_semantics
    # are compiled to make their headers; otherwise nothing is compiled.
    if [[ ${COROPLUGIN_QEMU_UNITS:-} != all ]] &&
       { grep -Eq '(^|[ /])(cc|clang|gcc)[^ ]* .* -c ' "$CACHE/prereqs.log" ||
         grep -Eq 'Compiling C object' "$CACHE/prereqs.log"; }; then
        die "building prerequisites compiled C files (see $CACHE/prereqs.log)"
    fi
}
