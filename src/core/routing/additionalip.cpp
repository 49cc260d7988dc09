// SPDX-License-Identifier: GPL-3.0-or-later
#include "additionalip.h"

#include <QHostAddress>

namespace Heficed {

namespace {

// IDs and numbers arrive as numbers or as text, depending on who wrote the endpoint.
qint64 integerOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    return value.toString().toLongLong();
}

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

int versionOf(const QJsonValue &value, const QString &address)
{
    const qint64 given = integerOf(value);
    if (given == 4 || given == 6)
        return static_cast<int>(given);
    const QHostAddress parsed(address);
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol)
        return 4;
    if (parsed.protocol() == QAbstractSocket::IPv6Protocol)
        return 6;
    return 0;
}

} // namespace

AdditionalIp AdditionalIp::fromJson(const QJsonObject &object)
{
    AdditionalIp ip;
    ip.id = textOf(object.value(u"id"));
    ip.address = object.value(u"address").toString();
    ip.version = versionOf(object.value(u"version"), ip.address);

    // The location is an object here, but the instance object shows such references as bare
    // strings elsewhere (contract section 6): accept both.
    const QJsonValue location = object.value(u"location");
    if (location.isObject()) {
        ip.locationId = textOf(location.toObject().value(u"id"));
        ip.locationName = location.toObject().value(u"name").toString();
    } else {
        ip.locationId = textOf(location.isUndefined() ? object.value(u"locationId") : location);
    }
    ip.instanceId = qMax<qint64>(0, integerOf(object.value(u"instanceId")));
    return ip;
}

} // namespace Heficed
