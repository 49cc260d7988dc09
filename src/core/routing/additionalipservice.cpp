// SPDX-License-Identifier: GPL-3.0-or-later
#include "additionalipservice.h"

#include "listpager.h"
#include "routinglogging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Heficed {

AdditionalIpService::AdditionalIpService(ApiClient *client, QObject *parent)
    : RoutingService(client, parent)
{}

QString AdditionalIpService::serviceName() const
{
    return tr("Cloud servers (kronoscloud)");
}

QList<AdditionalIp> AdditionalIpService::parseList(const QJsonArray &items)
{
    QList<AdditionalIp> ips;
    ips.reserve(items.size());
    for (const QJsonValue &item : items) {
        const AdditionalIp ip = AdditionalIp::fromJson(item.toObject());
        if (ip.isValid())
            ips.append(ip);
        else
            qCWarning(lcRouting) << "Skipped an additional address without an ID";
    }
    return ips;
}

void AdditionalIpService::fetchAll(QObject *context, ListCallback done)
{
    const QString tenant = client()->tenant();
    const int pageSize = m_pageSize;
    ListPager::fetchAll(
        client(), [tenant, pageSize](int offset) { return Endpoints::listAdditionalIps(tenant, pageSize, offset); },
        context,
        [done = std::move(done)](const ApiResult<QJsonArray> &result) {
            if (result.ok())
                done(parseList(result.value()));
            else
                done(result.error());
        });
}

ApiRequest AdditionalIpService::routeRequest(const QString &tenant, qint64 instanceId, const QStringList &ipIds)
{
    // The confirmed body is an object keyed "0", "1", ... rather than an array. It is written by
    // hand because QJsonObject sorts keys as text ("10" before "2"); this keeps them in order.
    QByteArray body = "{";
    for (qsizetype index = 0; index < ipIds.size(); ++index) {
        const QByteArray value = QJsonDocument(QJsonArray{ipIds.at(index)}).toJson(QJsonDocument::Compact);
        body += (index > 0 ? ",\"" : "\"") + QByteArray::number(index) + "\":" + value.mid(1, value.size() - 2);
    }
    body += '}';
    return {Endpoints::routeIps(tenant, instanceId), body, QByteArrayLiteral("application/json")};
}

void AdditionalIpService::route(qint64 instanceId, const QList<AdditionalIp> &ips, QObject *context, Callback done)
{
    QStringList ids;
    QStringList addresses;
    for (const AdditionalIp &ip : ips) {
        ids.append(ip.id);
        addresses.append(ip.address);
    }
    const QString summary = tr("Route %1 to %2").arg(addresses.join(u", "), serverLabel(instanceId));
    sendRecorded(instanceId, summary, routeRequest(client()->tenant(), instanceId, ids), context, std::move(done));
}

void AdditionalIpService::unroute(qint64 instanceId, const AdditionalIp &ip, QObject *context, Callback done)
{
    const QString summary = tr("Take %1 back from %2").arg(ip.address, serverLabel(instanceId));
    const ApiRequest request{Endpoints::unrouteIp(client()->tenant(), instanceId, ip.id), {}, {}};
    sendRecorded(instanceId, summary, request, context, std::move(done));
}

} // namespace Heficed
