// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per component, quiet below warnings by default; switch one on with e.g.
// QT_LOGGING_RULES="heficed.api.debug=true". No category ever receives a secret, token or password.
Q_DECLARE_LOGGING_CATEGORY(lcApi)       // heficed.api: requests, statuses, retries
Q_DECLARE_LOGGING_CATEGORY(lcAuth)      // heficed.auth: access tokens (never their value)
Q_DECLARE_LOGGING_CATEGORY(lcInstances) // heficed.instances: the server service
Q_DECLARE_LOGGING_CATEGORY(lcModels)    // heficed.models: item models
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)  // heficed.keychain: the OS keychain
Q_DECLARE_LOGGING_CATEGORY(lcSettings)  // heficed.settings: stored preferences
