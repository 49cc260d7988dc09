// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Heficed::Sandbox {

class DataGenerator;
class InstanceStore;

struct Subnet
{
    QString id; // UUID
    QString parentId;
    quint32 address = 0; // first address as a 32-bit integer, as the API sends it
    int cidr = 32;
    qint64 instanceId = 0;    // 0 while not routed
    qint64 releasedAtMs = -1; // on the store's clock; -1 when never released

    quint32 lastAddress() const;
    QString text() const; // "198.18.0.16/28"
    QJsonObject toJson() const;
};

// IP Switch: a deterministic tree of IPv4 subnets (a few /22 to /24 blocks in the 198.18.0.0/15
// benchmarking range, split level by level down to /32 in places) and their routing. A subnet
// cannot be routed while it, an enclosing or an enclosed subnet is routed, nor within
// `settleSeconds` after it was released (409).
class SubnetStore
{
public:
    SubnetStore(DataGenerator *generator, InstanceStore *instances, int settleSeconds);

    // The direct children of `parentId`, or the top blocks for an empty ID; nullopt for an unknown one.
    std::optional<QList<Subnet>> children(const QString &parentId) const;
    const Subnet *find(const QString &subnetId) const;

    // All or nothing, like the API.
    Outcome route(qint64 instanceId, const QStringList &subnetIds);
    Outcome release(qint64 instanceId, const QStringList &subnetIds);
    // A cancelled server releases its subnets; they settle like any other release.
    void releaseAllOf(qint64 instanceId);

private:
    void addTree(DataGenerator *generator, const QString &parentId, quint32 address, int cidr);
    Outcome checkInstance(qint64 instanceId) const;
    Outcome checkRoutable(const Subnet &subnet, qint64 instanceId, const QStringList &requested) const;
    Subnet *findMutable(const QString &subnetId);

    QList<Subnet> m_subnets;
    InstanceStore *m_instances;
    QElapsedTimer m_clock;
    int m_settleMs;
};

} // namespace Heficed::Sandbox
