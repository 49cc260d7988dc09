// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoints.h"

#include <QStringList>
#include <QUrl>

namespace Heficed {

// Where and how the panel talks to Heficed. Defaults are the real hosts; the sandbox and
// corporate gateways change them by command-line option or setting.
struct ConnectionSettings
{
    QUrl tokenUrl{QString::fromLatin1(Endpoints::DefaultTokenUrl)};
    QUrl apiBaseUrl{QString::fromLatin1(Endpoints::DefaultApiBaseUrl)};
    int timeoutMs = 30'000;
    QString extraCaCertificateFile; // PEM file trusted in addition to the system's CAs
    int maxGetRetriesOn429 = 3;     // a GET answered 429 is tried again at most this often
    int maxRetryAfterSeconds = 120; // a longer Retry-After is reported instead of waited out
    int tokenRenewMarginSeconds = 60;
};

// The application credentials of one organisation. clientSecret is a secret: it never reaches a
// log line, a settings file or an error message.
struct Credentials
{
    QString organisationId; // the tenant UUID
    QString clientId;
    QString clientSecret;
    QStringList scopes{QString::fromLatin1(Endpoints::ScopeKronosCloud)};

    bool isComplete() const { return !organisationId.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty(); }
};

} // namespace Heficed
