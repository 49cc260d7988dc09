// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's API over real loopback HTTP: paging, authentication, state changes, additional
// IPs, IP Switch subnets and the catalogue, as contract shared/heficed-api.md describes them.
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Heficed::Sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FixtureId = 312019;
constexpr int WaitMs = 8'000;

Options fastOptions()
{
    Options options;
    options.instances = 25;
    options.actionSeconds = 1;
    options.settleSeconds = 1;
    return options;
}

QJsonArray dataOf(const HttpResult &result)
{
    return result.json().value(u"data"_s).toArray();
}

QJsonObject pagingMetadata(const HttpResult &result)
{
    return result.json()[u"metadata"_s][u"paging"_s].toObject();
}

QJsonObject pagingLinks(const HttpResult &result)
{
    return result.json()[u"links"_s][u"paging"_s].toObject();
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    void start(const Options &options, const QByteArray &scope = "kronoscloud%20ipswitch")
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<SandboxTestClient>(m_server.get());
        QVERIFY(m_client->authenticate(scope));
    }

    QString instancesPath(const QString &rest = {}) const
    {
        return m_client->tenantPath(u"/kronoscloud/instances"_s + rest);
    }

    QString statusOf(qint64 id)
    {
        return m_client->get(instancesPath(u"/%1"_s.arg(id))).json()[u"status"_s].toString();
    }

    // The first server with `status` and, when given, in `location`; 0 when there is none.
    qint64 firstWith(const QString &status, const QString &location = {}) const
    {
        for (const QJsonValue &value : m_server->instancesJson()) {
            const QJsonObject instance = value.toObject();
            const bool here = location.isEmpty() || instance[u"location"_s][u"id"_s].toString() == location;
            if (instance[u"status"_s].toString() == status && here)
                return instance[u"id"_s].toInteger();
        }
        return 0;
    }

    // Any server in `location` other than `except`; 0 when there is none.
    qint64 anotherIn(const QString &location, qint64 except) const
    {
        for (const QJsonValue &value : m_server->instancesJson()) {
            const qint64 id = value[u"id"_s].toInteger();
            if (value[u"location"_s][u"id"_s].toString() == location && id != except)
                return id;
        }
        return 0;
    }

    // An unrouted IPv4 address and a running server in its location that has a neighbour there.
    std::pair<QJsonObject, qint64> unroutedAddressAndServer() const
    {
        for (const QJsonValue &candidate : m_server->additionalIpsJson()) {
            const QString location = candidate[u"location"_s][u"id"_s].toString();
            const qint64 server = firstWith(u"running"_s, location);
            const bool free = candidate[u"instanceId"_s].isNull() && candidate[u"version"_s].toInt() == 4;
            if (free && server > 0 && anotherIn(location, server) > 0)
                return {candidate.toObject(), server};
        }
        return {};
    }

