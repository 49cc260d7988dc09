// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "heficed.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "heficed.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInstances, "heficed.instances", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "heficed.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "heficed.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "heficed.settings", QtWarningMsg)
