#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command inside a throwaway desktop session, so that tests never touch the real one:
#   - HOME and the XDG folders point into a temporary folder (deleted afterwards),
#   - a private D-Bus session bus (dbus-run-session),
#   - gnome-keyring's secret service with an unlocked "login" keyring as the default collection,
#   - an X server of its own (Xvfb) for GUI tests that want the xcb platform.
# Before the command runs, a secret is stored and read back; if that fails the script stops with
# an error instead of letting keychain tests hang on a password prompt.
#
# Usage: scripts/test-session.sh COMMAND [ARGS...]
#        scripts/test-session.sh true          # only the keychain preflight check
set -euo pipefail

SCRIPT=$(readlink -f "${BASH_SOURCE[0]}")
readonly SCRIPT
readonly INSIDE_MARKER=--inside-private-session

# How long to wait for the keyring daemon to appear on the bus, and for one secret-tool call.
readonly KEYRING_START_SECONDS=15
readonly SECRET_TOOL_SECONDS=20

die() {
    echo "test-session: $*" >&2
    exit 1
}

# --- Outside: a private home and a private bus --------------------------------------------------

make_private_home() {
    local root=$1
    mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
    chmod 700 "$root/runtime" # gnome-keyring refuses a runtime folder others can read

    export HOME=$root/home
    export XDG_DATA_HOME=$root/data
    export XDG_CONFIG_HOME=$root/config
    export XDG_CACHE_HOME=$root/cache
    export XDG_RUNTIME_DIR=$root/runtime

    # Results must not depend on the developer's language, time zone or desktop.
    export LC_ALL=C.UTF-8 LANGUAGE='' TZ=UTC
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
}

run_outside() {
    command -v dbus-run-session >/dev/null || die "dbus-run-session is missing (run scripts/install-deps.sh)"

    local root status=0
    root=$(mktemp -d "${TMPDIR:-/tmp}/heficed-session.XXXXXX")
    # shellcheck disable=SC2064 # expand now: the folder name is fixed from here on
    trap "rm -rf '$root'" EXIT

    make_private_home "$root"
    dbus-run-session -- "$SCRIPT" "$INSIDE_MARKER" "$@" || status=$?
    return "$status"
}

# --- Inside: the keyring, its preflight check and the X server ----------------------------------

keyring_on_bus() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true
}

# Starts gnome-keyring-daemon in the foreground (so that we own its process) and unlocks the
# "login" keyring with a throwaway password; a fresh home makes the daemon create that keyring.
start_keyring() {
    local password
    password=$(head -c 18 /dev/urandom | base64)

    printf '%s' "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    KEYRING_PID=$!

    local tries=$((KEYRING_START_SECONDS * 10))
    until keyring_on_bus; do
        kill -0 "$KEYRING_PID" 2>/dev/null || die "gnome-keyring-daemon exited before it reached the bus"
        ((--tries > 0)) || die "gnome-keyring-daemon did not reach the bus in ${KEYRING_START_SECONDS}s"
        sleep 0.1
    done
}

stop_keyring() {
    if [[ -n "${KEYRING_PID:-}" ]]; then
        kill "$KEYRING_PID" 2>/dev/null || true
        wait "$KEYRING_PID" 2>/dev/null || true
    fi
}

secret_service_call() {
    local object=$1 method=$2
    shift 2
    dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets "$object" "$method" "$@"
}

# QtKeychain stores into the "default" collection; it must be the login keyring and unlocked,
# or the first test that stores a secret would wait for a password prompt nobody answers.
check_default_collection() {
    local default locked
    default=$(secret_service_call /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default |
        tr -d '[:space:]')
    [[ "$default" == /org/freedesktop/secrets/collection/login ]] ||
        die "the default keyring is '${default:-none}', not the login keyring"

    locked=$(secret_service_call "$default" org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked)
    [[ "$locked" == *false* ]] || die "the login keyring is still locked"
}

# Stores a random value and reads it back, the same round trip the panel makes.
check_secret_roundtrip() {
    local value stored
    value=$(head -c 12 /dev/urandom | base64)

    printf '%s' "$value" | timeout "$SECRET_TOOL_SECONDS" secret-tool store --label="Heficed test preflight" \
        heficed-test preflight || die "secret-tool could not store a secret"
    stored=$(timeout "$SECRET_TOOL_SECONDS" secret-tool lookup heficed-test preflight) ||
        die "secret-tool could not read the secret back"
    [[ "$stored" == "$value" ]] || die "the keyring returned a different secret than was stored"

    timeout "$SECRET_TOOL_SECONDS" secret-tool clear heficed-test preflight
    echo "test-session: keyring ready (login collection unlocked, store/lookup round trip passed)"
}

run_inside() {
    trap stop_keyring EXIT

    start_keyring
    check_default_collection
    check_secret_roundtrip

    # -a picks a free display number (xvfb-run adds -nolisten tcp); the exit status is passed through.
    xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
}

main() {
    if [[ "${1:-}" == "$INSIDE_MARKER" ]]; then
        shift
        run_inside "$@"
    else
        (($# > 0)) || die "usage: $0 COMMAND [ARGS...]"
        run_outside "$@"
    fi
}

main "$@"