private Q_SLOTS:
    void init() { start(fastOptions()); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void pagingEnvelopeAcrossThreePages()
    {
        QList<qint64> seen;
        for (int offset : {0, 10, 20}) {
            const HttpResult page = m_client->get(instancesPath(u"?limit=10&offset=%1"_s.arg(offset)));
            QCOMPARE(page.status, 200);
            QVERIFY(page.header("Content-Type").startsWith("application/json"));
            for (const QJsonValue &instance : dataOf(page))
                seen.append(instance[u"id"_s].toInteger());

            const QJsonObject metadata = pagingMetadata(page);
            QCOMPARE(metadata[u"total"_s].toInt(), 26);
            QCOMPARE(metadata[u"limit"_s].toInt(), 10);
            QCOMPARE(metadata[u"offsets"_s][u"current"_s].toInt(), offset);
            QVERIFY(metadata[u"sort"_s].isNull());
            QVERIFY(metadata[u"sdir"_s].isNull());
            QCOMPARE(pagingLinks(page)[u"self"_s].toString(), instancesPath(u"?limit=10&offset=%1"_s.arg(offset)));
        }
        QCOMPARE(seen, m_server->instanceIds());
        QCOMPARE(seen.first(), FixtureId);

        const HttpResult first = m_client->get(instancesPath(u"?limit=10&offset=0"_s));
        QCOMPARE(pagingLinks(first)[u"previous"_s].toString(), QString());
        QCOMPARE(pagingLinks(first)[u"next"_s].toString(), instancesPath(u"?limit=10&offset=10"_s));
        QVERIFY(pagingMetadata(first)[u"offsets"_s][u"previous"_s].isNull());
        QCOMPARE(pagingMetadata(first)[u"offsets"_s][u"next"_s].toInt(), 10);

        const HttpResult last = m_client->get(instancesPath(u"?limit=10&offset=20"_s));
        QCOMPARE(dataOf(last).size(), 6);
        QCOMPARE(pagingLinks(last)[u"next"_s].toString(), QString());
        QVERIFY(pagingMetadata(last)[u"offsets"_s][u"next"_s].isNull());
        QCOMPARE(pagingLinks(last)[u"previous"_s].toString(), instancesPath(u"?limit=10&offset=10"_s));
        QCOMPARE(pagingMetadata(last)[u"offsets"_s][u"previous"_s].toInt(), 10);
    }

    void limitIsCheckedAndDefaulted()
    {
        QCOMPARE(dataOf(m_client->get(instancesPath())).size(), 20); // the default page
        QCOMPARE(dataOf(m_client->get(instancesPath(u"?limit=200"_s))).size(), 26);
        const HttpResult tooMany = m_client->get(instancesPath(u"?limit=201&offset=0"_s));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(tooMany.json()[u"detail"_s].toString().contains(u"200"_s));
        QVERIFY(tooMany.json()[u"context"_s][u"limit"_s].isString());
        QCOMPARE(m_client->get(instancesPath(u"?limit=0"_s)).status, 400);
        QCOMPARE(m_client->get(instancesPath(u"?limit=ten"_s)).status, 400);
        QCOMPARE(m_client->get(instancesPath(u"?offset=-1"_s)).status, 400);
        QCOMPARE(dataOf(m_client->get(instancesPath(u"?offset=500"_s))).size(), 0);
    }

    void statusFilter()
    {
        Options options = fastOptions();
        options.actionSeconds = 600; // no status may change while this test counts
        start(options);
        int stopped = 0;
        for (const QJsonValue &instance : m_server->instancesJson())
            stopped += instance[u"status"_s].toString() == u"stopped"_s ? 1 : 0;
        QVERIFY(stopped > 0);

        const HttpResult filtered = m_client->get(instancesPath(u"?limit=200&offset=0&status=stopped"_s));
        QCOMPARE(filtered.status, 200);
        QCOMPARE(dataOf(filtered).size(), stopped);
        QCOMPARE(pagingMetadata(filtered)[u"total"_s].toInt(), stopped);
        for (const QJsonValue &instance : dataOf(filtered))
            QCOMPARE(instance[u"status"_s].toString(), u"stopped"_s);
        QVERIFY(pagingLinks(filtered)[u"self"_s].toString().endsWith(u"&status=stopped"_s));

        QCOMPARE(dataOf(m_client->get(instancesPath(u"?status=migrating"_s))).size(), 1); // unknown to clients
        QCOMPARE(pagingMetadata(m_client->get(instancesPath(u"?status=nosuch"_s)))[u"total"_s].toInt(), 0);
    }

    void fixtureServerKeepsItsQuirks()
    {
        const HttpResult result = m_client->get(instancesPath(u"/312019"_s));
        QCOMPARE(result.status, 200);
        const QJsonObject server = result.json();
        QVERIFY(!server.contains(u"data"_s)); // a bare object, no envelope
        QCOMPARE(server[u"hostname"_s].toString(), u"hhVyA97bBk"_s);
        QCOMPARE(server[u"network"_s][u"v4"_s][u"ipaddress"_s].toString(), QString());
        QVERIFY(server[u"network"_s][u"v4"_s][u"netmask"_s].isString());
        QCOMPARE(server[u"network"_s][u"v6"_s][u"netmask"_s].toInt(), 48);
        QVERIFY(server[u"network"_s][u"v6"_s][u"netmask"_s].isDouble());
        QVERIFY(server[u"template"_s][u"locationId"_s].isObject());
        QVERIFY(server[u"template"_s][u"created"_s].isNull());
        QCOMPARE(server[u"billing"_s][u"type"_s][u"id"_s].toInt(), 1);
        QVERIFY(server[u"billing"_s][u"cancellationRequest"_s].isNull());
        QCOMPARE(server[u"password"_s].toString(), u"Xk7pQ2mRv9Lw"_s);
    }

    void generatedServersAreVariedAndDeterministic()
    {
        Options options = fastOptions();
        options.instances = 40;
        start(options);
        const QJsonArray all = m_server->instancesJson();
        QCOMPARE(all.size(), 41);
        QSet<QString> locations, statuses;
        int stringLocations = 0, objectLocations = 0, hourly = 0, monthly = 0, emptyV4 = 0, longNames = 0;
        int rescued = 0, withAdditional = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject server = value.toObject();
            locations.insert(server[u"location"_s][u"id"_s].toString());
            statuses.insert(server[u"status"_s].toString());
            (server[u"template"_s][u"locationId"_s].isString() ? stringLocations : objectLocations)++;
            const int billingType = server[u"billing"_s][u"type"_s][u"id"_s].toInt();
            hourly += billingType == -1 && server[u"billing"_s][u"hourlySpendingRate"_s].isDouble() ? 1 : 0;
            monthly += billingType == 1 ? 1 : 0;
            emptyV4 += server[u"network"_s][u"v4"_s][u"ipaddress"_s].toString().isEmpty() ? 1 : 0;
            longNames += server[u"hostname"_s].toString().size() == 63 ? 1 : 0;
            rescued += server[u"inRescueMode"_s].toBool() ? 1 : 0;
            withAdditional += server[u"network"_s][u"v4"_s][u"additionalIps"_s].toArray().isEmpty() ? 0 : 1;
            QVERIFY(!server[u"password"_s].toString().isEmpty());
            QVERIFY(server[u"network"_s][u"v6"_s][u"netmask"_s].isDouble());
        }
        QCOMPARE(locations.size(), 6);
        QVERIFY(statuses.contains(u"running"_s) && statuses.contains(u"stopped"_s) &&
                statuses.contains(u"migrating"_s));
        QVERIFY(statuses.size() >= 5);
        QVERIFY(stringLocations > 0 && objectLocations > 0);
        QVERIFY(hourly > 0 && monthly > 0);
        QVERIFY(emptyV4 > 1 && longNames > 0 && rescued > 0 && withAdditional > 0);

        SandboxServer twin(options);
        QCOMPARE(twin.instancesJson(), all);
        QCOMPARE(twin.additionalIpsJson(), m_server->additionalIpsJson());
        options.seed = 2;
        SandboxServer other(options);
        QVERIFY(other.instancesJson() != all);
    }

    void unknownThingsAreProblems()
    {
        const HttpResult missing = m_client->get(instancesPath(u"/999999999"_s));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json()[u"title"_s].toString(), u"Not Found"_s);
        for (const QString &key : {u"type"_s, u"title"_s, u"detail"_s, u"instance"_s, u"context"_s})
            QVERIFY2(missing.json().contains(key), qPrintable(key));
        QCOMPARE(missing.json()[u"instance"_s].toString(), instancesPath(u"/999999999"_s));
        QCOMPARE(m_client->get(instancesPath(u"/abc"_s)).status, 404);
        QCOMPARE(m_client->get(m_client->tenantPath(u"/kronoscloud/nothing"_s)).status, 404);
        const HttpResult wrongMethod = m_client->send("DELETE", instancesPath());
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    }

    void missingOrBadTokenIs401()
    {
        const HttpResult none = m_client->send("GET", instancesPath(), {}, {}, QByteArray());
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(none.json()[u"detail"_s].toString().contains(u"access token"_s));
        QCOMPARE(m_client->send("GET", instancesPath(), {}, {}, QByteArray("Bearer nonsense")).status, 401);
        m_server->revokeAllTokens();
        QCOMPARE(m_client->get(instancesPath()).status, 401);
    }

    void tokenEndpointChecksClientAndGrant()
    {
        const Options &options = m_server->options();
        const QByteArray form = "grant_type=client_credentials&scope=kronoscloud";
        const HttpResult wrongSecret = m_client->requestToken(options.clientId, u"not-the-secret"_s, form);
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.json()[u"error"_s].toString(), u"invalid_client"_s);
        QCOMPARE(wrongSecret.json()[u"error_description"_s].toString(), u"Client authentication failed"_s);
        QCOMPARE(m_client->requestToken(u"someone-else"_s, options.clientSecret, form).status, 401);
        QCOMPARE(
            m_client->send("POST", u"/oauth2/token"_s, form, "application/x-www-form-urlencoded", QByteArray()).status,
            401);

        const HttpResult password =
            m_client->requestToken(options.clientId, options.clientSecret, "grant_type=password&scope=kronoscloud");
        QCOMPARE(password.status, 400);
        QCOMPARE(password.json()[u"error"_s].toString(), u"unsupported_grant_type"_s);
    }

    void scopesArePlusOrPercentEncodedAndReturned()
    {
        const Options &options = m_server->options();
        for (const QByteArray &scope : {QByteArray("kronoscloud+ipswitch"), QByteArray("kronoscloud%20ipswitch")}) {
            const HttpResult granted = m_client->requestToken(options.clientId, options.clientSecret,
                                                              "grant_type=client_credentials&scope=" + scope);
            QCOMPARE(granted.status, 200);
            QCOMPARE(granted.json()[u"token_type"_s].toString(), u"Bearer"_s);
            QCOMPARE(granted.json()[u"expires_in"_s].toInt(), 3600);
            QCOMPARE(granted.json()[u"scope"_s].toString(), u"kronoscloud ipswitch"_s);
            QVERIFY(granted.json()[u"access_token"_s].toString().size() >= 32);
        }
        QCOMPARE(m_server->issuedTokens().size(), 3); // with the one from init()
    }

    void scopeNotGrantedFailsTheWholeRequest()
    {
        Options options = fastOptions();
        options.grantedScopes = {u"kronoscloud"_s};
        start(options, "kronoscloud");
        const HttpResult refused = m_client->requestToken(options.clientId, options.clientSecret,
                                                          "grant_type=client_credentials&scope=kronoscloud%20ipswitch");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()[u"error"_s].toString(), u"invalid_scope"_s);
        QVERIFY(refused.json()[u"error_description"_s].toString().contains(u"ipswitch"_s));
        QCOMPARE(m_server->issuedTokens().size(), 1); // only init()'s
    }

    void wrongTenantOrMissingScopeIs403()
    {
        const HttpResult otherTenant = m_client->get(u"/00000000-0000-0000-0000-000000000000/kronoscloud/instances"_s);
        QCOMPARE(otherTenant.status, 403);
        QVERIFY(otherTenant.json()[u"detail"_s].toString().contains(u"organisation"_s));

        QVERIFY(m_client->authenticate("kronoscloud"));
        QCOMPARE(m_client->get(instancesPath()).status, 200);
        const HttpResult noSwitch = m_client->get(m_client->tenantPath(u"/ipswitch/v4/subnets?parentUuid="_s));
        QCOMPARE(noSwitch.status, 403);
        QVERIFY(noSwitch.json()[u"detail"_s].toString().contains(u"ipswitch"_s));

        QVERIFY(m_client->authenticate("ipswitch"));
        QCOMPARE(m_client->get(instancesPath()).status, 403);
        QCOMPARE(m_client->get(u"/common/kronoscloud/templates"_s).status, 403);
    }

    void expiredTokenIs401()
    {
        Options options = fastOptions();
        options.tokenLifetimeSeconds = 1;
        start(options);
        QCOMPARE(m_client->get(instancesPath()).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(instancesPath()).status, 401, WaitMs);
        QVERIFY(m_client->get(instancesPath()).json()[u"detail"_s].toString().contains(u"expired"_s));
        m_server->expireAllTokens();
        QVERIFY(m_client->authenticate());
        m_server->expireAllTokens();
        QCOMPARE(m_client->get(instancesPath()).status, 401);
    }

    void startPassesThroughStarting()
    {
        const qint64 id = firstWith(u"stopped"_s);
        QVERIFY(id > 0);
        QSignalSpy changes(m_server.get(), &SandboxServer::instanceChanged);
        const HttpResult started = m_client->postJson(instancesPath(u"/%1/start"_s.arg(id)), {});
        QCOMPARE(started.status, 202);
        QVERIFY(started.body.isEmpty());
        QCOMPARE(statusOf(id), u"starting"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, WaitMs);
        QVERIFY(changes.count() >= 2);
        QCOMPARE(m_server->instanceJson(id)[u"status"_s].toString(), u"running"_s);
    }

    void wrongStateIs409()
    {
        const HttpResult start = m_client->postJson(instancesPath(u"/312019/start"_s), {});
        QCOMPARE(start.status, 409);
        QVERIFY(start.json()[u"detail"_s].toString().contains(u"cannot be started while it is running"_s));
        QCOMPARE(start.json()[u"context"_s].toString(), u"running"_s);

        const qint64 stopped = firstWith(u"stopped"_s);
        QCOMPARE(m_client->postJson(instancesPath(u"/%1/stop"_s.arg(stopped)), "{\"force\":false}").status, 409);
        QCOMPARE(m_client->postJson(instancesPath(u"/%1/reboot"_s.arg(stopped)), {}).status, 409);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/unrescue"_s), {}).status, 409);
        const qint64 migrating = firstWith(u"migrating"_s);
        QCOMPARE(m_client->postJson(instancesPath(u"/%1/start"_s.arg(migrating)), {}).status, 409);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/stop"_s), "{\"force\":\"yes\"}").status, 400);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/stop"_s), "{not json").status, 400);
        QCOMPARE(m_client->postJson(instancesPath(u"/999999999/start"_s), {}).status, 404);
    }

    void statusCanBeSetForATest()
    {
        m_server->setInstanceStatus(FixtureId, u"suspended"_s);
        QCOMPARE(statusOf(FixtureId), u"suspended"_s);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/stop"_s), {}).status, 409);
        m_server->setInstanceStatus(FixtureId, u"stopped"_s);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/start"_s), {}).status, 202);
    }

    void stopRebootAndForce()
    {
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/reboot"_s), "{\"force\":false}").status, 202);
        QCOMPARE(statusOf(FixtureId), u"rebooting"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(FixtureId), u"running"_s, WaitMs);
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/stop"_s), "{\"force\":false}").status, 202);
        QCOMPARE(statusOf(FixtureId), u"stopping"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(FixtureId), u"stopped"_s, WaitMs);

        const qint64 running = firstWith(u"running"_s);
        QVERIFY(running != FixtureId && running > 0);
        QCOMPARE(m_client->postJson(instancesPath(u"/%1/stop"_s.arg(running)), "{\"force\":true}").status, 202);
        QCOMPARE(statusOf(running), u"stopped"_s); // power cut: no transition
    }

    void rescueModeFlips()
    {
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/rescue"_s), {}).status, 202);
        QCOMPARE(statusOf(FixtureId), u"rebooting"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->instanceJson(FixtureId)[u"inRescueMode"_s].toBool(), WaitMs);
        QCOMPARE(statusOf(FixtureId), u"running"_s);
        const HttpResult again = m_client->postJson(instancesPath(u"/312019/rescue"_s), {});
        QCOMPARE(again.status, 409);
        QVERIFY(again.json()[u"detail"_s].toString().contains(u"already in rescue mode"_s));
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/unrescue"_s), {}).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->instanceJson(FixtureId)[u"inRescueMode"_s].toBool(), WaitMs);
    }

    void cancelImmediateRemovesTheServer()
    {
        const qint64 id = firstWith(u"running"_s);
        QCOMPARE(
            m_client->postJson(instancesPath(u"/%1/cancel"_s.arg(id)), "{\"type\":\"Pick\",\"reason\":\"x\"}").status,
            400);
        const HttpResult cancelled =
            m_client->postJson(instancesPath(u"/%1/cancel"_s.arg(id)), "{\"type\":\"Immediate\",\"reason\":\"tests\"}");
        QCOMPARE(cancelled.status, 202);
        QCOMPARE(statusOf(id), u"terminating"_s);
        QCOMPARE(m_client->postJson(instancesPath(u"/%1/cancel"_s.arg(id)), "{\"type\":\"Immediate\"}").status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(instancesPath(u"/%1"_s.arg(id))).status, 404, WaitMs);
        QCOMPARE(pagingMetadata(m_client->get(instancesPath()))[u"total"_s].toInt(), 25);
        QVERIFY(!m_server->instanceIds().contains(id));
    }

    void cancelAtPeriodEndKeepsTheServer()
    {
        const HttpResult cancelled = m_client->postJson(instancesPath(u"/312019/cancel"_s),
                                                        "{\"type\":\"EndOfBillingPeriod\",\"reason\":\"tests\"}");
        QCOMPARE(cancelled.status, 202);
        const QJsonObject server = m_client->get(instancesPath(u"/312019"_s)).json();
        QCOMPARE(server[u"status"_s].toString(), u"running"_s);
        const QJsonObject request = server[u"billing"_s][u"cancellationRequest"_s].toObject();
        QCOMPARE(request[u"type"_s].toString(), u"EndOfBillingPeriod"_s);
        QCOMPARE(request[u"reason"_s].toString(), u"tests"_s);
        QCOMPARE(request[u"effectiveDate"_s].toInteger(), server[u"billing"_s][u"endDate"_s].toInteger());
        QCOMPARE(m_client->postJson(instancesPath(u"/312019/cancel"_s), "{\"type\":\"EndOfBillingPeriod\"}").status,
                 409);
    }

    void routeAndUnrouteAdditionalIps()
    {
        const auto [ip, server] = unroutedAddressAndServer();
        QVERIFY(!ip.isEmpty());
        const QString ipId = ip[u"id"_s].toString();
        QCOMPARE(ipId.size(), 24);
        const QString routePath = instancesPath(u"/%1/ips"_s.arg(server));
        const QByteArray body = "{\"0\":\"" + ipId.toLatin1() + "\"}";

        QCOMPARE(m_client->send("POST", routePath, body, "text/plain").status, 415);
        QCOMPARE(m_client->postJson(routePath, "[\"x\"]").status, 400);
        QCOMPARE(m_client->postJson(routePath, "{\"0\":\"ffffffffffffffffffffffff\"}").status, 404);
        QCOMPARE(m_client->postJson(routePath, body).status, 202);
        QCOMPARE(m_server->requests().last().header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(m_server->ipOwner(ipId), server);
        const QJsonArray routed = m_server->instanceJson(server)[u"network"_s][u"v4"_s][u"additionalIps"_s].toArray();
        QVERIFY(routed.contains(ip[u"address"_s]));
        const QJsonArray listed = dataOf(m_client->get(m_client->tenantPath(u"/kronoscloud/ips?limit=200"_s)));
        for (const QJsonValue &entry : listed) {
            if (entry[u"id"_s].toString() == ipId)
                QCOMPARE(entry[u"instanceId"_s].toInteger(), server);
        }

        // Routed elsewhere: 409 with the reason.
        const qint64 other = anotherIn(ip[u"location"_s][u"id"_s].toString(), server);
        QVERIFY(other > 0);
        const HttpResult taken = m_client->postJson(instancesPath(u"/%1/ips"_s.arg(other)), body);
        QCOMPARE(taken.status, 409);
        QVERIFY(taken.json()[u"detail"_s].toString().contains(u"is routed to server"_s));
        QCOMPARE(m_server->ipOwner(ipId), server);
        QCOMPARE(m_client->postJson(routePath, body).status, 202); // already there: no change

        const QString unroutePath = instancesPath(u"/%1/ips/%2"_s.arg(server).arg(ipId));
        QCOMPARE(m_client->send("DELETE", unroutePath).status, 202);
        QCOMPARE(m_server->ipOwner(ipId), 0);
        QVERIFY(!m_server->instanceJson(server)[u"network"_s][u"v4"_s][u"additionalIps"_s].toArray().contains(
            ip[u"address"_s]));
        QCOMPARE(m_client->send("DELETE", unroutePath).status, 409);
    }

    void addressInAnotherLocationIs409()
    {
        for (const QJsonValue &candidate : m_server->additionalIpsJson()) {
            const QString location = candidate[u"location"_s][u"id"_s].toString();
            if (!candidate[u"instanceId"_s].isNull() || location == u"uk-lon1"_s)
                continue;
            const QByteArray body = "{\"0\":\"" + candidate[u"id"_s].toString().toLatin1() + "\"}";
            const HttpResult elsewhere = m_client->postJson(instancesPath(u"/312019/ips"_s), body); // in London
            QCOMPARE(elsewhere.status, 409);
            QVERIFY(elsewhere.json()[u"detail"_s].toString().contains(location));
            return;
        }
        QFAIL("no unrouted address outside London");
    }

    void subnetTreeGoesDownToSingleAddresses()
    {
        const QString listPath = m_client->tenantPath(u"/ipswitch/v4/subnets?parentUuid="_s);
        const HttpResult top = m_client->get(listPath);
        QCOMPARE(top.status, 200);
        QCOMPARE(dataOf(top).size(), 3);
        QCOMPARE(pagingLinks(top)[u"self"_s].toString(),
                 m_client->tenantPath(u"/ipswitch/v4/subnets?limit=20&offset=0&parentUuid="_s));

        QJsonObject subnet = dataOf(top).first().toObject();
        QCOMPARE(subnet[u"cidr"_s].toInt(), 22);
        QVERIFY(!subnet[u"metadata"_s].toObject().contains(u"switch"_s));
        // A fresh sandbox has one subnet routed: 198.18.1.0/24, the second child of the first block.
        const QJsonObject sample = m_server->subnetsJson(subnet[u"id"_s].toString()).at(1).toObject();
        QCOMPARE(sample[u"metadata"_s][u"switch"_s][u"instanceId"_s].toInteger(),
                 m_server->subnetOwner(sample[u"id"_s].toString()));
        QVERIFY(m_server->subnetOwner(sample[u"id"_s].toString()) > 0);
        while (subnet[u"cidr"_s].toInt() < 32) {
            const HttpResult level = m_client->get(listPath + subnet[u"id"_s].toString());
            QCOMPARE(level.status, 200);
            const QJsonArray children = dataOf(level);
            QVERIFY(!children.isEmpty());
            for (const QJsonValue &child : children) {
                QVERIFY(child[u"address"_s].toInteger() >= subnet[u"address"_s].toInteger());
                QVERIFY(child[u"lastAddress"_s].toInteger() <= subnet[u"lastAddress"_s].toInteger());
                QVERIFY(child[u"cidr"_s].toInt() > subnet[u"cidr"_s].toInt());
            }
            subnet = children.first().toObject();
        }
        QCOMPARE(subnet[u"address"_s].toInteger(), subnet[u"lastAddress"_s].toInteger());
        QCOMPARE(subnet[u"address"_s].toInteger(), qint64(3323068416)); // 198.18.0.0
        QCOMPARE(m_client->get(listPath + u"00000000-0000-4000-8000-000000000000"_s).status, 404);
    }

    void subnetRouteReleaseAndSettle()
    {
        const QString subnetId = m_server->subnetsJson().at(1)[u"id"_s].toString(); // 198.18.4.0/24
        const qint64 server = firstWith(u"running"_s);
        const qint64 other = firstWith(u"stopped"_s);
        const QString base = m_client->tenantPath(u"/ipswitch/v4/subnets/%1/kronoscloud/%2"_s);
        const QByteArray body = "[\"" + subnetId.toLatin1() + "\"]";

        QCOMPARE(m_client->send("POST", base.arg(u"route"_s).arg(server), body, "text/plain").status, 415);
        QCOMPARE(m_client->postJson(base.arg(u"route"_s).arg(server), "{\"0\":\"x\"}").status, 400);
        QCOMPARE(m_client->postJson(base.arg(u"route"_s).arg(server), body).status, 202);
        QCOMPARE(m_server->subnetOwner(subnetId), server);
        QCOMPARE(m_server->subnetsJson().at(1)[u"metadata"_s][u"switch"_s][u"instanceId"_s].toInteger(), server);

        const HttpResult elsewhere = m_client->postJson(base.arg(u"route"_s).arg(other), body);
        QCOMPARE(elsewhere.status, 409);
        QVERIFY(elsewhere.json()[u"detail"_s].toString().contains(u"routed to server"_s));
        QCOMPARE(m_client->postJson(base.arg(u"release"_s).arg(other), body).status, 409);
        QCOMPARE(m_client->postJson(base.arg(u"release"_s).arg(server), body).status, 202);
        QVERIFY(!m_server->subnetsJson().at(1)[u"metadata"_s].toObject().contains(u"switch"_s));

        const HttpResult tooSoon = m_client->postJson(base.arg(u"route"_s).arg(other), body);
        QCOMPARE(tooSoon.status, 409);
        QVERIFY(tooSoon.json()[u"detail"_s].toString().contains(u"settling"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->postJson(base.arg(u"route"_s).arg(other), body).status, 202, WaitMs);
        QCOMPARE(m_server->subnetOwner(subnetId), other);
    }

    void overlappingSubnetsConflict()
    {
        const QString parentId = m_server->subnetsJson().at(1)[u"id"_s].toString(); // 198.18.4.0/24
        const QString childId = m_server->subnetsJson(parentId).at(0)[u"id"_s].toString();
        const qint64 server = firstWith(u"running"_s);
        const QString route = m_client->tenantPath(u"/ipswitch/v4/subnets/route/kronoscloud/%1"_s.arg(server));
        QCOMPARE(m_client->postJson(route, "[\"" + childId.toLatin1() + "\"]").status, 202);
        const HttpResult parent = m_client->postJson(route, "[\"" + parentId.toLatin1() + "\"]");
        QCOMPARE(parent.status, 409);
        QVERIFY(parent.json()[u"detail"_s].toString().contains(u"overlaps"_s));
    }

    void templateCatalogue()
    {
        const HttpResult linuxTemplates =
            m_client->get(u"/common/kronoscloud/templates?instanceTypeId=linux&locationId=de-fra1"_s);
        QCOMPARE(linuxTemplates.status, 200);
        QCOMPARE(dataOf(linuxTemplates).size(), 4);
        for (const QJsonValue &entry : dataOf(linuxTemplates)) {
            QCOMPARE(entry[u"locationId"_s].toString(), u"de-fra1"_s);
            QCOMPARE(entry[u"instanceTypeId"_s].toString(), u"linux"_s);
            QVERIFY(!entry[u"id"_s].toString().isEmpty());
        }
        QCOMPARE(
            dataOf(m_client->get(u"/common/kronoscloud/templates?locationId=uk-lon1"_s)).first()[u"id"_s].toString(),
            u"92b22afd-ad6a-4cb1-b9f7-91c2a7b1877b"_s); // the fixture's template
        QCOMPARE(m_client->get(u"/common/kronoscloud/templates?locationId=mars-1"_s).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
