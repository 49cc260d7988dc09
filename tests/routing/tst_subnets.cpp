// SPDX-License-Identifier: GPL-3.0-or-later
// IP Switch subnets: the service, the lazily loaded tree and the move job, against the sandbox.
#include "../common/logcapture.h"
#include "routing/subnetmovejob.h"
#include "routing/subnetservice.h"
#include "routing/subnettreemodel.h"
#include "routingtestsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Heficed;
using namespace RoutingTest;
using Sandbox::Fault;
using Sandbox::SandboxServer;

class TestSubnets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SubnetService> m_service;
    QStringList m_summaries;

    void startSandbox(int settleSeconds)
    {
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions(settleSeconds));
        QVERIFY(m_sandbox->listen());
        m_client = clientFor(*m_sandbox);
        m_service = std::make_unique<SubnetService>(m_client.get());
        const SandboxServer *sandbox = m_sandbox.get();
        m_service->setHostnameLookup([sandbox](qint64 id) { return hostnameIn(*sandbox, id); });
        connect(m_service.get(), &RoutingService::exchangeFinished, this,
                [this](qint64, const QString &summary, const ApiRequest &, const ApiResult<ApiResponse> &) {
                    m_summaries.append(summary);
                });
    }

    int listRequests() const { return m_sandbox->requestCount("GET", u"/ipswitch/v4/subnets"_s); }

    // Fetches one level through the model and waits until it arrived.
    bool fetch(SubnetTreeModel &model, const QModelIndex &parent)
    {
        if (!model.canFetchMore(parent))
            return false;
        QSignalSpy loaded(&model, &SubnetTreeModel::levelLoaded);
        model.fetchMore(parent);
        return loaded.wait(WaitMs);
    }

    Subnet subnetOf(const QString &id)
    {
        const QString parent = findParent(id);
        auto slot = std::make_shared<std::optional<ApiResult<QList<Subnet>>>>();
        m_service->fetchLevel(parent, this, [slot](const ApiResult<QList<Subnet>> &result) { *slot = result; });
        const auto level = waitFor(slot);
        if (level && level->ok()) {
            for (const Subnet &subnet : level->value()) {
                if (subnet.id == id)
                    return subnet;
            }
        }
        return {};
    }

    QString findParent(const QString &id) const
    {
        const QJsonArray top = m_sandbox->subnetsJson({});
        for (const QJsonValue &block : top) {
            if (block[u"id"_s].toString() == id)
                return {};
            const QJsonArray level = m_sandbox->subnetsJson(block[u"id"_s].toString());
            for (const QJsonValue &subnet : level) {
                if (subnet[u"id"_s].toString() == id)
                    return block[u"id"_s].toString();
            }
        }
        return {};
    }

    std::optional<ApiResult<ApiResponse>> call(bool route, qint64 instanceId, const Subnet &subnet)
    {
        auto slot = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        auto done = [slot](const ApiResult<ApiResponse> &result) {
            *slot = result;
        };
        if (route)
            m_service->route(instanceId, {subnet}, this, done);
        else
            m_service->release(instanceId, {subnet}, this, done);
        return waitFor(slot);
    }

