// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "datagenerator.h"

#include <QList>
#include <QStringList>

namespace Heficed::Sandbox {

class InstanceStore;

// The organisation's additional IP addresses and where each is routed. Routing keeps the
// server's network.v4/v6.additionalIps in step. Rules: an address routed to another server, or
// living in another location than the server, cannot be routed (409); routing an address to the
// server it is already on changes nothing.
class IpStore
{
public:
    IpStore(const QList<AdditionalIp> &ips, InstanceStore *instances);

    QList<AdditionalIp> list() const { return m_ips; }
    const AdditionalIp *find(const QString &ipId) const;

    // All or nothing: when one address cannot be routed, none is.
    Outcome route(qint64 instanceId, const QStringList &ipIds);
    Outcome unroute(qint64 instanceId, const QString &ipId);
    // A cancelled server gives its addresses back.
    void releaseAllOf(qint64 instanceId);

private:
    AdditionalIp *findMutable(const QString &ipId);
    Outcome checkRoutable(const AdditionalIp &ip, qint64 instanceId, const QString &locationId) const;

    QList<AdditionalIp> m_ips;
    InstanceStore *m_instances;
};

} // namespace Heficed::Sandbox
