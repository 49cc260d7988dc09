// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetservice.h"

#include "listpager.h"
#include "routinglogging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Heficed {

namespace {

QJsonDocument idArray(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids));
}

QStringList idsOf(const QList<Subnet> &subnets)
{
    QStringList ids;
    for (const Subnet &subnet : subnets)
        ids.append(subnet.id);
    return ids;
}

QString textsOf(const QList<Subnet> &subnets)
{
    QStringList texts;
    for (const Subnet &subnet : subnets)
        texts.append(subnet.text());
    return texts.join(u", ");
}

} // namespace

SubnetService::SubnetService(ApiClient *client, QObject *parent)
    : RoutingService(client, parent)
{}

QString SubnetService::serviceName() const
{
    return tr("IP Switch (ipswitch)");
}

QList<Subnet> SubnetService::parseLevel(const QJsonArray &items, const QString &parentUuid)
{
    QList<Subnet> level;
    for (const QJsonValue &item : items) {
        Subnet subnet = Subnet::fromJson(item.toObject());
        if (!subnet.isValid()) {
            qCWarning(lcRouting) << "Skipped a subnet without an ID";
            continue;
        }
        // The level is what was asked for, whatever the item says about its parent.
        subnet.parentId = parentUuid;
        level.append(subnet);
    }
    return level;
}

void SubnetService::fetchLevel(const QString &parentUuid, QObject *context, LevelCallback done)
{
    const QString tenant = client()->tenant();
    const auto endpointAt = [tenant, parentUuid](int offset) {
        Endpoints::Endpoint endpoint = Endpoints::listSubnets(tenant, parentUuid);
        // The first page is the confirmed request as it is; later pages follow the envelope.
        if (offset > 0)
            endpoint.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return endpoint;
    };
    ListPager::fetchAll(client(), endpointAt, context,
                        [parentUuid, done = std::move(done)](const ApiResult<QJsonArray> &result) {
                            if (result.ok())
                                done(parseLevel(result.value(), parentUuid));
                            else
                                done(result.error());
                        });
}

ApiRequest SubnetService::routeRequest(const QString &tenant, qint64 instanceId, const QStringList &subnetIds)
{
    return ApiRequest::json(Endpoints::routeSubnets(tenant, instanceId), idArray(subnetIds));
}

ApiRequest SubnetService::releaseRequest(const QString &tenant, qint64 instanceId, const QStringList &subnetIds)
{
    return ApiRequest::json(Endpoints::releaseSubnets(tenant, instanceId), idArray(subnetIds));
}

void SubnetService::route(qint64 instanceId, const QList<Subnet> &subnets, QObject *context, Callback done)
{
    const QString summary = tr("Route subnet %1 to %2").arg(textsOf(subnets), serverLabel(instanceId));
    sendRecorded(instanceId, summary, routeRequest(client()->tenant(), instanceId, idsOf(subnets)), context,
                 std::move(done));
}

void SubnetService::release(qint64 instanceId, const QList<Subnet> &subnets, QObject *context, Callback done)
{
    const QString summary = tr("Release subnet %1 from %2").arg(textsOf(subnets), serverLabel(instanceId));
    sendRecorded(instanceId, summary, releaseRequest(client()->tenant(), instanceId, idsOf(subnets)), context,
                 std::move(done));
}

} // namespace Heficed
