// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoints.h"

namespace Heficed::Endpoints {

namespace {

QString instancesRoot(const QString &tenant)
{
    return u'/' + tenant + u"/kronoscloud/instances";
}

QString instancePath(const QString &tenant, qint64 instanceId)
{
    return instancesRoot(tenant) + u'/' + QString::number(instanceId);
}

Endpoint post(const QString &path, Evidence evidence)
{
    return {"POST", path, {}, evidence};
}

} // namespace

Endpoint listInstances(const QString &tenant, int limit, int offset, const QString &status)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    return {"GET", instancesRoot(tenant), query, Evidence::Confirmed};
}

Endpoint instance(const QString &tenant, qint64 instanceId)
{
    return {"GET", instancePath(tenant, instanceId), {}, Evidence::Confirmed};
}

Endpoint stopInstance(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/stop", Evidence::Confirmed);
}

Endpoint startInstance(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/start", Evidence::Assumed);
}

Endpoint rebootInstance(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/reboot", Evidence::Assumed);
}

Endpoint enterRescue(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/rescue", Evidence::Assumed);
}

Endpoint leaveRescue(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/unrescue", Evidence::Assumed);
}

Endpoint cancelInstance(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/cancel", Evidence::Confirmed);
}

Endpoint listAdditionalIps(const QString &tenant, int limit, int offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return {"GET", u'/' + tenant + u"/kronoscloud/ips", query, Evidence::Assumed};
}

Endpoint routeIps(const QString &tenant, qint64 instanceId)
{
    return post(instancePath(tenant, instanceId) + u"/ips", Evidence::Assumed);
}

Endpoint unrouteIp(const QString &tenant, qint64 instanceId, const QString &ipId)
{
    return {"DELETE", instancePath(tenant, instanceId) + u"/ips/" + ipId, {}, Evidence::Assumed};
}

Endpoint listSubnets(const QString &tenant, const QString &parentUuid)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("parentUuid"), parentUuid);
    return {"GET", u'/' + tenant + u"/ipswitch/v4/subnets", query, Evidence::Confirmed};
}

Endpoint routeSubnets(const QString &tenant, qint64 instanceId)
{
    return post(u'/' + tenant + u"/ipswitch/v4/subnets/route/kronoscloud/" + QString::number(instanceId),
                Evidence::Confirmed);
}

Endpoint releaseSubnets(const QString &tenant, qint64 instanceId)
{
    return post(u'/' + tenant + u"/ipswitch/v4/subnets/release/kronoscloud/" + QString::number(instanceId),
                Evidence::Confirmed);
}

Endpoint templates(const QString &instanceTypeId, const QString &locationId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("instanceTypeId"), instanceTypeId);
    query.addQueryItem(QStringLiteral("locationId"), locationId);
    return {"GET", QStringLiteral("/common/kronoscloud/templates"), query, Evidence::Confirmed};
}

} // namespace Heficed::Endpoints
