// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// heficed.routing: additional IP addresses and IP Switch subnets (lists, routing, moves). Quiet
// below warnings by default; never receives a token.
Q_DECLARE_LOGGING_CATEGORY(lcRouting)
