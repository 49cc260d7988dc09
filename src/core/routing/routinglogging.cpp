// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinglogging.h"

Q_LOGGING_CATEGORY(lcRouting, "heficed.routing", QtWarningMsg)
