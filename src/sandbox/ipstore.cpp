// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipstore.h"

#include "instancestore.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

IpStore::IpStore(const QList<AdditionalIp> &ips, InstanceStore *instances)
    : m_ips(ips)
    , m_instances(instances)
{
    for (const AdditionalIp &ip : std::as_const(m_ips)) {
        if (ip.instanceId > 0)
            m_instances->attachAddress(ip.instanceId, ip.version, ip.address);
    }
}

const AdditionalIp *IpStore::find(const QString &ipId) const
{
    for (const AdditionalIp &ip : m_ips) {
        if (ip.id == ipId)
            return &ip;
    }
    return nullptr;
}

AdditionalIp *IpStore::findMutable(const QString &ipId)
{
    return const_cast<AdditionalIp *>(std::as_const(*this).find(ipId));
}

Outcome IpStore::route(qint64 instanceId, const QStringList &ipIds)
{
    const auto instance = m_instances->find(instanceId);
    if (!instance)
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(instanceId));
    if ((*instance)[u"status"_s].toString() == u"terminating"_s)
        return Outcome::conflict(u"Server %1 is being cancelled; no address can be routed to it."_s.arg(instanceId));

    const QString locationId = (*instance)[u"location"_s][u"id"_s].toString();
    for (const QString &ipId : ipIds) {
        const AdditionalIp *ip = find(ipId);
        if (!ip)
            return Outcome::notFound(u"No additional IP address with ID %1 exists in this organisation."_s.arg(ipId));
        const Outcome routable = checkRoutable(*ip, instanceId, locationId);
        if (!routable.ok())
            return routable;
    }
    for (const QString &ipId : ipIds) {
        AdditionalIp *ip = findMutable(ipId);
        if (ip->instanceId == instanceId)
            continue;
        ip->instanceId = instanceId;
        m_instances->attachAddress(instanceId, ip->version, ip->address);
    }
    return Outcome::success();
}

Outcome IpStore::checkRoutable(const AdditionalIp &ip, qint64 instanceId, const QString &locationId) const
{
    if (ip.instanceId > 0 && ip.instanceId != instanceId) {
        return Outcome::conflict(
            u"The address %1 is routed to server %2. Take it back from that server first."_s.arg(ip.address)
                .arg(ip.instanceId),
            QJsonObject{{ip.id, u"routed to server %1"_s.arg(ip.instanceId)}});
    }
    if (ip.locationId != locationId) {
        return Outcome::conflict(
            u"The address %1 belongs to %2, but server %3 is in %4."_s.arg(ip.address, ip.locationId)
                .arg(instanceId)
                .arg(locationId),
            QJsonObject{{ip.id, u"located in %1"_s.arg(ip.locationId)}});
    }
    return Outcome::success();
}

Outcome IpStore::unroute(qint64 instanceId, const QString &ipId)
{
    if (!m_instances->find(instanceId))
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(instanceId));
    AdditionalIp *ip = findMutable(ipId);
    if (!ip)
        return Outcome::notFound(u"No additional IP address with ID %1 exists in this organisation."_s.arg(ipId));
    if (ip->instanceId != instanceId)
        return Outcome::conflict(u"The address %1 is not routed to server %2."_s.arg(ip->address).arg(instanceId));
    ip->instanceId = 0;
    m_instances->detachAddress(instanceId, ip->version, ip->address);
    return Outcome::success();
}

void IpStore::releaseAllOf(qint64 instanceId)
{
    for (AdditionalIp &ip : m_ips) {
        if (ip.instanceId == instanceId)
            ip.instanceId = 0;
    }
}

} // namespace Heficed::Sandbox
