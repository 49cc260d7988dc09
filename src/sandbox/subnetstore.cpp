// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetstore.h"

#include "datagenerator.h"
#include "instancestore.h"

#include <QHostAddress>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

struct Block
{
    const char *address;
    int cidr;
};

constexpr Block TopBlocks[] = {{"198.18.0.0", 22}, {"198.18.4.0", 24}, {"198.18.8.0", 23}};

// How far one level of the tree splits a subnet.
int childPrefix(int cidr)
{
    switch (cidr) {
    case 22:
    case 23:
        return 24;
    case 26:
        return 28;
    case 29:
    case 30:
    case 31:
        return 32;
    default:
        return cidr + 1;
    }
}

bool overlaps(const Subnet &a, const Subnet &b)
{
    return a.address <= b.lastAddress() && b.address <= a.lastAddress();
}

} // namespace

quint32 Subnet::lastAddress() const
{
    const quint32 hostBits = 32 - quint32(cidr);
    return hostBits >= 32 ? ~quint32(0) : address + ((quint32(1) << hostBits) - 1);
}

QString Subnet::text() const
{
    return QHostAddress(address).toString() + u'/' + QString::number(cidr);
}

QJsonObject Subnet::toJson() const
{
    QJsonObject metadata;
    if (instanceId > 0)
        metadata.insert(u"switch"_s, QJsonObject{{u"instanceId"_s, instanceId}, {u"product"_s, u"kronoscloud"_s}});
    return {
        {u"id"_s, id},
        {u"address"_s, qint64(address)},
        {u"lastAddress"_s, qint64(lastAddress())},
        {u"cidr"_s, cidr},
        {u"parentUuid"_s, parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)},
        {u"metadata"_s, metadata},
    };
}

SubnetStore::SubnetStore(DataGenerator *generator, InstanceStore *instances, int settleSeconds)
    : m_instances(instances)
    , m_settleMs(qMax(0, settleSeconds) * 1000)
{
    m_clock.start();
    for (const Block &block : TopBlocks)
        addTree(generator, {}, QHostAddress(QString::fromLatin1(block.address)).toIPv4Address(), block.cidr);
}

void SubnetStore::addTree(DataGenerator *generator, const QString &parentId, quint32 address, int cidr)
{
    const QString id = generator->nextUuid();
    m_subnets.append({id, parentId, address, cidr, 0, -1});
    if (cidr >= 32)
        return;
    // Only the first child (and the second of large blocks) is split further: deep in places,
    // small overall.
    const int prefix = childPrefix(cidr);
    const int count = 1 << (prefix - cidr);
    const quint32 step = quint32(1) << (32 - prefix);
    for (int child = 0; child < count; ++child) {
        const quint32 childAddress = address + quint32(child) * step;
        if (child == 0 || (child == 1 && prefix <= 25))
            addTree(generator, id, childAddress, prefix);
        else
            m_subnets.append({generator->nextUuid(), id, childAddress, prefix, 0, -1});
    }
}

std::optional<QList<Subnet>> SubnetStore::children(const QString &parentId) const
{
    if (!parentId.isEmpty() && !find(parentId))
        return std::nullopt;
    QList<Subnet> level;
    for (const Subnet &subnet : m_subnets) {
        if (subnet.parentId == parentId)
            level.append(subnet);
    }
    std::sort(level.begin(), level.end(), [](const Subnet &a, const Subnet &b) { return a.address < b.address; });
    return level;
}

const Subnet *SubnetStore::find(const QString &subnetId) const
{
    for (const Subnet &subnet : m_subnets) {
        if (subnet.id == subnetId)
            return &subnet;
    }
    return nullptr;
}

Subnet *SubnetStore::findMutable(const QString &subnetId)
{
    return const_cast<Subnet *>(std::as_const(*this).find(subnetId));
}