private Q_SLOTS:
    void initTestCase() { m_log = std::make_unique<LogCapture>(); }

    void init() { m_summaries.clear(); }

    void cleanup()
    {
        const QStringList secrets = QStringList{m_sandbox->options().clientSecret} + m_sandbox->issuedTokens();
        QCOMPARE(LogCapture::lineContainingAny(secrets), QString());
        m_service.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void treeFetchesChildrenOnlyWhenExpanded()
    {
        startSandbox(1);
        SubnetTreeModel model(m_service.get());
        QCOMPARE(listRequests(), 0);
        QVERIFY(model.hasChildren());
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(fetch(model, {}));
        QCOMPARE(listRequests(), 1);
        const QJsonArray top = m_sandbox->subnetsJson({});
        QCOMPARE(model.rowCount(), top.size());
        QVERIFY(!model.canFetchMore({}));

        // Nothing below the top is read until a node is expanded.
        QTest::qWait(200);
        QCOMPARE(listRequests(), 1);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(model.hasChildren(first));
        QCOMPARE(model.rowCount(first), 0);
        QVERIFY(model.canFetchMore(first));

        QVERIFY(fetch(model, first));
        QCOMPARE(listRequests(), 2);
        const Sandbox::RecordedRequest last = m_sandbox->requests().constLast();
        QCOMPARE(last.query.queryItemValue(u"parentUuid"_s), model.subnet(first).id);
        const QJsonArray level = m_sandbox->subnetsJson(model.subnet(first).id);
        QCOMPARE(model.rowCount(first), level.size());
        for (int row = 0; row < model.rowCount(first); ++row) {
            const QJsonValue expected = level.at(row);
            const QModelIndex child = model.index(row, SubnetTreeModel::Network, first);
            QCOMPARE(child.data().toString(),
                     cidrText(quint32(expected[u"address"_s].toInteger()), expected[u"cidr"_s].toInt()));
            QCOMPARE(model.index(row, SubnetTreeModel::Size, first).data(SubnetTreeModel::RawValueRole).toULongLong(),
                     subnetSize(expected[u"cidr"_s].toInt()));
            QCOMPARE(model.parent(child), first);
        }

        // A loaded level is not read again; the other top blocks were never read.
        QVERIFY(!model.canFetchMore(first));
        model.fetchMore(first);
        QTest::qWait(200);
        QCOMPARE(listRequests(), 2);
        QVERIFY(model.canFetchMore(model.index(1, 0)));
        QCOMPARE(model.index(0, 0).data().toString(), u"198.18.0.0/22"_s);
    }

    void treePassesTheModelTester()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        SubnetTreeModel model(m_service.get());
        model.setServer(pick->routedOwner);
        const SandboxServer *sandbox = m_sandbox.get();
        model.setHostnameLookup([sandbox](qint64 id) { return hostnameIn(*sandbox, id); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The tester itself expands whatever it sees; let every level it asked for arrive.
        QTRY_COMPARE_WITH_TIMEOUT(model.levelsLoading(), 0, WaitMs);
        QVERIFY(model.rowCount() > 0);
        if (model.canFetchMore(model.index(0, 0)))
            QVERIFY(fetch(model, model.index(0, 0)));
        QTRY_COMPARE_WITH_TIMEOUT(model.levelsLoading(), 0, WaitMs);

        const QModelIndex routed = model.indexOf(pick->routedId, SubnetTreeModel::RoutedTo);
        QVERIFY(routed.isValid());
        QVERIFY(routed.data(SubnetTreeModel::RoutedHereRole).toBool());
        QCOMPARE(routed.data().toString(), u"This server (%1)"_s.arg(hostnameIn(*m_sandbox, pick->routedOwner)));

        // Releasing it and reading the level again changes that row only, in place.
        QVERIFY(call(false, pick->routedOwner, model.subnet(routed))->ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refreshLevel(routed.parent());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model.levelsLoading(), 0, WaitMs);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), routed.row());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(routed.data().toString(), QString());
        QCOMPARE(routed.data(SubnetTreeModel::InstanceIdRole).toLongLong(), qint64(0));
    }

    void failedLevelIsNotRetriedByItself()
    {
        startSandbox(1);
        SubnetTreeModel model(m_service.get());
        QVERIFY(fetch(model, {}));
        const QModelIndex first = model.index(0, 0);
        m_sandbox->addFault({Fault::Kind::Status, 503, 1, 0, u"/ipswitch/v4/subnets"_s, "GET", 1});

        QSignalSpy failed(&model, &SubnetTreeModel::levelFailed);
        model.fetchMore(first);
        QVERIFY(failed.wait(WaitMs));
        QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus, 503);
        QCOMPARE(model.loadState(first), SubnetTreeModel::LoadState::Failed);
        QVERIFY(!model.canFetchMore(first));
        QTest::qWait(300);
        QCOMPARE(listRequests(), 2);

        QSignalSpy loaded(&model, &SubnetTreeModel::levelLoaded);
        model.retry(first);
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(listRequests(), 3);
        QVERIFY(model.rowCount(first) > 0);
    }

    void routesAndReleasesWithAnArrayBody()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 server = otherRunningServer(*m_sandbox, pick->routedOwner);
        const Subnet free = subnetOf(pick->freeId);
        QVERIFY(free.isValid());
        m_sandbox->clearRequests();

        QVERIFY(call(true, server, free)->ok());
        QCOMPARE(m_sandbox->subnetOwner(free.id), server);
        const Sandbox::RecordedRequest routeRequest = m_sandbox->requests().constLast();
        QCOMPARE(routeRequest.path.section(u'/', 2), u"ipswitch/v4/subnets/route/kronoscloud/%1"_s.arg(server));
        QCOMPARE(QJsonDocument::fromJson(routeRequest.body).array(), QJsonArray{free.id});
        QCOMPARE(routeRequest.header("Content-Type"), QByteArray("application/json"));

        QVERIFY(call(false, server, free)->ok());
        QCOMPARE(m_sandbox->subnetOwner(free.id), qint64(0));
        QCOMPARE(m_sandbox->requests().size(), 2);
        QCOMPARE(m_summaries.size(), 2);
        QCOMPARE(m_summaries.first(),
                 u"Route subnet %1 to %2 (%3)"_s.arg(free.text(), hostnameIn(*m_sandbox, server)).arg(server));
    }

    void moveReleasesWaitsAndRoutes()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 target = otherRunningServer(*m_sandbox, pick->routedOwner);
        const Subnet routed = subnetOf(pick->routedId);
        QCOMPARE(routed.instanceId, pick->routedOwner);
        m_sandbox->clearRequests();

        SubnetMoveJob job(m_service.get(), routed, target);
        job.setSettleMs(1'000 + 300); // the sandbox's settle time and a margin
        QSignalSpy steps(&job, &SubnetMoveJob::stepChanged);
        QSignalSpy progress(&job, &SubnetMoveJob::progressChanged);
        QSignalSpy finished(&job, &SubnetMoveJob::finished);
        QElapsedTimer clock;
        clock.start();
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(clock.elapsed() >= 1'300);

        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_sandbox->subnetOwner(routed.id), target);
        QCOMPARE(m_sandbox->requests().size(), 2);
        QVERIFY(m_sandbox->requests().at(0).path.contains(u"/release/kronoscloud/%1"_s.arg(pick->routedOwner)));
        QVERIFY(m_sandbox->requests().at(1).path.contains(u"/route/kronoscloud/%1"_s.arg(target)));
        const qint64 gapMs = m_sandbox->requests().at(0).received.msecsTo(m_sandbox->requests().at(1).received);
        QVERIFY2(gapMs >= 1'250, qPrintable(QString::number(gapMs)));

        for (const auto &record : job.steps()) {
            QCOMPARE(record.state, SubnetMoveJob::StepState::Done);
            QVERIFY(record.started.isValid() && record.finished.isValid());
        }
        QCOMPARE(job.step(SubnetMoveJob::Step::Release).httpStatus, 202);
        QCOMPARE(job.step(SubnetMoveJob::Step::Route).httpStatus, 202);
        QCOMPARE(steps.size(), 6); // each of three steps began and ended
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress.last().at(0).toInt(), SubnetMoveJob::ProgressMax);
        QCOMPARE(job.progress(), SubnetMoveJob::ProgressMax);
        QCOMPARE(m_summaries.size(), 2);
        QVERIFY(job.resultMessage().startsWith(u"Moved %1 from "_s.arg(routed.text())));
    }

    void moveTooSoonReportsTheConflictOnce()
    {
        startSandbox(3);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 target = otherRunningServer(*m_sandbox, pick->routedOwner);
        const Subnet routed = subnetOf(pick->routedId);
        m_sandbox->clearRequests();

        SubnetMoveJob job(m_service.get(), routed, target);
        job.setSettleMs(200); // shorter than the sandbox's 3 s: the route step must meet 409
        QSignalSpy finished(&job, &SubnetMoveJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(u"routed nowhere now"_s) && message.contains(u"409"_s), qPrintable(message));
        QCOMPARE(job.step(SubnetMoveJob::Step::Route).state, SubnetMoveJob::StepState::Failed);
        QCOMPARE(job.step(SubnetMoveJob::Step::Route).httpStatus, 409);

        // Not tried again behind the user's back, not even once the subnet has settled.
        QTest::qWait(3'300);
        QCOMPARE(m_sandbox->requestCount("POST", u"/subnets/route/"_s), 1);
        QCOMPARE(m_sandbox->requests().size(), 2);
        QCOMPARE(m_sandbox->subnetOwner(routed.id), qint64(0));
    }

    void failedReleaseSkipsTheRest()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const Subnet routed = subnetOf(pick->routedId);
        m_sandbox->addFault({Fault::Kind::Status, 500, 1, 0, u"/subnets/release/"_s, "POST", 1});
        m_sandbox->clearRequests();

        SubnetMoveJob job(m_service.get(), routed, otherRunningServer(*m_sandbox, pick->routedOwner));
        job.setSettleMs(100);
        QSignalSpy finished(&job, &SubnetMoveJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(!job.succeeded());
        QVERIFY(job.resultMessage().contains(u"stays where it was"_s));
        QCOMPARE(job.step(SubnetMoveJob::Step::Release).state, SubnetMoveJob::StepState::Failed);
        QCOMPARE(job.step(SubnetMoveJob::Step::Settle).state, SubnetMoveJob::StepState::Skipped);
        QCOMPARE(job.step(SubnetMoveJob::Step::Route).state, SubnetMoveJob::StepState::Skipped);
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_sandbox->subnetOwner(routed.id), pick->routedOwner);
    }

    void cancelDuringTheWaitStopsBeforeRouting()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const Subnet routed = subnetOf(pick->routedId);
        m_sandbox->clearRequests();

        SubnetMoveJob job(m_service.get(), routed, otherRunningServer(*m_sandbox, pick->routedOwner));
        job.setSettleMs(5'000);
        QSignalSpy finished(&job, &SubnetMoveJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(job.step(SubnetMoveJob::Step::Settle).state, SubnetMoveJob::StepState::Running,
                                  WaitMs);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(300);
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_sandbox->subnetOwner(routed.id), qint64(0));
        QCOMPARE(job.step(SubnetMoveJob::Step::Route).state, SubnetMoveJob::StepState::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestSubnets)
#include "tst_subnets.moc"
