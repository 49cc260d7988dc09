// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routingservice.h"
#include "subnet.h"

#include <QList>
#include <QStringList>

namespace Heficed {

// IP Switch subnets (scope ipswitch): the tree one level per call, and routing or releasing
// subnets on one server. Each call is sent once; the settle time between a release and the next
// route is the caller's business (see SubnetMoveJob).
class SubnetService : public RoutingService
{
    Q_OBJECT

public:
    using LevelCallback = std::function<void(const ApiResult<QList<Subnet>> &result)>;

    explicit SubnetService(ApiClient *client, QObject *parent = nullptr);

    QString serviceName() const override;

    // The direct children of `parentUuid`, or the top blocks for an empty one. Pages are
    // followed when the envelope says there are more.
    void fetchLevel(const QString &parentUuid, QObject *context, LevelCallback done);
    void route(qint64 instanceId, const QList<Subnet> &subnets, QObject *context, Callback done);
    void release(qint64 instanceId, const QList<Subnet> &subnets, QObject *context, Callback done);

    static ApiRequest routeRequest(const QString &tenant, qint64 instanceId, const QStringList &subnetIds);
    static ApiRequest releaseRequest(const QString &tenant, qint64 instanceId, const QStringList &subnetIds);
    static QList<Subnet> parseLevel(const QJsonArray &items, const QString &parentUuid);
};

} // namespace Heficed
