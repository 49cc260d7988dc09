// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

namespace Heficed::Sandbox {

class IpStore;
class SubnetStore;
struct RecordedRequest;

// Additional IP addresses (scope kronoscloud) and IP Switch subnets (scope ipswitch). Routing
// answers 202 with an empty body.
class AddressApi
{
public:
    AddressApi(IpStore *ips, SubnetStore *subnets);

    ApiResponse listIps(const RecordedRequest &request) const;
    ApiResponse routeIps(const RecordedRequest &request, const QString &idText);
    ApiResponse unrouteIp(const RecordedRequest &request, const QString &idText, const QString &ipId);

    ApiResponse listSubnets(const RecordedRequest &request) const;
    // verb: route or release
    ApiResponse switchSubnets(const RecordedRequest &request, const QString &verb, const QString &idText);

private:
    IpStore *m_ips;
    SubnetStore *m_subnets;
};

} // namespace Heficed::Sandbox
