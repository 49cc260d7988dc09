// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "additionalip.h"
#include "routingservice.h"

#include <QList>
#include <QStringList>

namespace Heficed {

// The organisation's additional IP addresses of Kronos Cloud (scope kronoscloud): listing every
// page, routing several to one server in a single request, and taking one back.
class AdditionalIpService : public RoutingService
{
    Q_OBJECT

public:
    using ListCallback = std::function<void(const ApiResult<QList<AdditionalIp>> &result)>;

    explicit AdditionalIpService(ApiClient *client, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = qBound(1, size, Endpoints::MaxPageSize); }
    QString serviceName() const override;

    // Every address, in API order; an entry without an ID is skipped.
    void fetchAll(QObject *context, ListCallback done);
    // One POST with all `ips` in the contract's body form {"0":"<id>","1":"<id>",...}.
    void route(qint64 instanceId, const QList<AdditionalIp> &ips, QObject *context, Callback done);
    void unroute(qint64 instanceId, const AdditionalIp &ip, QObject *context, Callback done);

    static ApiRequest routeRequest(const QString &tenant, qint64 instanceId, const QStringList &ipIds);
    static QList<AdditionalIp> parseList(const QJsonArray &items);

private:
    int m_pageSize = Endpoints::MaxPageSize;
};

} // namespace Heficed
