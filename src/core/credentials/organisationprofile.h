// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Heficed {

// What the settings file keeps about one organisation. The organisation ID and the client secret
// are not here: they live in the OS keychain only (see CredentialStore).
struct OrganisationProfile
{
    QString key; // a stable UUID without braces, chosen once; names the keychain entry
    QString name;
    QString clientId;
    QStringList scopes{QString::fromLatin1(Endpoints::ScopeKronosCloud)};
    QUrl apiBaseUrl; // empty = the connection's default
    QUrl tokenUrl;   // empty = the connection's default

    static QString newKey();

    bool isValid() const { return !key.isEmpty() && !name.isEmpty(); }
    bool usesScope(const char *scope) const { return scopes.contains(QString::fromLatin1(scope)); }

    // `base` with this organisation's endpoint choices applied.
    ConnectionSettings connection(const ConnectionSettings &base) const;
    // The credentials for the API client, from this profile and the two keychain values.
    Credentials credentials(const QString &organisationId, const QString &clientSecret) const;

    bool operator==(const OrganisationProfile &other) const = default;
};

} // namespace Heficed
