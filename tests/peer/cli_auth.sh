#!/usr/bin/env bash
# Runs the official Geopera CLI (geopera-cli==0.2.0, unmodified) and the Rust SDK against one
# geopera-mock, sharing one HOME and so one ~/.config/geopera/credentials.json:
#   1. `geopera login --api-key` and `geopera whoami --json` (Python writes an api_key profile),
#      then Geopera::from_profile("default") uses that profile (Rust reads it);
#   2. the Rust device-flow login, approved through /_mock/device/approve, writes an OAuth
#      profile; `geopera op projects.create` uses it (Python reads it, refreshing the session
#      with the refresh token Rust stored), then Rust uses the tokens Python wrote back.
# The CLI may print "Error: ..." and still exit 0, so its output is checked, not only its status.
#
# Environment:
#   PEER_CLI_VENV     virtualenv to create/reuse (default: ./target/cli-venv)
#   PYTHON            interpreter used to create it (default: python3; needs >= 3.11)
#   CARGO_TARGET_DIR  honoured by cargo as usual
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VENV="${PEER_CLI_VENV:-$ROOT/target/cli-venv}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

# shellcheck source=tests/peer/venv.sh
. "$ROOT/tests/peer/venv.sh"
peer_venv "$VENV" geopera-cli 0.2.0
GEOPERA="$VENV/bin/geopera"

cargo build --quiet -p geopera-mock --bin geopera-mock
cargo build --quiet -p geopera-fluent --example profile_login
MOCK="$TARGET_DIR/debug/geopera-mock"
RUST="$TARGET_DIR/debug/examples/profile_login"

WORK="$(mktemp -d)"
SERVER_PID=""
LOGIN_PID=""
cleanup() {
    for pid in "$LOGIN_PID" "$SERVER_PID"; do
        if [ -n "$pid" ]; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "cli_auth: $*" >&2; exit 1; }

# wait_for_line FILE PREFIX PID: prints the rest of FILE's first line starting with PREFIX,
# once it appears; fails when PID exits first or after 10 s.
wait_for_line() {
    local line
    for _ in $(seq 1 200); do
        if line="$(grep -m1 "^$2" "$1" 2>/dev/null)"; then
            printf '%s\n' "${line#"$2"}"
            return 0
        fi
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

# Sessions live 20 s: inside the CLI's 30 s leeway, so it refreshes what Rust stored.
"$MOCK" --addr 127.0.0.1:0 --session-ttl 20 --device-interval 1 >"$WORK/mock.out" 2>"$WORK/mock.err" &
SERVER_PID=$!
URL="$(wait_for_line "$WORK/mock.out" 'geopera-mock listening on ' "$SERVER_PID")" \
    || { cat "$WORK/mock.err" >&2; fail "geopera-mock did not report its address"; }
echo "geopera-mock at $URL (pid $SERVER_PID)"

export HOME="$WORK/home"
mkdir -p "$HOME"
unset GEOPERA_API_URL GEOPERA_API_TOKEN GEOPERA_PROFILE XDG_CONFIG_HOME
CREDS="$HOME/.config/geopera/credentials.json"

# run NAME CMD...: runs a command, keeps its output, fails on a non-zero exit or an "Error:".
run() {
    local name="$1"; shift
    if ! "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
        cat "$WORK/$name.out" "$WORK/$name.err" >&2
        fail "$name exited non-zero"
    fi
    if grep -q 'Error' "$WORK/$name.out" "$WORK/$name.err"; then
        cat "$WORK/$name.out" "$WORK/$name.err" >&2
        fail "$name reported an error"
    fi
    sed "s/^/  $name: /" "$WORK/$name.out"
}

echo "-- Python CLI logs in with an API key; Rust uses the profile it wrote"
run py-login "$GEOPERA" login --api-key gpra_dev --api-url "$URL"
grep -q "Logged in as" "$WORK/py-login.out" || fail "login did not confirm"
run py-whoami "$GEOPERA" whoami --json
"$VENV/bin/python" - "$WORK/py-whoami.out" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
assert info["geopera_org_id"] == "org_dev", info
assert info["geopera_principal_type"] == "api_key", info
assert info["scope"] == "*", info
assert "gpra_dev" not in json.dumps(info), info
PY
[ "$(stat -c %a "$CREDS")" = 600 ] || fail "credentials.json is not 0600"
[ "$(stat -c %a "$(dirname "$CREDS")")" = 700 ] || fail "its directory is not 0700"
run rust-use-default "$RUST" use default
grep -q 'projects.create as API key (X-API-Key) from profile `default`: proj_' "$WORK/rust-use-default.out" \
    || fail "Rust did not use the Python profile"

echo "-- Rust logs in with the device flow; the Python CLI uses the profile it wrote"
"$RUST" login "$URL" rust >"$WORK/rust-login.out" 2>"$WORK/rust-login.err" &
LOGIN_PID=$!
CODE="$(wait_for_line "$WORK/rust-login.out" 'user_code: ' "$LOGIN_PID")" \
    || { cat "$WORK/rust-login.err" >&2; fail "the Rust login showed no user code"; }
"$VENV/bin/python" - "$URL" "$CODE" <<'PY'
import httpx, sys
r = httpx.post(sys.argv[1] + "/_mock/device/approve", json={"user_code": sys.argv[2]})
assert r.status_code == 200, r.text
PY
wait "$LOGIN_PID" || { cat "$WORK/rust-login.err" >&2; fail "the Rust device login failed"; }
LOGIN_PID=""
sed 's/^/  rust-login: /' "$WORK/rust-login.out"
"$VENV/bin/python" - "$CREDS" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
store = json.loads(text)
assert text == json.dumps(store, indent=2, sort_keys=True) + "\n", "not Python's byte format"
auth = store["rust"]["auth"]
assert auth["type"] == "oauth" and auth["refresh_token"] and isinstance(auth["expires_at"], float), auth
assert store["default"]["auth"]["type"] == "api_key", "the other profile was kept"
PY
BEFORE="$("$VENV/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["rust"]["auth"]["refresh_token"])' "$CREDS")"
run py-op env GEOPERA_PROFILE=rust "$GEOPERA" op projects.create '{"name": "from the python cli"}'
"$VENV/bin/python" - "$WORK/py-op.out" <<'PY'
import json, sys
project = json.load(open(sys.argv[1]))
assert project["id"].startswith("proj_") and project["name"] == "from the python cli", project
PY
AFTER="$("$VENV/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["rust"]["auth"]["refresh_token"])' "$CREDS")"
[ "$BEFORE" != "$AFTER" ] || fail "the CLI did not refresh the session Rust stored"
run rust-use-rust "$RUST" use rust
grep -q 'projects.create as OAuth session from profile `rust`: proj_' "$WORK/rust-use-rust.out" \
    || fail "Rust did not use the session the CLI refreshed"
curl -sf "$URL/_mock/realm/events" >"$WORK/events.json" 2>/dev/null \
    || "$VENV/bin/python" -c 'import httpx,sys; print(httpx.get(sys.argv[1]+"/_mock/realm/events").text)' "$URL" >"$WORK/events.json"
"$VENV/bin/python" - "$WORK/events.json" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))
refreshes = [e for e in events if e["grant_type"] == "refresh_token" and e["outcome"] == "ok"]
devices = [e for e in events if e["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code" and e["outcome"] == "ok"]
assert len(devices) == 1 and devices[0]["client_id"] == "geopera-cli", events
assert len(refreshes) >= 2, events
print(f"  realm: {len(events)} requests, device logins {len(devices)}, refreshes {len(refreshes)}")
PY
echo "cli auth peer check: ok"
