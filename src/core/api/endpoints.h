// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// Every path of the Heficed API that the panel uses, in one place. Each carries the evidence for
// it as in the contract (shared/heficed-api.md): Confirmed by the provider or by public client
// code that ran against the live service, or Assumed where no public source shows it. Correcting
// an assumed path is a one-line change here.
namespace Heficed::Endpoints {

enum class Evidence
{
    Confirmed,
    Assumed
};

struct Endpoint
{
    QByteArray method;
    QString path; // relative to the API base URL, starting with '/'
    QUrlQuery query;
    Evidence evidence = Evidence::Assumed;
};

inline constexpr int MaxPageSize = 200; // confirmed: `limit` is at most 200

// Token endpoint (confirmed): POST, Basic auth, form body. Its default host is separate.
inline constexpr auto DefaultTokenUrl = "https://iam-proxy.heficed.com/oauth2/token";
inline constexpr auto DefaultApiBaseUrl = "https://api.heficed.com";

inline constexpr auto ScopeKronosCloud = "kronoscloud";
inline constexpr auto ScopeIpSwitch = "ipswitch";

// Cloud servers (scope kronoscloud)
Endpoint listInstances(const QString &tenant, int limit, int offset, const QString &status = {}); // confirmed
Endpoint instance(const QString &tenant, qint64 instanceId);                                      // confirmed
Endpoint stopInstance(const QString &tenant, qint64 instanceId);                                  // confirmed
Endpoint startInstance(const QString &tenant, qint64 instanceId);                                 // assumed
Endpoint rebootInstance(const QString &tenant, qint64 instanceId);                                // assumed
Endpoint enterRescue(const QString &tenant, qint64 instanceId);                                   // assumed
Endpoint leaveRescue(const QString &tenant, qint64 instanceId);                                   // assumed
Endpoint cancelInstance(const QString &tenant, qint64 instanceId);                                // confirmed

// Additional IP addresses (scope kronoscloud)
Endpoint listAdditionalIps(const QString &tenant, int limit, int offset);          // assumed
Endpoint routeIps(const QString &tenant, qint64 instanceId);                       // body confirmed, path assumed
Endpoint unrouteIp(const QString &tenant, qint64 instanceId, const QString &ipId); // assumed

// IP Switch subnets (scope ipswitch)
Endpoint listSubnets(const QString &tenant, const QString &parentUuid); // confirmed
Endpoint routeSubnets(const QString &tenant, qint64 instanceId);        // confirmed
Endpoint releaseSubnets(const QString &tenant, qint64 instanceId);      // confirmed

// Catalogue (no tenant)
Endpoint templates(const QString &instanceTypeId, const QString &locationId); // confirmed

} // namespace Heficed::Endpoints
