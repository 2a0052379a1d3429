# Sourced by the peer checks: creates (or reuses) a virtualenv holding one pinned Python
# package, unmodified from PyPI.
#
#   peer_venv VENV DIST VERSION [EXTRA_PACKAGE ...]
#
# creates VENV with $PYTHON (default python3; needs >= 3.11) unless it exists, and installs
# DIST==VERSION (plus the extras) unless that version is already there.
peer_venv() {
    local venv="$1" dist="$2" version="$3"
    shift 3
    if [ ! -x "$venv/bin/python" ]; then
        "${PYTHON:-python3}" -m venv "$venv"
    fi
    if ! "$venv/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version(sys.argv[1]) != sys.argv[2])' "$dist" "$version" 2>/dev/null; then
        "$venv/bin/pip" install --quiet --disable-pip-version-check "$dist==$version" "$@"
    fi
}
