#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds everything and runs the whole test suite twice:
#   1. build-tests/  warnings as errors,
#   2. build-asan/   AddressSanitizer and UndefinedBehaviorSanitizer (skipped with --quick).
# Each pass runs ctest inside scripts/test-session.sh: a private home, D-Bus session, unlocked
# keyring and X server, so the developer's own keyring and settings are never touched.
# Stops at the first failing pass; the last lines printed are ctest's summary.
#
# Usage: scripts/run-tests.sh [--quick] [extra ctest arguments, e.g. -R Keychain]
# Environment: HEFICED_JOBS (default: the number of cores).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly JOBS=${HEFICED_JOBS:-$(nproc)}

note() {
    echo
    echo "=== run-tests: $* ==="
}

# configure_and_build DIR [CMAKE OPTIONS...]
configure_and_build() {
    local dir=$ROOT/$1
    shift
    local started=$SECONDS

    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHEFICED_BUILD_TESTS=ON "$@"
    cmake --build "$dir" --parallel "$JOBS"
    note "built $(basename "$dir") in $((SECONDS - started))s"
}

# run_suite DIR [CTEST ARGUMENTS...]
# The tests share one keyring and one sandbox fixture data set, so they run one at a time.
# --no-tests=error: a tree that registered no test is a failure, not a pass.
run_suite() {
    local dir=$ROOT/$1
    shift
    "$ROOT/scripts/test-session.sh" \
        ctest --test-dir "$dir" --output-on-failure --no-tests=error "$@"
}

plain_pass() {
    note "pass 1: build-tests (warnings as errors)"
    configure_and_build build-tests -DHEFICED_WARNINGS_AS_ERRORS=ON -DHEFICED_SANITIZERS=
    run_suite build-tests "$@"
}

# Warnings are not made errors here: GCC reports false positives (maybe-uninitialized and the
# like) on code that the sanitizers have instrumented, and pass 1 already holds the line on warnings.
sanitizer_pass() {
    note "pass 2: build-asan (AddressSanitizer + UndefinedBehaviorSanitizer)"
    configure_and_build build-asan -DHEFICED_WARNINGS_AS_ERRORS=OFF -DHEFICED_SANITIZERS=address,undefined

    # Any undefined behaviour fails the test that hit it, with a stack trace; leaks fail it too.
    ASAN_OPTIONS=detect_leaks=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        run_suite build-asan "$@"
}

main() {
    local quick=0
    if [[ "${1:-}" == --quick ]]; then
        quick=1
        shift
    fi

    "$ROOT/scripts/install-deps.sh"

    plain_pass "$@"
    if ((quick == 0)); then
        sanitizer_pass "$@"
    fi
}

main "$@"
