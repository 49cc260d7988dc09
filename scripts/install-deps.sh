#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes sure the Debian packages the panel needs to build, test and run are installed.
# Silent when nothing is missing. As root it installs what is missing; otherwise it prints the
# command to run and fails, so that a build never starts half-equipped.
#
# Usage: scripts/install-deps.sh [--dev]
#   --dev   also the tools for working on the code (formatter, shell linter, screenshots)
# Set HEFICED_SKIP_DEPS=1 to skip the check (e.g. on a distribution without dpkg).
set -euo pipefail

# Compiler, build tools, and the Qt modules and tools the CMake files ask for.
# libgl-dev: Qt6Gui's CMake package looks for OpenGL headers (qt6-base-dev pulls it in on bookworm).
# qt6-websockets-dev: Qt6HttpServer's CMake package needs it, but bookworm's qt6-httpserver-dev
# does not depend on it.
readonly BUILD_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
)

# What the panel needs at run time beyond its libraries: Qt's platform plugins (xcb, offscreen),
# the SVG icon engine, Qt's own translations, and a secret service for the keychain.
readonly RUNTIME_PACKAGES=(
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n gnome-keyring dbus
)

# The test session (scripts/test-session.sh): an X server, a private bus and keyring, secret-tool
# for its preflight check, openssl for tests that make certificates, and clang-format for the
# format check that is part of the suite.
readonly TEST_PACKAGES=(
    xvfb xauth dbus gnome-keyring libsecret-tools openssl clang-format
)

# Only for working on the code; dpkg-dev brings dpkg-shlibdeps for `cpack -G DEB`.
readonly DEV_PACKAGES=(
    shellcheck imagemagick appstream dpkg-dev
)

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}

# Prints the wanted packages that are not installed, each once.
missing_packages() {
    local package
    for package in $(printf '%s\n' "$@" | sort -u); do
        is_installed "$package" || echo "$package"
    done
}

install_packages() {
    # --no-install-recommends keeps the install small; every package needed is listed above.
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

main() {
    if [[ "${HEFICED_SKIP_DEPS:-0}" == 1 ]]; then
        return 0
    fi

    local wanted=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
    if [[ "${1:-}" == --dev ]]; then
        wanted+=("${DEV_PACKAGES[@]}")
    fi

    if ! command -v dpkg-query >/dev/null; then
        echo "install-deps: this is not a Debian-based system; install the equivalents of:" >&2
        echo "  ${wanted[*]}" >&2
        echo "then run again with HEFICED_SKIP_DEPS=1." >&2
        return 1
    fi

    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    if ((EUID != 0)); then
        echo "install-deps: missing packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        return 1
    fi

    echo "install-deps: installing ${missing[*]}"
    install_packages "${missing[@]}"
}

main "$@"
