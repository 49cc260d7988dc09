// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Heficed {

// One IPv4 subnet of IP Switch (contract section 3.2, confirmed): `id` (UUID), `address` and
// `lastAddress` as 32-bit integers, `cidr` the prefix length, and metadata.switch.instanceId only
// while it is routed.
struct Subnet
{
    QString id;
    QString parentId;
    quint32 address = 0;
    quint32 lastAddress = 0;
    int cidr = -1;         // -1 when the API sent no usable prefix
    qint64 instanceId = 0; // the server it is routed to; 0 while not routed

    bool isValid() const { return !id.isEmpty(); }
    bool isRouted() const { return instanceId > 0; }
    bool hasPrefix() const { return cidr >= 0 && cidr <= 32; }
    bool operator==(const Subnet &) const = default;

    QString text() const; // "198.18.0.16/28"
    quint64 size() const; // number of addresses; 0 when unknown

    // Never fails: what is missing or of another type stays empty or -1.
    static Subnet fromJson(const QJsonObject &object);
};

// "a.b.c.d/prefix" for the network that holds `address`: host bits are cleared, so
// (0xffffffff, 0) is "0.0.0.0/0" and (0xffffffff, 32) is "255.255.255.255/32". A prefix outside
// 0..32 gives the address alone.
QString cidrText(quint32 address, int prefix);
// The dotted form of a 32-bit address: 0 is "0.0.0.0", 0xffffffff is "255.255.255.255".
QString dottedQuad(quint32 address);
// 2^(32 - prefix) addresses: 1 for /32, 4294967296 for /0; 0 for a prefix outside 0..32.
quint64 subnetSize(int prefix);
// The network mask of a prefix: 0 for /0, 0xffffffff for /32.
quint32 prefixMask(int prefix);

} // namespace Heficed

Q_DECLARE_METATYPE(Heficed::Subnet)
