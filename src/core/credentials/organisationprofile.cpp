// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationprofile.h"

#include <QUuid>

namespace Heficed {

QString OrganisationProfile::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionSettings OrganisationProfile::connection(const ConnectionSettings &base) const
{
    ConnectionSettings settings = base;
    if (!apiBaseUrl.isEmpty())
        settings.apiBaseUrl = apiBaseUrl;
    if (!tokenUrl.isEmpty())
        settings.tokenUrl = tokenUrl;
    return settings;
}

Credentials OrganisationProfile::credentials(const QString &organisationId, const QString &clientSecret) const
{
    return {organisationId, clientId, clientSecret, scopes};
}

} // namespace Heficed
