#!/usr/bin/env bash
# Runs the official Geopera Python SDK (geopera==2.1.0, unmodified) against the
# geopera-mock binary: builds the mock, starts it on an ephemeral loopback port, runs
# peer_check.py, and stops the server by its PID whatever happens.
#
# Environment:
#   PEER_VENV         virtualenv to create/reuse (default: ./target/peer-venv)
#   PYTHON            interpreter used to create it (default: python3; needs >= 3.11)
#   CARGO_TARGET_DIR  honoured by cargo as usual
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VENV="${PEER_VENV:-$ROOT/target/peer-venv}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

# shellcheck source=tests/peer/venv.sh
. "$ROOT/tests/peer/venv.sh"
peer_venv "$VENV" geopera 2.1.0 httpx

cargo build --quiet -p geopera-mock --bin geopera-mock
BIN="$TARGET_DIR/debug/geopera-mock"

# shellcheck source=tests/peer/mock.sh
. "$ROOT/tests/peer/mock.sh"
# 100 MB quota: the check's uploads fit, its 1 TB request gets the 402.
start_mock "$BIN" --quota-bytes 100000000

"$VENV/bin/python" "$ROOT/tests/peer/peer_check.py" "$URL"