Outcome SubnetStore::checkInstance(qint64 instanceId) const
{
    const auto instance = m_instances->find(instanceId);
    if (!instance)
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(instanceId));
    if ((*instance)[u"status"_s].toString() == u"terminating"_s)
        return Outcome::conflict(u"Server %1 is being cancelled; no subnet can be routed to it."_s.arg(instanceId));
    return Outcome::success();
}

Outcome SubnetStore::route(qint64 instanceId, const QStringList &subnetIds)
{
    const Outcome instanceOk = checkInstance(instanceId);
    if (!instanceOk.ok())
        return instanceOk;
    for (const QString &subnetId : subnetIds) {
        const Subnet *subnet = find(subnetId);
        if (!subnet)
            return Outcome::notFound(u"No subnet with ID %1 exists in this organisation."_s.arg(subnetId));
        const Outcome routable = checkRoutable(*subnet, instanceId, subnetIds);
        if (!routable.ok())
            return routable;
    }
    for (const QString &subnetId : subnetIds)
        findMutable(subnetId)->instanceId = instanceId;
    return Outcome::success();
}

Outcome SubnetStore::checkRoutable(const Subnet &subnet, qint64 instanceId, const QStringList &requested) const
{
    if (subnet.instanceId == instanceId)
        return Outcome::success(); // already there: nothing to do
    if (subnet.instanceId > 0) {
        return Outcome::conflict(
            u"The subnet %1 is routed to server %2. Release it from that server first."_s.arg(subnet.text())
                .arg(subnet.instanceId),
            QJsonObject{{subnet.id, u"routed to server %1"_s.arg(subnet.instanceId)}});
    }
    const qint64 sinceRelease = subnet.releasedAtMs < 0 ? -1 : m_clock.elapsed() - subnet.releasedAtMs;
    if (sinceRelease >= 0 && sinceRelease < m_settleMs) {
        const int wait = int(std::ceil((m_settleMs - sinceRelease) / 1000.0));
        return Outcome::conflict(
            u"The subnet %1 was released moments ago and is still settling. Try again in %2 s."_s.arg(subnet.text())
                .arg(wait),
            QJsonObject{{u"retryAfterSeconds"_s, wait}});
    }
    for (const Subnet &other : m_subnets) {
        const bool busy = other.instanceId > 0 || (requested.contains(other.id) && other.id != subnet.id);
        if (other.id == subnet.id || !busy || !overlaps(subnet, other))
            continue;
        const QString where =
            other.instanceId > 0 ? u"routed to server %1"_s.arg(other.instanceId) : u"also in this request"_s;
        return Outcome::conflict(u"The subnet %1 overlaps %2, which is %3."_s.arg(subnet.text(), other.text(), where),
                                 QJsonObject{{subnet.id, u"overlaps %1"_s.arg(other.text())}});
    }
    return Outcome::success();
}

Outcome SubnetStore::release(qint64 instanceId, const QStringList &subnetIds)
{
    if (!m_instances->find(instanceId))
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(instanceId));
    for (const QString &subnetId : subnetIds) {
        const Subnet *subnet = find(subnetId);
        if (!subnet)
            return Outcome::notFound(u"No subnet with ID %1 exists in this organisation."_s.arg(subnetId));
        if (subnet->instanceId != instanceId)
            return Outcome::conflict(
                u"The subnet %1 is not routed to server %2."_s.arg(subnet->text()).arg(instanceId));
    }
    for (const QString &subnetId : subnetIds) {
        Subnet *subnet = findMutable(subnetId);
        subnet->instanceId = 0;
        subnet->releasedAtMs = m_clock.elapsed();
    }
    return Outcome::success();
}

void SubnetStore::releaseAllOf(qint64 instanceId)
{
    for (Subnet &subnet : m_subnets) {
        if (subnet.instanceId != instanceId)
            continue;
        subnet.instanceId = 0;
        subnet.releasedAtMs = m_clock.elapsed();
    }
}

} // namespace Heficed::Sandbox
