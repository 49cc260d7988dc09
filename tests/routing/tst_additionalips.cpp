// SPDX-License-Identifier: GPL-3.0-or-later
// Additional IP addresses: the service against the sandbox over loopback HTTP, and the model.
#include "../common/logcapture.h"
#include "routing/additionalipmodel.h"
#include "routing/additionalipservice.h"
#include "routingtestsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Heficed;
using namespace RoutingTest;
using Sandbox::Fault;
using Sandbox::SandboxServer;

namespace {

// One finished routing exchange as the service reported it.
struct Recorded
{
    qint64 instanceId = 0;
    QString summary;
    ApiRequest request;
    bool ok = false;
    int status = 0;
};

} // namespace

class TestAdditionalIps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AdditionalIpService> m_service;
    QList<Recorded> m_recorded;

    std::optional<ApiResult<ApiResponse>> route(qint64 instanceId, const QList<AdditionalIp> &ips)
    {
        auto slot = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        m_service->route(instanceId, ips, this, [slot](const ApiResult<ApiResponse> &result) { *slot = result; });
        return waitFor(slot);
    }

    std::optional<ApiResult<ApiResponse>> unroute(qint64 instanceId, const AdditionalIp &ip)
    {
        auto slot = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        m_service->unroute(instanceId, ip, this, [slot](const ApiResult<ApiResponse> &result) { *slot = result; });
        return waitFor(slot);
    }

    QList<AdditionalIp> fetchAll()
    {
        auto slot = std::make_shared<std::optional<ApiResult<QList<AdditionalIp>>>>();
        m_service->fetchAll(this, [slot](const ApiResult<QList<AdditionalIp>> &result) { *slot = result; });
        const auto result = waitFor(slot);
        if (!result || !result->ok())
            return {};
        return result->value();
    }

    static QList<AdditionalIp> byIds(const QList<AdditionalIp> &all, const QStringList &ids)
    {
        QList<AdditionalIp> picked;
        for (const QString &id : ids) {
            for (const AdditionalIp &ip : all) {
                if (ip.id == id)
                    picked.append(ip);
            }
        }
        return picked;
    }

    QString postPath(qint64 instanceId) const { return u"/kronoscloud/instances/%1/ips"_s.arg(instanceId); }

