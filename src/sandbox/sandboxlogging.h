// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// heficed.sandbox: one line per request and the sandbox's own events. Quiet below warnings by
// default (debug lines, on with QT_LOGGING_RULES="heficed.sandbox.debug=true"); the command-line
// tool switches them on. Never receives a token, secret or password.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
