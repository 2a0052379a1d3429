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

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# 100 MB quota: the check's uploads fit, its 1 TB request gets the 402.
"$BIN" --addr 127.0.0.1:0 --quota-bytes 100000000 >"$WORK/stdout" 2>"$WORK/stderr" &
SERVER_PID=$!

URL=""
for _ in $(seq 1 200); do
    if LINE="$(grep -m1 '^geopera-mock listening on ' "$WORK/stdout" 2>/dev/null)"; then
        URL="${LINE#geopera-mock listening on }"
        break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "geopera-mock exited early:" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    sleep 0.05
done
if [ -z "$URL" ]; then
    echo "geopera-mock did not report its address" >&2
    exit 1
fi
echo "geopera-mock at $URL (pid $SERVER_PID)"

"$VENV/bin/python" "$ROOT/tests/peer/peer_check.py" "$URL"
