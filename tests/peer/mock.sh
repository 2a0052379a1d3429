# Sourced by the peer checks: a scratch directory ($WORK) and a geopera-mock on an
# ephemeral loopback port, both gone when the script exits (the server stopped by its PID).
#
#   start_mock BIN [ARGS ...]   starts BIN --addr 127.0.0.1:0 ARGS; sets URL and SERVER_PID
WORK="$(mktemp -d)"
SERVER_PID=""
stop_mock() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap stop_mock EXIT

start_mock() {
    local bin="$1" line
    shift
    "$bin" --addr 127.0.0.1:0 "$@" >"$WORK/mock.out" 2>"$WORK/mock.err" &
    SERVER_PID=$!
    URL=""
    for _ in $(seq 1 200); do
        if line="$(grep -m1 '^geopera-mock listening on ' "$WORK/mock.out" 2>/dev/null)"; then
            URL="${line#geopera-mock listening on }"
            echo "geopera-mock at $URL (pid $SERVER_PID)"
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "geopera-mock exited early:" >&2
            cat "$WORK/mock.err" >&2
            exit 1
        fi
        sleep 0.05
    done
    echo "geopera-mock did not report its address" >&2
    exit 1
}