private Q_SLOTS:
    void initTestCase() { m_log = std::make_unique<LogCapture>(); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
        QVERIFY(m_sandbox->listen());
        m_client = clientFor(*m_sandbox);
        m_service = std::make_unique<AdditionalIpService>(m_client.get());
        m_recorded.clear();
        connect(m_service.get(), &RoutingService::exchangeFinished, this,
                [this](qint64 instanceId, const QString &summary, const ApiRequest &request,
                       const ApiResult<ApiResponse> &result) {
                    m_recorded.append({instanceId, summary, request, result.ok(),
                                       result.ok() ? result.value().httpStatus : result.error().httpStatus});
                });
    }

    void cleanup()
    {
        const QStringList secrets = QStringList{m_sandbox->options().clientSecret} + m_sandbox->issuedTokens();
        QCOMPARE(LogCapture::lineContainingAny(secrets), QString());
        m_service.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void listsEveryPageInOrder()
    {
        m_service->setPageSize(3);
        const QList<AdditionalIp> all = fetchAll();
        const QJsonArray expected = m_sandbox->additionalIpsJson();
        QCOMPARE(all.size(), expected.size());
        QVERIFY(all.size() > 6);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).id, expected.at(i)[u"id"_s].toString());
            QCOMPARE(all.at(i).instanceId, expected.at(i)[u"instanceId"_s].toInteger());
        }
        const int pages = static_cast<int>((expected.size() + 2) / 3);
        QCOMPARE(m_sandbox->requestCount("GET", u"/kronoscloud/ips"_s), pages);
        QVERIFY(m_recorded.isEmpty()); // reading is not routing: nothing for the activity view
    }

    void routesTwoAddressesInOneRequest()
    {
        const auto pick = pickAddresses(*m_sandbox, 2);
        QVERIFY(pick);
        const QList<AdditionalIp> two = byIds(fetchAll(), pick->freeIds);
        QCOMPARE(two.size(), 2);
        m_sandbox->clearRequests();

        const auto result = route(pick->serverId, two);
        QVERIFY(result && result->ok());
        QCOMPARE(m_sandbox->requestCount("POST", postPath(pick->serverId)), 1);
        QCOMPARE(m_sandbox->requests().size(), 1);

        const Sandbox::RecordedRequest sent = m_sandbox->requests().constFirst();
        const QByteArray expectedBody =
            "{\"0\":\"" + pick->freeIds.at(0).toLatin1() + "\",\"1\":\"" + pick->freeIds.at(1).toLatin1() + "\"}";
        QCOMPARE(sent.body, expectedBody);
        const QJsonObject parsed = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(parsed, (QJsonObject{{u"0"_s, pick->freeIds.at(0)}, {u"1"_s, pick->freeIds.at(1)}}));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));

        // The sandbox routed both, and the server now lists both among its additional addresses.
        QCOMPARE(m_sandbox->ipOwner(pick->freeIds.at(0)), pick->serverId);
        QCOMPARE(m_sandbox->ipOwner(pick->freeIds.at(1)), pick->serverId);
        const QStringList listed = additionalIpsOf(m_sandbox->instanceJson(pick->serverId));
        QVERIFY2(listed.contains(pick->freeAddresses.at(0)), qPrintable(listed.join(u' ')));
        QVERIFY2(listed.contains(pick->freeAddresses.at(1)), qPrintable(listed.join(u' ')));

        QCOMPARE(m_recorded.size(), 1);
        QCOMPARE(m_recorded.first().instanceId, pick->serverId);
        QVERIFY(m_recorded.first().ok);
        QCOMPARE(m_recorded.first().status, 202);
        QCOMPARE(m_recorded.first().request.body, expectedBody);
        QCOMPARE(m_recorded.first().summary,
                 u"Route %1, %2 to server %3"_s.arg(pick->freeAddresses.at(0), pick->freeAddresses.at(1))
                     .arg(pick->serverId));
    }

    void bodyKeysStayInNumericOrder()
    {
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(u"60bde87f311fc2ed1f6aea"_s + QString::number(i).rightJustified(2, u'0'));
        const ApiRequest request = AdditionalIpService::routeRequest(u"t"_s, 5, ids);
        QVERIFY(request.body.startsWith("{\"0\":\"60bde87f311fc2ed1f6aea00\",\"1\":"));
        QVERIFY(request.body.contains("\"9\":\"60bde87f311fc2ed1f6aea09\",\"10\":"));
        QVERIFY(request.body.endsWith("\"11\":\"60bde87f311fc2ed1f6aea11\"}"));
        const QJsonObject parsed = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(parsed.size(), 12);
        QCOMPARE(parsed[u"10"_s].toString(), ids.at(10));
        QCOMPARE(request.contentType, QByteArray("application/json"));
        QCOMPARE(request.endpoint.method, QByteArray("POST"));
        QCOMPARE(request.endpoint.path, u"/t/kronoscloud/instances/5/ips"_s);
    }

    void unroutesOne()
    {
        const auto pick = pickAddresses(*m_sandbox, 2);
        QVERIFY(pick);
        const QList<AdditionalIp> two = byIds(fetchAll(), pick->freeIds);
        QVERIFY(route(pick->serverId, two)->ok());
        m_sandbox->clearRequests();

        const auto result = unroute(pick->serverId, two.first());
        QVERIFY(result && result->ok());
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_sandbox->requests().constFirst().method, QByteArray("DELETE"));
        QCOMPARE(m_sandbox->requestCount("DELETE", postPath(pick->serverId) + u'/' + two.first().id), 1);
        QCOMPARE(m_sandbox->ipOwner(two.first().id), qint64(0));
        QCOMPARE(m_sandbox->ipOwner(two.last().id), pick->serverId);
        const QStringList listed = additionalIpsOf(m_sandbox->instanceJson(pick->serverId));
        QVERIFY(!listed.contains(two.first().address));
        QVERIFY(listed.contains(two.last().address));
        QCOMPARE(m_recorded.last().summary,
                 u"Take %1 back from server %2"_s.arg(two.first().address).arg(pick->serverId));
    }

    void routedElsewhereIsRefusedOnce()
    {
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        const QList<AdditionalIp> taken = byIds(fetchAll(), pick->freeIds);
        QVERIFY(route(pick->otherServerId, taken)->ok());
        m_sandbox->clearRequests();
        m_recorded.clear();

        const auto result = route(pick->serverId, taken);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 409);
        const QString message = m_service->describeError(result->error());
        QVERIFY2(message.contains(u"(409)"_s) && message.contains(pick->freeAddresses.first()), qPrintable(message));
        QCOMPARE(m_sandbox->requests().size(), 1); // never repeated
        QCOMPARE(m_sandbox->ipOwner(pick->freeIds.first()), pick->otherServerId);
        QCOMPARE(m_recorded.size(), 1);
        QVERIFY(!m_recorded.first().ok);
        QCOMPARE(m_recorded.first().status, 409);
    }

    void forbiddenNamesTheService()
    {
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        const QList<AdditionalIp> one = byIds(fetchAll(), pick->freeIds);
        m_sandbox->addFault({Fault::Kind::Status, 403, 1, 0, u"/ips"_s, "POST", 1});
        m_sandbox->clearRequests();

        const auto result = route(pick->serverId, one);
        QVERIFY(result && !result->ok());
        const QString message = m_service->describeError(result->error());
        QVERIFY2(message.contains(u"Cloud servers (kronoscloud)"_s), qPrintable(message));
        QVERIFY(message.contains(u"403"_s));
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_sandbox->ipOwner(pick->freeIds.first()), qint64(0));
    }

    void modelMarksAddressesOfThisServer()
    {
        const auto pick = pickAddresses(*m_sandbox, 3);
        QVERIFY(pick);
        const QList<AdditionalIp> before = fetchAll();
        QVERIFY(route(pick->serverId, byIds(before, {pick->freeIds.at(0)}))->ok());
        QVERIFY(route(pick->otherServerId, byIds(before, {pick->freeIds.at(2)}))->ok());

        AdditionalIpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SandboxServer *sandbox = m_sandbox.get();
        model.setHostnameLookup([sandbox](qint64 id) { return hostnameIn(*sandbox, id); });
        model.setServer(pick->serverId, pick->locationId);
        model.setAddresses(fetchAll());
        QCOMPARE(model.rowCount(), m_sandbox->additionalIpsJson().size());

        // The address already on this server: selectable for Unroute, but no checkbox.
        const int here = model.rowForId(pick->freeIds.at(0));
        QVERIFY(here >= 0);
        QVERIFY(model.isRoutedHere(here));
        const QModelIndex hereIndex = model.index(here, AdditionalIpModel::Address);
        QVERIFY(!(model.flags(hereIndex) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(hereIndex) & Qt::ItemIsSelectable);
        QVERIFY(!hereIndex.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(hereIndex, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(model.index(here, AdditionalIpModel::RoutedTo).data().toString(),
                 u"This server (%1)"_s.arg(hostnameIn(*m_sandbox, pick->serverId)));

        // A free one checks and unchecks; the check is reported.
        const int free = model.rowForId(pick->freeIds.at(1));
        const QModelIndex freeIndex = model.index(free, AdditionalIpModel::Address);
        QVERIFY(model.flags(freeIndex) & Qt::ItemIsUserCheckable);
        QSignalSpy checked(&model, &AdditionalIpModel::checkedChanged);
        QVERIFY(model.setData(freeIndex, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(freeIndex.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(model.checkedAddresses().size(), 1);
        QCOMPARE(model.index(free, AdditionalIpModel::RoutedTo).data().toString(), u"Not routed"_s);
        QCOMPARE(model.index(free, AdditionalIpModel::Version).data().toString(), u"IPv4"_s);
        QVERIFY(model.checkedElsewhere().isEmpty());

        // One routed to the other server: checkable, and listed as moving away when checked.
        const int elsewhere = model.rowForId(pick->freeIds.at(2));
        QCOMPARE(model.index(elsewhere, AdditionalIpModel::RoutedTo).data().toString(),
                 hostnameIn(*m_sandbox, pick->otherServerId));
        QVERIFY(model.setChecked(pick->freeIds.at(2), true));
        QCOMPARE(model.checkedElsewhere().size(), 1);
        QCOMPARE(model.checkedElsewhere().first().instanceId, pick->otherServerId);
        QCOMPARE(model.checkedAddresses().size(), 2);
    }

    void modelRefreshChangesOnlyWhatChanged()
    {
        const auto pick = pickAddresses(*m_sandbox, 2);
        QVERIFY(pick);
        AdditionalIpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServer(pick->serverId, pick->locationId);
        model.setAddresses(fetchAll());
        QVERIFY(model.setChecked(pick->freeIds.at(0), true));
        QVERIFY(model.setChecked(pick->freeIds.at(1), true));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(route(pick->serverId, byIds(model.addresses(), {pick->freeIds.at(0)}))->ok());
        model.setAddresses(fetchAll());

        // One row changed (now routed here, so its check is gone); the other keeps its check.
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = model.rowForId(pick->freeIds.at(0));
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QVERIFY(model.isRoutedHere(row));
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(model.checkedAddresses().first().id, pick->freeIds.at(1));
    }

    void filterShowsTheServersLocation()
    {
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        AdditionalIpModel model;
        AdditionalIpFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServer(pick->serverId, pick->locationId);
        filter.setLocationId(pick->locationId);
        model.setAddresses(fetchAll());

        int inLocation = 0;
        for (const AdditionalIp &ip : model.addresses())
            inLocation += ip.locationId == pick->locationId ? 1 : 0;
        QVERIFY(inLocation < model.rowCount());
        QCOMPARE(filter.rowCount(), inLocation);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(AdditionalIpModel::LocationIdRole).toString(), pick->locationId);

        filter.setShowAllLocations(true);
        QCOMPARE(filter.rowCount(), model.rowCount());

        // Hiding other locations again drops their checks, so nothing hidden is routed.
        QString otherId;
        for (const AdditionalIp &ip : model.addresses()) {
            if (ip.locationId != pick->locationId && !ip.isRouted())
                otherId = ip.id;
        }
        QVERIFY(model.setChecked(otherId, true));
        QVERIFY(model.setChecked(pick->freeIds.first(), true));
        model.uncheckOutside(pick->locationId);
        filter.setShowAllLocations(false);
        QCOMPARE(filter.rowCount(), inLocation);
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(model.checkedAddresses().first().id, pick->freeIds.first());

        // Sorted by address bytes, not by text: .9 before .10 would hold; here simply ascending.
        filter.sort(AdditionalIpModel::Address);
        for (int row = 1; row < filter.rowCount(); ++row) {
            QVERIFY(filter.index(row - 1, 0).data(AdditionalIpModel::RawValueRole).toByteArray() <
                    filter.index(row, 0).data(AdditionalIpModel::RawValueRole).toByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(TestAdditionalIps)
#include "tst_additionalips.moc"
