#!/usr/bin/env bash
# Runs the same command lines with the official Python CLI (geopera-cli==0.2.0, unmodified)
# and with the Rust `geopera`, against one geopera-mock and one HOME (so one credentials
# file): for every line, the exit codes must be equal and stdout must be equal — as JSON
# after parsing, or as text for the commands that print text. Lines that create something
# compare with ids and timestamps masked (each run creates its own).
#
# A few lines check a documented, intentional difference instead: 0.2.0's `op`, `whoami`
# (and `login`/`logout`) print "Error: ..." and exit 0 with current click/typer; `geopera`
# exits 1 (local failure) or 2 (API error). Both must still print the error on stderr and
# nothing on stdout.
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
PY_CLI="$VENV/bin/geopera"
PY="$VENV/bin/python"

cargo build --quiet -p geopera-mock --bin geopera-mock -p geopera-cli --bin geopera
MOCK="$TARGET_DIR/debug/geopera-mock"
RUST_CLI="$TARGET_DIR/debug/geopera"

# shellcheck source=tests/peer/mock.sh
. "$ROOT/tests/peer/mock.sh"
fail() { echo "cli_peer: $*" >&2; exit 1; }

# A reader token for the 403 line; gpra_dev keeps every scope.
start_mock "$MOCK" --token gpra_reader=items:read --token gpra_dev='*'

export HOME="$WORK/home"
mkdir -p "$HOME"
unset GEOPERA_API_URL GEOPERA_API_TOKEN GEOPERA_PROFILE XDG_CONFIG_HOME

cat >"$WORK/compare.py" <<'PY'
"""compare.py MODE PYTHON_STDOUT RUST_STDOUT: exit 1 (with a diff) when they differ."""
import json, sys

mode, py_path, rs_path = sys.argv[1:4]
py, rs = open(py_path).read(), open(rs_path).read()

def mask(value):
    """Ids keep their prefix (proj_…), timestamps become <time>."""
    if isinstance(value, dict):
        out = {}
        for key, v in value.items():
            if key == "id" and isinstance(v, str):
                out[key] = v.split("_")[0] + "_<id>"
            elif key.endswith("_at") and isinstance(v, str):
                out[key] = "<time>"
            else:
                out[key] = mask(v)
        return out
    if isinstance(value, list):
        return [mask(v) for v in value]
    return value

if mode == "text":
    same = py == rs
elif mode == "empty":
    same = py == "" and rs == ""
else:
    try:
        a, b = json.loads(py), json.loads(rs)
    except ValueError as exc:
        print(f"stdout is not JSON: {exc}", file=sys.stderr)
        sys.exit(1)
    if mode == "masked":
        a, b = mask(a), mask(b)
    same = a == b and a not in (None, {}, [])
if not same:
    print(f"--- python\n{py}\n--- geopera\n{rs}", file=sys.stderr)
    sys.exit(1)
PY

CASES=0
DIFFERENCES=0
show() {
    for f in py.out py.err rs.out rs.err; do
        echo "--- $f" >&2
        cat "$WORK/$f" >&2
    done
}
# run_both STDIN ARGS...: runs both CLIs (with $PEER_ENV in their environment, after the
# command $PEER_BEFORE when set, so both start from the same state); sets PY_RC, RS_RC.
run_both() {
    local input="$1"
    shift
    PY_RC=0
    RS_RC=0
    ${PEER_BEFORE:-true}
    # shellcheck disable=SC2086
    env ${PEER_ENV:-} "$PY_CLI" "$@" <"$input" >"$WORK/py.out" 2>"$WORK/py.err" || PY_RC=$?
    ${PEER_BEFORE:-true}
    # shellcheck disable=SC2086
    env ${PEER_ENV:-} "$RUST_CLI" "$@" <"$input" >"$WORK/rs.out" 2>"$WORK/rs.err" || RS_RC=$?
}
relogin() { "$RUST_CLI" login --api-key gpra_dev --api-url "$URL" >/dev/null; }
# peer NAME MODE STDIN -- ARGS...: MODE is json, masked, text or empty (see compare.py).
peer() {
    local name="$1" mode="$2" input="$3"
    shift 4
    run_both "$input" "$@"
    CASES=$((CASES + 1))
    [ "$PY_RC" = "$RS_RC" ] || { show; fail "$name: exit codes differ (python $PY_RC, geopera $RS_RC)"; }
    "$PY" "$WORK/compare.py" "$mode" "$WORK/py.out" "$WORK/rs.out" || { show; fail "$name: stdout differs"; }
    if [ "$RS_RC" != 0 ]; then
        grep -q '^Error: \|^error: \|^Usage: ' "$WORK/rs.err" || { show; fail "$name: no error line on stderr"; }
    fi
    printf '  same  exit %s  %s\n' "$RS_RC" "$name"
}
# differ NAME PY_RC RS_RC STDIN -- ARGS...: the documented exit-code difference; both print
# "Error: ..." on stderr and nothing on stdout.
differ() {
    local name="$1" py_rc="$2" rs_rc="$3" input="$4"
    shift 5
    run_both "$input" "$@"
    DIFFERENCES=$((DIFFERENCES + 1))
    [ "$PY_RC" = "$py_rc" ] && [ "$RS_RC" = "$rs_rc" ] \
        || { show; fail "$name: expected exits python $py_rc / geopera $rs_rc, got $PY_RC / $RS_RC"; }
    [ ! -s "$WORK/py.out" ] && [ ! -s "$WORK/rs.out" ] || { show; fail "$name: something on stdout"; }
    grep -q '^Error: ' "$WORK/py.err" && grep -q '^Error: ' "$WORK/rs.err" \
        || { show; fail "$name: no Error line on stderr"; }
    printf '  known difference  exit %s (python %s)  %s\n' "$RS_RC" "$PY_RC" "$name"
}

