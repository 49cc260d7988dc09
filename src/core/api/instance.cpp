// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace Heficed {

// Tolerant readers: the real API sends numbers as strings, objects as strings and nulls where
// other clients saw values (contract section 6). Each reader returns "unknown" rather than failing.
namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == std::floor(number) ? QString::number(static_cast<qint64>(number)) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

qint64 integer(const QJsonValue &value)
{
    const std::optional<double> parsed = number(value);
    return parsed ? static_cast<qint64>(*parsed) : 0;
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    const std::optional<double> parsed = number(value);
    if (!parsed)
        return std::nullopt;
    return static_cast<qint64>(*parsed);
}

bool boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString word = value.toString().trimmed().toLower();
    return word == u"true" || word == u"1" || word == u"yes";
}

std::optional<QDateTime> unixTime(const QJsonValue &value)
{
    const std::optional<double> seconds = number(value);
    if (seconds && *seconds > 0)
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*seconds), QTimeZone::utc());
    if (value.isString()) {
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (parsed.isValid())
            return parsed;
    }
    return std::nullopt;
}

// `{"id": .., "name": ..}`, or a bare string/number that is the ID.
NamedRef namedRef(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return {text(object.value(u"id")), text(object.value(u"name"))};
    }
    return {text(value), {}};
}

QStringList nonEmptyTexts(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        // An additional address may come as an object ({"address": ..}) or as plain text.
        const QString entry = item.isObject() ? text(item.toObject().value(u"address")) : text(item).trimmed();
        if (!entry.isEmpty())
            result.append(entry);
    }
    return result;
}

NetworkFamily networkFamily(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    NetworkFamily family;
    family.ipAddress = text(object.value(u"ipaddress")).trimmed();
    family.netmask = text(object.value(u"netmask"));
    family.gateway = text(object.value(u"gateway"));
    family.additionalIps = nonEmptyTexts(object.value(u"additionalIps"));
    family.resolvers = nonEmptyTexts(object.value(u"resolvers"));
    return family;
}

OsTemplate parseTemplate(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    OsTemplate result;
    result.id = text(object.value(u"id"));
    result.name = text(object.value(u"name"));
    result.location = namedRef(object.value(u"locationId"));
    result.instanceType = namedRef(object.value(u"instanceTypeId"));
    result.created = unixTime(object.value(u"created"));
    result.size = optionalInteger(object.value(u"size"));
    result.version = text(object.value(u"version"));
    return result;
}

Billing::Type billingType(const QJsonObject &type)
{
    const qint64 id = integer(type.value(u"id"));
    const QString name = text(type.value(u"name")).toLower();
    if (id == 1 || name == u"monthly")
        return Billing::Type::Monthly;
    if (id == -1 || name == u"hourly")
        return Billing::Type::Hourly;
    return Billing::Type::Unknown;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return text(value);
}

Billing parseBilling(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonObject type = object.value(u"type").toObject();
    Billing result;
    result.product = text(object.value(u"product"));
    result.type = billingType(type);
    result.typeName = text(type.value(u"name"));
    result.status = text(object.value(u"status"));
    result.hourlySpendingRate = number(object.value(u"hourlySpendingRate"));
    result.invoiceId = optionalInteger(object.value(u"invoiceId"));
    result.invoiceStatus = text(object.value(u"invoiceStatus"));
    result.price = number(object.value(u"price"));
    result.startDate = unixTime(object.value(u"startDate"));
    result.endDate = unixTime(object.value(u"endDate"));
    result.sla = namedRef(object.value(u"sla"));
    result.cancellationRequest = compactJson(object.value(u"cancellationRequest"));
    return result;
}

} // namespace

Instance Instance::fromJson(const QJsonObject &object)
{
    Instance instance;
    instance.id = integer(object.value(u"id"));
    instance.status = text(object.value(u"status"));
    instance.hostname = text(object.value(u"hostname"));
    instance.instanceType = namedRef(object.value(u"instanceType"));
    instance.location = namedRef(object.value(u"location"));
    instance.locationContinent = text(object.value(u"location").toObject().value(u"continent"));
    instance.inRescueMode = boolean(object.value(u"inRescueMode"));
    instance.osTemplate = parseTemplate(object.value(u"template"));
    instance.iso = compactJson(object.value(u"iso"));

    const QJsonObject network = object.value(u"network").toObject();
    instance.v4 = networkFamily(network.value(u"v4"));
    instance.v6 = networkFamily(network.value(u"v6"));
    instance.billing = parseBilling(object.value(u"billing"));

    instance.vcpu = static_cast<int>(integer(object.value(u"vcpu")));
    instance.memoryMb = integer(object.value(u"memory"));
    instance.diskGb = integer(object.value(u"disk"));
    instance.ipCount = static_cast<int>(integer(object.value(u"ip")));
    instance.backup = static_cast<int>(integer(object.value(u"backup")));
    for (int disk = 0; disk < AdditionalDiskCount; ++disk)
        instance.additionalDisksGb[static_cast<size_t>(disk)] =
            integer(object.value(QStringLiteral("additionalDisk%1").arg(disk + 1)));
    instance.cpuLimited = boolean(object.value(u"cpuLimited"));
    instance.networkLimited = boolean(object.value(u"networkLimited"));
    instance.rootPassword = text(object.value(u"password"));
    return instance;
}

QStringList Instance::allAddresses() const
{
    QStringList addresses;
    if (!v4.ipAddress.isEmpty())
        addresses.append(v4.ipAddress);
    if (!v6.ipAddress.isEmpty())
        addresses.append(v6.ipAddress);
    addresses.append(v4.additionalIps);
    addresses.append(v6.additionalIps);
    return addresses;
}

QString Instance::primaryAddress() const
{
    return v4.ipAddress.isEmpty() ? v6.ipAddress : v4.ipAddress;
}

} // namespace Heficed
