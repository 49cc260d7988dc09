// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// heficed.actions: server actions, their re-reads and the activity history. Quiet below warnings
// by default; never receives a secret (bodies are not logged at all).
Q_DECLARE_LOGGING_CATEGORY(lcActions)
