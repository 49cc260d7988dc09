// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// heficed.ui: what the windows do (loads started and finished, session changes). Quiet below
// warnings by default; never receives a secret.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
