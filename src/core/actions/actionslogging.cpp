// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionslogging.h"

Q_LOGGING_CATEGORY(lcActions, "heficed.actions", QtWarningMsg)
