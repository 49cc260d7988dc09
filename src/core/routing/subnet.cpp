// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnet.h"

#include <QHostAddress>

namespace Heficed {

namespace {

constexpr int AddressBits = 32;

// The API sends addresses as numbers; text (a number in a string, or a dotted quad) is accepted
// too rather than showing 0.0.0.0 for a real subnet.
std::optional<quint32> addressOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= 4294967295.0)
            return static_cast<quint32>(value.toInteger());
        return std::nullopt;
    }
    const QString text = value.toString();
    bool ok = false;
    const quint32 parsed = text.toUInt(&ok);
    if (ok)
        return parsed;
    const QHostAddress dotted(text);
    if (dotted.protocol() == QAbstractSocket::IPv4Protocol)
        return dotted.toIPv4Address();
    return std::nullopt;
}

int prefixOf(const QJsonValue &value)
{
    const int prefix = value.isDouble() ? value.toInt(-1) : value.toString().toInt();
    const bool given = value.isDouble() || !value.toString().isEmpty();
    return given && prefix >= 0 && prefix <= AddressBits ? prefix : -1;
}

qint64 integerOf(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger() : value.toString().toLongLong();
}

} // namespace

quint32 prefixMask(int prefix)
{
    if (prefix <= 0)
        return 0; // shifting a 32-bit value by 32 is undefined: /0 has its own case
    if (prefix >= AddressBits)
        return ~quint32(0);
    return ~quint32(0) << (AddressBits - prefix);
}

QString dottedQuad(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

QString cidrText(quint32 address, int prefix)
{
    if (prefix < 0 || prefix > AddressBits)
        return dottedQuad(address);
    return dottedQuad(address & prefixMask(prefix)) + u'/' + QString::number(prefix);
}

quint64 subnetSize(int prefix)
{
    if (prefix < 0 || prefix > AddressBits)
        return 0;
    return quint64(1) << (AddressBits - prefix);
}

QString Subnet::text() const
{
    return cidrText(address, cidr);
}

quint64 Subnet::size() const
{
    if (hasPrefix())
        return subnetSize(cidr);
    // Without a prefix, the two ends still tell the size.
    return lastAddress >= address && lastAddress != 0 ? quint64(lastAddress) - address + 1 : 0;
}

Subnet Subnet::fromJson(const QJsonObject &object)
{
    Subnet subnet;
    subnet.id = object.value(u"id").toString();
    subnet.parentId = object.value(u"parentUuid").toString();
    subnet.address = addressOf(object.value(u"address")).value_or(0);
    subnet.cidr = prefixOf(object.value(u"cidr"));
    const std::optional<quint32> last = addressOf(object.value(u"lastAddress"));
    if (last)
        subnet.lastAddress = *last;
    else if (subnet.hasPrefix())
        subnet.lastAddress = (subnet.address & prefixMask(subnet.cidr)) | ~prefixMask(subnet.cidr);

    // metadata.switch.instanceId is there only while the subnet is routed.
    const QJsonValue owner = object.value(u"metadata").toObject().value(u"switch").toObject().value(u"instanceId");
    subnet.instanceId = qMax<qint64>(0, integerOf(owner));
    return subnet;
}

} // namespace Heficed