NONE=/dev/null
echo gpra_dev >"$WORK/key.txt"

echo "-- login and identity"
peer "login --api-key" text $NONE -- login --api-key gpra_dev --api-url "$URL"
peer "login --api-key - (stdin)" text "$WORK/key.txt" -- login --api-key - --api-url "$URL"
peer "whoami" text $NONE -- whoami
peer "whoami --json" json $NONE -- whoami --json

# An item to read: one upload (not compared: the Python CLI has no upload command).
printf 'peer check bytes\n' >"$WORK/scene.tif"
"$RUST_CLI" upload proj_dev "$WORK/scene.tif" --no-progress >"$WORK/upload.json"
ITEM="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["item_ids"][0])' "$WORK/upload.json")"
printf '{"item_id": "%s"}\n' "$ITEM" >"$WORK/item.json"
printf '{"project_id": "proj_dev", "limit": 5}' >"$WORK/list.json"

echo "-- op: inline, file and stdin bodies"
peer "op projects.create (inline)" masked $NONE -- op projects.create '{"name": "peer op"}'
peer "op items.get (inline)" json $NONE -- op items.get "{\"item_id\": \"$ITEM\"}"
peer "op items.get -f FILE" json $NONE -- op items.get -f "$WORK/item.json"
peer "op items.get - (stdin)" json "$WORK/item.json" -- op items.get -
peer "op items.list (inline)" json $NONE -- op items.list '{"project_id": "proj_dev", "limit": 5}'
peer "op --list" text $NONE -- op --list

echo "-- generated commands: scalar flags, --json and overrides"
peer "items get --item-id" json $NONE -- items get --item-id "$ITEM"
peer "items list-assets --item-id" json $NONE -- items list-assets --item-id "$ITEM"
peer "items list --project-id --limit --offset" json $NONE -- items list --project-id proj_dev --limit 1 --offset 0
peer "items list --limit -5 (a negative value)" json $NONE -- items list --project-id proj_dev --limit -5
peer "items list --uncollected (boolean)" json $NONE -- items list --project-id proj_dev --uncollected
peer "items list --uncollected --no-uncollected" json $NONE -- items list --project-id proj_dev --uncollected --no-uncollected
peer "items list --json (inline) --limit override" json $NONE -- items list --json '{"project_id": "x", "limit": 5}' --project-id proj_dev --limit 1
peer "items list --json @file" json $NONE -- items list --json "@$WORK/list.json"
peer "items list --json - (stdin)" json "$WORK/list.json" -- items list --json -
peer "notifications list --unread-only --limit" json $NONE -- notifications list --unread-only --limit 3
peer "clip jobs list --limit --offset" json $NONE -- clip jobs list --organization-id org_dev --limit 2 --offset 0
peer "catalog federated-search --bbox (repeated)" json $NONE -- catalog federated-search --bbox 1 --bbox 2 --bbox 3.5 --bbox 4 --collections a --collections b --limit 1
peer "projects create --name" masked $NONE -- projects create --name "peer flags"
peer "items get --api-url" json $NONE -- items get --item-id "$ITEM" --api-url "$URL"
PEER_ENV="GEOPERA_API_TOKEN=gpra_dev GEOPERA_API_URL=$URL" \
    peer "GEOPERA_API_TOKEN + GEOPERA_API_URL" json $NONE -- items get --item-id "$ITEM"

echo "-- errors"
peer "404 unknown item" empty $NONE -- items get --item-id it_missing
peer "422 missing field" empty $NONE -- items get
peer "422 wrong type" empty $NONE -- items list --json '{"project_id": "proj_dev", "limit": "many"}'
PEER_ENV="GEOPERA_API_TOKEN=gpra_wrong" peer "401 bad token" empty $NONE -- items get --item-id "$ITEM"
PEER_ENV="GEOPERA_API_TOKEN=gpra_reader" peer "403 missing scope" empty $NONE -- projects create --name denied
peer "malformed --json" empty $NONE -- items list --json '{"project_id": '
peer "--json not an object" empty $NONE -- items list --json '[1, 2]'
peer "--json @missing file" empty $NONE -- items list --json "@$WORK/missing.json"
peer "usage: not an integer" empty $NONE -- items list --limit many
peer "usage: unknown command" empty $NONE -- items nope
PEER_ENV="GEOPERA_PROFILE=nobody" peer "not logged in (GEOPERA_PROFILE)" empty $NONE -- items list --project-id proj_dev
peer "not logged in (--profile)" empty $NONE -- items list --project-id proj_dev --profile nobody

echo "-- intentional differences (README: 0.2.0 exits 0 after an error)"
differ "op malformed JSON" 0 1 $NONE -- op items.get '{"item_id": '
differ "op 404 unknown operation" 0 2 $NONE -- op no.such.op '{}'
differ "op 422" 0 2 $NONE -- op items.get '{}'
PEER_ENV="GEOPERA_API_TOKEN=gpra_wrong" differ "whoami 401" 0 1 $NONE -- whoami

echo "-- logout"
PEER_BEFORE=relogin peer "logout" text $NONE -- logout
peer "logout again" text $NONE -- logout
differ "whoami after logout" 0 1 $NONE -- whoami

[ "$CASES" -ge 25 ] || fail "only $CASES compared lines (at least 25 expected)"
echo "cli peer check: ok ($CASES command lines with equal exit codes and stdout, $DIFFERENCES known differences)"
