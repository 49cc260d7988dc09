#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the panel and the local API sandbox, starts the sandbox on a free loopback port and opens
# the panel against it. The sandbox stops when the panel closes.
#
# Usage: scripts/run-panel.sh [PANEL OPTIONS...]      e.g. scripts/run-panel.sh --language de
# Environment: HEFICED_BUILD_DIR (default: build/), HEFICED_JOBS (default: the number of cores).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly BUILD_DIR=${HEFICED_BUILD_DIR:-$ROOT/build}
readonly RUN_DIR=$BUILD_DIR/run
readonly JOBS=${HEFICED_JOBS:-$(nproc)}
readonly SANDBOX_START_SECONDS=30

die() {
    echo "run-panel: $*" >&2
    exit 1
}

build() {
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEFICED_BUILD_TESTS=OFF
    cmake --build "$BUILD_DIR" --parallel "$JOBS" --target heficed-panel heficed-sandbox
}

# The folder layout of the build is the CMake files' business; look the executable up by name.
executable() {
    local path
    path=$(find "$BUILD_DIR" -path "$BUILD_DIR/run" -prune -o -type f -name "$1" -perm -u+x -print -quit)
    [[ -n "$path" ]] || die "$1 was not built"
    echo "$path"
}

stop_sandbox() {
    if [[ -n "${SANDBOX_PID:-}" ]]; then
        kill "$SANDBOX_PID" 2>/dev/null || true
        wait "$SANDBOX_PID" 2>/dev/null || true
    fi
}

# Port 0 lets the system choose a free port; the sandbox writes the one it got to the port file.
start_sandbox() {
    local sandbox
    sandbox=$(executable heficed-sandbox)
    mkdir -p "$RUN_DIR"
    rm -f "$RUN_DIR/port"

    "$sandbox" --port 0 --port-file "$RUN_DIR/port" >"$RUN_DIR/sandbox.log" 2>&1 &
    SANDBOX_PID=$!
    trap stop_sandbox EXIT
    trap 'exit 130' INT TERM

    local tries=$((SANDBOX_START_SECONDS * 10))
    until [[ -s "$RUN_DIR/port" ]]; do
        kill -0 "$SANDBOX_PID" 2>/dev/null || die "the sandbox stopped: $(cat "$RUN_DIR/sandbox.log")"
        ((--tries > 0)) || die "the sandbox did not start in ${SANDBOX_START_SECONDS}s (see $RUN_DIR/sandbox.log)"
        sleep 0.1
    done

    # The port file may be written a moment before the greeting with the credentials.
    for _ in {1..20}; do
        grep -q "Token URL:" "$RUN_DIR/sandbox.log" && break
        sleep 0.1
    done
}

# The sandbox's greeting names its URLs ("  Base URL:  http://..."); fall back to its port.
sandbox_url() {
    local label=$1 default_path=$2 port url
    port=$(tr -dc '0-9' <"$RUN_DIR/port")
    url=$(sed -n "s/^ *$label: *//p" "$RUN_DIR/sandbox.log" | head -n 1)
    echo "${url:-http://127.0.0.1:$port$default_path}"
}

# The sandbox's demo credentials protect nothing real; showing them is the point.
print_credentials() {
    echo
    echo "=== The local sandbox is running. Sign in to the panel with these demo credentials: ==="
    cat "$RUN_DIR/sandbox.log"
    echo "=== (sandbox log: $RUN_DIR/sandbox.log; it stops when the panel closes) ==="
    echo
}

main() {
    "$ROOT/scripts/install-deps.sh"
    build
    start_sandbox
    print_credentials

    local panel api_url token_url status=0
    panel=$(executable heficed-panel)
    api_url=$(sandbox_url "Base URL" "")
    token_url=$(sandbox_url "Token URL" /oauth2/token)
    "$panel" --api-url "$api_url" --token-url "$token_url" "$@" || status=$?
    return "$status"
}

main "$@"
