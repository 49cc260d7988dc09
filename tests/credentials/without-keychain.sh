#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test on a private session bus that has no keychain service and cannot start one, so the
# test sees what a desktop without gnome-keyring or KWallet gives the panel.
#   without-keychain.sh TEST-EXECUTABLE [ARGS...]
set -eu
here=$(dirname "$0")
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL
export HEFICED_TEST_NO_KEYCHAIN=1
exec dbus-run-session --config-file="$here/session-without-services.conf" -- "$@"
