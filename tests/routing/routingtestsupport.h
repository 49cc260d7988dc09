// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up of the routing tests: an in-process sandbox on loopback, an API client signed in
// with both services, and look-ups in the sandbox's state to pick addresses, subnets and servers.
#include "api/apiclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

namespace RoutingTest {

using namespace Qt::StringLiterals;

inline constexpr int WaitMs = 15'000;

inline Heficed::Sandbox::Options sandboxOptions(int settleSeconds = 1)
{
    Heficed::Sandbox::Options options;
    options.instances = 40;
    options.actionSeconds = 1;
    options.settleSeconds = settleSeconds;
    options.fixtureFile = QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json");
    return options;
}

inline std::unique_ptr<Heficed::ApiClient> clientFor(const Heficed::Sandbox::SandboxServer &sandbox,
                                                     QStringList scopes = {u"kronoscloud"_s, u"ipswitch"_s})
{
    Heficed::ConnectionSettings settings;
    settings.apiBaseUrl = sandbox.baseUrl();
    settings.tokenUrl = sandbox.tokenUrl();
    settings.timeoutMs = 5'000;
    auto client = std::make_unique<Heficed::ApiClient>(settings);
    const Heficed::Sandbox::Options &options = sandbox.options();
    client->setCredentials({options.tenantId, options.clientId, options.clientSecret, scopes});
    return client;
}

// Waits for a callback to fill the slot: the event loop of QTest runs meanwhile, no nested loop of ours.
template<typename T>
std::optional<T> waitFor(const std::shared_ptr<std::optional<T>> &slot, int timeoutMs = WaitMs)
{
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, timeoutMs))
        return std::nullopt;
    return *slot;
}

inline QString hostnameIn(const Heficed::Sandbox::SandboxServer &sandbox, qint64 instanceId)
{
    return sandbox.instanceJson(instanceId).value(u"hostname"_s).toString();
}

// A location with two running servers and at least `free` unrouted IPv4 addresses.
struct AddressPick
{
    QString locationId;
    qint64 serverId = 0;
    qint64 otherServerId = 0; // another running server in the same location
    QStringList freeIds;      // unrouted, same location
    QStringList freeAddresses;
};

inline std::optional<AddressPick> pickAddresses(const Heficed::Sandbox::SandboxServer &sandbox, int free)
{
    const QJsonArray ips = sandbox.additionalIpsJson();
    const QJsonArray servers = sandbox.instancesJson();
    for (const QJsonValue &server : servers) {
        if (server[u"status"_s].toString() != u"running"_s)
            continue;
        AddressPick pick;
        pick.serverId = server[u"id"_s].toInteger();
        pick.locationId = server[u"location"_s][u"id"_s].toString();
        for (const QJsonValue &other : servers) {
            const qint64 otherId = other[u"id"_s].toInteger();
            if (otherId != pick.serverId && other[u"status"_s].toString() == u"running"_s &&
                other[u"location"_s][u"id"_s].toString() == pick.locationId && pick.otherServerId == 0)
                pick.otherServerId = otherId;
        }
        for (const QJsonValue &ip : ips) {
            const bool fits = ip[u"location"_s][u"id"_s].toString() == pick.locationId &&
                              ip[u"instanceId"_s].toInteger() == 0 && ip[u"version"_s].toInt() == 4;
            if (fits && pick.freeIds.size() < free) {
                pick.freeIds.append(ip[u"id"_s].toString());
                pick.freeAddresses.append(ip[u"address"_s].toString());
            }
        }
        if (pick.freeIds.size() >= free && pick.otherServerId != 0)
            return pick;
    }
    return std::nullopt;
}

// The sandbox's first top block, its first child level, and the one subnet it routes at start.
struct SubnetPick
{
    QString topId;
    QString routedId;
    qint64 routedOwner = 0;
    QString freeId; // an unrouted sibling of the routed one, with no routed relative
};

inline std::optional<SubnetPick> pickSubnets(const Heficed::Sandbox::SandboxServer &sandbox)
{
    const QJsonArray top = sandbox.subnetsJson({});
    if (top.isEmpty())
        return std::nullopt;
    SubnetPick pick;
    pick.topId = top.first()[u"id"_s].toString();
    const QJsonArray level = sandbox.subnetsJson(pick.topId);
    for (const QJsonValue &subnet : level) {
        const qint64 owner = sandbox.subnetOwner(subnet[u"id"_s].toString());
        if (owner > 0 && pick.routedId.isEmpty()) {
            pick.routedId = subnet[u"id"_s].toString();
            pick.routedOwner = owner;
        } else if (owner == 0 && pick.freeId.isEmpty()) {
            pick.freeId = subnet[u"id"_s].toString();
        }
    }
    if (pick.routedId.isEmpty() || pick.freeId.isEmpty())
        return std::nullopt;
    return pick;
}

// A running server other than `not`.
inline qint64 otherRunningServer(const Heficed::Sandbox::SandboxServer &sandbox, qint64 notThis)
{
    const QJsonArray servers = sandbox.instancesJson();
    for (const QJsonValue &server : servers) {
        const qint64 id = server[u"id"_s].toInteger();
        if (id != notThis && server[u"status"_s].toString() == u"running"_s)
            return id;
    }
    return 0;
}

inline QStringList additionalIpsOf(const QJsonObject &instance)
{
    QStringList all;
    for (const char *family : {"v4", "v6"}) {
        const QJsonArray ips = instance[u"network"_s][QLatin1String(family)][u"additionalIps"_s].toArray();
        for (const QJsonValue &ip : ips)
            all.append(ip.toString());
    }
    return all;
}

} // namespace RoutingTest
