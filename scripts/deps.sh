# scripts/deps.sh — install the Debian packages casedesk needs to build, run
# and test (cups-daemon and cups-client: the private print queue of
# tests/e2e/documents_cups.sh).  Sourced by scripts/demo and scripts/check.  Installs only what is
# missing, so a second run needs no network; uses sudo when not root.
CASEDESK_DEBS="build-essential autoconf automake pkg-config gettext
libncurses-dev libpq-dev libpcre2-dev
postgresql postgresql-contrib postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
tmux locales procps ncurses-term openssh-server openssh-client openssl
libpango1.0-dev libcairo2-dev fonts-wqy-zenhei poppler-utils
pspg cups-daemon cups-client"

deps_install() {
    local missing=() p
    for p in $CASEDESK_DEBS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "casedesk: installing ${missing[*]}" >&2
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
        { echo "casedesk: could not install ${missing[*]}" >&2; return 1; }
}

# Configure (once) and build in $1 (default: build/ under the source tree).
build_tree() {
    local src=$1 bdir=$2; shift 2
    if [ ! -x "$src/configure" ]; then (cd "$src" && ./autogen.sh) || return 1; fi
    mkdir -p "$bdir"
    if [ ! -f "$bdir/Makefile" ]; then
        (cd "$bdir" && "$src/configure" -q "$@") || return 1
    fi
    echo "casedesk: building in $bdir (log: $bdir/build.log)" >&2
    make -C "$bdir" -j"$(nproc)" >"$bdir/build.log" 2>&1 || {
        tail -n 40 "$bdir/build.log" >&2; echo "casedesk: the build failed" >&2; return 1; }
}
