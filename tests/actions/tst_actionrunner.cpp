// SPDX-License-Identifier: GPL-3.0-or-later
// Server actions against the in-process sandbox over loopback HTTP: each ends in the status the
// API reads back, failures are recorded once and never repeated, and the history keeps no secret.
#include "../common/logcapture.h"
#include "actions/actionrunner.h"
#include "actions/activitymodel.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = InstanceService::Action;
using Sandbox::Fault;
using Sandbox::SandboxServer;
using State = ActivityEntry::State;

Q_DECLARE_METATYPE(Heficed::InstanceService::Action)

namespace {

constexpr int WaitMs = 20'000;

QString verbOf(Action action)
{
    switch (action) {
    case Action::Start:
        return u"/start"_s;
    case Action::Stop:
    case Action::ForceStop:
        return u"/stop"_s;
    case Action::Reboot:
    case Action::ForceReboot:
        return u"/reboot"_s;
    case Action::EnterRescue:
        return u"/rescue"_s;
    case Action::LeaveRescue:
        return u"/unrescue"_s;
    case Action::CancelImmediately:
    case Action::CancelAtPeriodEnd:
        return u"/cancel"_s;
    }
    return {};
}

} // namespace

class TestActionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void eachActionEndsInTheRightStatus_data();
    void eachActionEndsInTheRightStatus();
    void bulkStopOfThreeServers();
    void failureIsRecordedOnceAndNeverRepeated_data();
    void failureIsRecordedOnceAndNeverRepeated();
    void answerCutOffAfterAcceptIsStillFollowed();
    void secondClickSendsNothing();
    void actionTheStateDoesNotAllowIsNotSent();
    void serverThatNeverSettlesTimesOut();
    void historySurvivesARestartWithoutSecrets();

private:
    void startSession(int actionSeconds = 1);
    Instance server(qint64 id) const;
    QList<qint64> idsWithStatus(const QString &status, int count) const;
    std::optional<ApiResult<Instance>> readBack(qint64 id);
    int posts(qint64 id, Action action) const;
    int reads(qint64 id) const;

    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InstanceService> m_service;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ActionRunner> m_runner;
    std::unique_ptr<QSignalSpy> m_finished;
    QStringList m_secrets;
};

void TestActionRunner::initTestCase()
{
    m_log = std::make_unique<LogCapture>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActionRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
}

void TestActionRunner::startSession(int actionSeconds)
{
    m_finished.reset();
    m_runner.reset();
    Sandbox::Options options;
    options.instances = 12;
    options.actionSeconds = actionSeconds;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen());

    ConnectionSettings connection;
    connection.apiBaseUrl = m_sandbox->baseUrl();
    connection.tokenUrl = m_sandbox->tokenUrl();
    connection.timeoutMs = 5'000;
    m_client = std::make_unique<ApiClient>(connection);
    m_client->setCredentials({options.tenantId, options.clientId, options.clientSecret, {u"kronoscloud"_s}});
    m_service = std::make_unique<InstanceService>(m_client.get());

    m_activity = std::make_unique<ActivityModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_activity.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_activity->setHistory(ActivityHistory(m_dir->path()));
    m_activity->setOrganisation(options.tenantId);
    m_runner = std::make_unique<ActionRunner>(m_client.get(), m_service.get(), m_activity.get());
    m_runner->setPolicy({200, 1000, 1.5, 15'000});
    m_finished = std::make_unique<QSignalSpy>(m_runner.get(), &ActionRunner::actionFinished);
}

void TestActionRunner::cleanup()
{
    if (m_sandbox) {
        m_secrets.append(m_sandbox->issuedTokens());
        m_secrets.append(m_sandbox->options().clientSecret);
        const QJsonArray instances = m_sandbox->instancesJson();
        for (const QJsonValue &instance : instances)
            m_secrets.append(instance.toObject().value(u"password").toString());
    }
    m_finished.reset();
    m_runner.reset();
    m_tester.reset();
    m_activity.reset();
    m_service.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestActionRunner::cleanupTestCase()
{
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() > 10);
    const QString leaked = LogCapture::lineContainingAny(m_secrets);
    QVERIFY2(leaked.isEmpty(), qPrintable(u"A secret reached the log: "_s + leaked.left(60)));
}

Instance TestActionRunner::server(qint64 id) const
{
    return Instance::fromJson(m_sandbox->instanceJson(id));
}

QList<qint64> TestActionRunner::idsWithStatus(const QString &status, int count) const
{
    QList<qint64> ids;
    const QJsonArray instances = m_sandbox->instancesJson();
    for (const QJsonValue &value : instances) {
        const QJsonObject instance = value.toObject();
        if (ids.size() < count && instance.value(u"status").toString() == status &&
            !instance.value(u"inRescueMode").toBool())
            ids.append(instance.value(u"id").toInteger());
    }
    // Too few of that status: put other servers into it.
    for (qsizetype i = 0; ids.size() < count && i < instances.size(); ++i) {
        const qint64 id = instances.at(i).toObject().value(u"id").toInteger();
        if (!ids.contains(id) && !instances.at(i).toObject().value(u"inRescueMode").toBool()) {
            m_sandbox->setInstanceStatus(id, status);
            ids.append(id);
        }
    }
    return ids;
}

std::optional<ApiResult<Instance>> TestActionRunner::readBack(qint64 id)
{
    auto slot = std::make_shared<std::optional<ApiResult<Instance>>>();
    m_service->fetchOne(id, this, [slot](const ApiResult<Instance> &result) { *slot = result; });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, WaitMs))
        return std::nullopt;
    return *slot;
}

int TestActionRunner::posts(qint64 id, Action action) const
{
    return m_sandbox->requestCount("POST", u"/instances/%1"_s.arg(id) + verbOf(action));
}

int TestActionRunner::reads(qint64 id) const
{
    int count = 0;
    const auto requests = m_sandbox->requests();
    for (const auto &request : requests)
        count += request.method == "GET" && request.path.endsWith(u"/instances/%1"_s.arg(id)) ? 1 : 0;
    return count;
}

void TestActionRunner::eachActionEndsInTheRightStatus_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expectedStatus"); // empty: the server is gone
    QTest::addColumn<bool>("expectedRescue");

    QTest::newRow("start") << Action::Start << u"stopped"_s << u"running"_s << false;
    QTest::newRow("stop") << Action::Stop << u"running"_s << u"stopped"_s << false;
    QTest::newRow("force stop") << Action::ForceStop << u"running"_s << u"stopped"_s << false;
    QTest::newRow("reboot") << Action::Reboot << u"running"_s << u"running"_s << false;
    QTest::newRow("force reboot") << Action::ForceReboot << u"running"_s << u"running"_s << false;
    QTest::newRow("enter rescue") << Action::EnterRescue << u"stopped"_s << u"running"_s << true;
    QTest::newRow("leave rescue") << Action::LeaveRescue << u"running"_s << u"running"_s << false;
    QTest::newRow("cancel immediately") << Action::CancelImmediately << u"running"_s << QString() << false;
    QTest::newRow("cancel at period end") << Action::CancelAtPeriodEnd << u"running"_s << u"running"_s << false;
}

void TestActionRunner::eachActionEndsInTheRightStatus()
{
    QFETCH(Action, action);
    QFETCH(QString, from);
    QFETCH(QString, expectedStatus);
    QFETCH(bool, expectedRescue);

    const qint64 id = idsWithStatus(from, 1).constFirst();
    if (action == Action::LeaveRescue) {
        // Put the server into rescue mode first, the way a user would.
        QVERIFY(m_runner->run(server(id), Action::EnterRescue));
        QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);
        QVERIFY(server(id).inRescueMode);
        m_finished->clear();
    }
    const int rowsBefore = m_activity->rowCount();
    QSignalSpy gone(m_runner.get(), &ActionRunner::serverGone);

    QVERIFY(m_runner->run(server(id), action, u"test reason"_s));
    QVERIFY(m_runner->isBusy(id));
    QCOMPARE(m_runner->pendingAction(id), std::optional<Action>(action));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);
    QVERIFY(!m_runner->isBusy(id));

    const auto entry = m_finished->at(0).at(0).value<ActivityEntry>();
    QVERIFY2(entry.state == State::Done, qPrintable(entry.message));
    QCOMPARE(entry.httpStatus, 202);
    QCOMPARE(entry.serverId, id);
    QVERIFY(entry.durationMs > 0);
    QCOMPARE(m_activity->rowCount(), rowsBefore + 1);
    QCOMPARE(m_activity->entries().constLast().state, State::Done);
    QCOMPARE(posts(id, action), 1);

    const auto readBackResult = readBack(id);
    QVERIFY(readBackResult);
    if (expectedStatus.isEmpty()) {
        QCOMPARE(readBackResult->error().httpStatus, 404);
        QCOMPARE(gone.size(), 1);
        return;
    }
    QVERIFY2(readBackResult->ok(), qPrintable(readBackResult->error().message));
    QCOMPARE(readBackResult->value().status, expectedStatus);
    QCOMPARE(readBackResult->value().inRescueMode, expectedRescue);
    QCOMPARE(entry.finalStatus, expectedStatus);
    if (action == Action::CancelAtPeriodEnd)
        QVERIFY(!readBackResult->value().billing.cancellationRequest.isEmpty());
}

void TestActionRunner::bulkStopOfThreeServers()
{
    const QList<qint64> ids = idsWithStatus(u"running"_s, 3);
    QCOMPARE(ids.size(), 3);
    QSignalSpy busy(m_runner.get(), &ActionRunner::busyChanged);
    for (const qint64 id : ids)
        QVERIFY(m_runner->run(server(id), Action::Stop));
    QCOMPARE(m_runner->busyCount(), 3);
    QCOMPARE(m_activity->rowCount(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 3, WaitMs);
    QCOMPARE(m_activity->rowCount(), 3);
    QCOMPARE(busy.size(), 6);
    for (int row = 0; row < 3; ++row) {
        const ActivityEntry &entry = m_activity->entry(row);
        QCOMPARE(entry.serverId, ids.at(row));
        QCOMPARE(entry.state, State::Done);
        QCOMPARE(posts(ids.at(row), Action::Stop), 1);
        QCOMPARE(readBack(ids.at(row))->value().status, u"stopped"_s);
    }
    QCOMPARE(m_sandbox->requestCount("POST", u"/stop"_s), 3);
}

void TestActionRunner::failureIsRecordedOnceAndNeverRepeated_data()
{
    QTest::addColumn<Fault::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("409 wrong state") << Fault::Kind::Status << 409 << 409
                                     << u"The request conflicts with the current state (409)."_s;
    QTest::newRow("403 service not enabled")
        << Fault::Kind::Status << 403 << 403
        << u"Access denied (403): the API application may lack the service for this request"_s;
    QTest::newRow("500") << Fault::Kind::Status << 500 << 500 << u"The Heficed API failed (500)."_s;
    QTest::newRow("dropped connection") << Fault::Kind::DropConnection << 0 << 0
                                        << u"the server closed the connection before answering"_s;
}

void TestActionRunner::failureIsRecordedOnceAndNeverRepeated()
{
    QFETCH(Fault::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, expectedStatus);
    QFETCH(QString, sentence);

    const qint64 id = idsWithStatus(u"running"_s, 1).constFirst();
    QVERIFY(readBack(id)->ok()); // a warm connection, as in real use
    m_sandbox->addFault({kind, status, 0, 0, u"/stop"_s, "POST", -1});
    const int sentBefore = m_client->requestsSent();

    QVERIFY(m_runner->run(server(id), Action::Stop));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);
    QTest::qWait(1'200); // long enough for any repeat to arrive

    QCOMPARE(m_activity->rowCount(), 1);
    const ActivityEntry &entry = m_activity->entry(0);
    QCOMPARE(entry.state, State::Failed);
    QCOMPARE(entry.httpStatus, expectedStatus);
    QVERIFY2(entry.message.contains(sentence), qPrintable(entry.message));
    QVERIFY(m_activity->index(0, ActivityModel::State).data(ActivityModel::IsProblemRole).toBool());
    QCOMPARE(m_finished->size(), 1);
    QVERIFY(!m_runner->isBusy(id));
    QCOMPARE(reads(id), 1); // only the warm-up: a refused action is not followed
    QCOMPARE(m_client->requestsSent() - sentBefore, 1);
    QCOMPARE(m_sandbox->instanceJson(id).value(u"status").toString(), u"running"_s);
    if (status > 0)
        QVERIFY(!entry.problemDetail.isEmpty());
    // Not even Qt's transport repeats it: actions are uploaded from a device that cannot rewind.
    QCOMPARE(posts(id, Action::Stop), 1);
}

void TestActionRunner::answerCutOffAfterAcceptIsStillFollowed()
{
    // A success status with a body cut in half: the API took the action, so the panel follows
    // the server rather than call it failed (the contract: never rely on an action's body).
    const qint64 id = idsWithStatus(u"running"_s, 1).constFirst();
    QVERIFY(readBack(id)->ok());
    m_sandbox->addFault({Fault::Kind::CutOffJson, 200, 0, 0, u"/stop"_s, "POST", 1});
    QVERIFY(m_runner->run(server(id), Action::Stop));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);

    const ActivityEntry &entry = m_activity->entry(0);
    QVERIFY2(entry.state == State::Done, qPrintable(entry.message));
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.finalStatus, u"stopped"_s);
    QCOMPARE(posts(id, Action::Stop), 1);
}

void TestActionRunner::secondClickSendsNothing()
{
    const qint64 id = idsWithStatus(u"running"_s, 1).constFirst();
    const Instance before = server(id);
    QVERIFY(m_runner->run(before, Action::Stop));
    QVERIFY(!m_runner->run(before, Action::Stop));
    QVERIFY(!m_runner->run(before, Action::ForceStop));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);
    QCOMPARE(posts(id, Action::Stop), 1);
    QCOMPARE(m_activity->rowCount(), 1);
}

void TestActionRunner::actionTheStateDoesNotAllowIsNotSent()
{
    const qint64 id = idsWithStatus(u"running"_s, 1).constFirst();
    QVERIFY(!m_runner->run(server(id), Action::Start));
    QVERIFY(!m_runner->run(server(id), Action::LeaveRescue));
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount("POST", u"/instances/"_s), 0);
    QCOMPARE(m_activity->rowCount(), 0);

    // A server that is gone by the time the action arrives: 404, reported once.
    Instance ghost = server(id);
    ghost.id = 999'999;
    QVERIFY(m_runner->run(ghost, Action::Stop));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);
    QCOMPARE(m_activity->entry(0).httpStatus, 404);
    QVERIFY2(m_activity->entry(0).message.contains(u"no longer exists"_s), qPrintable(m_activity->entry(0).message));
}

void TestActionRunner::serverThatNeverSettlesTimesOut()
{
    startSession(3600); // nothing finishes its transition while the test looks
    m_runner->setPolicy({100, 300, 2.0, 1'500});
    const qint64 id = idsWithStatus(u"running"_s, 1).constFirst();
    QVERIFY(m_runner->run(server(id), Action::Stop));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, WaitMs);

    const ActivityEntry &entry = m_activity->entry(0);
    QCOMPARE(entry.state, State::TimedOut);
    QCOMPARE(entry.finalStatus, u"stopping"_s);
    QVERIFY2(entry.message.contains(u"still stopping"_s), qPrintable(entry.message));
    QVERIFY(entry.durationMs >= 1'500);
    QVERIFY(entry.durationMs < 4'000);
    QVERIFY(reads(id) >= 3);
    QCOMPARE(posts(id, Action::Stop), 1);
}

void TestActionRunner::historySurvivesARestartWithoutSecrets()
{
    const QList<qint64> ids = idsWithStatus(u"running"_s, 2);
    // The sandbox answers this stop with the whole instance, password included, as the real API may.
    m_sandbox->addFault({Fault::Kind::Status, 409, 0, 0, u"/%1/reboot"_s.arg(ids.at(1)), "POST", 1});
    QVERIFY(m_runner->run(server(ids.at(0)), Action::Stop));
    QVERIFY(m_runner->run(server(ids.at(1)), Action::Reboot));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 2, WaitMs);

    const QString tenant = m_sandbox->options().tenantId;
    ActivityModel restarted;
    restarted.setHistory(ActivityHistory(m_dir->path()));
    restarted.setOrganisation(tenant);
    QCOMPARE(restarted.rowCount(), 2);
    QSet<qint64> seen;
    for (const ActivityEntry &entry : restarted.entries()) {
        seen.insert(entry.serverId);
        QCOMPARE(entry.state, entry.serverId == ids.at(0) ? State::Done : State::Failed);
        QVERIFY(entry.requestUrl.contains(u"/instances/%1/"_s.arg(entry.serverId)));
        QVERIFY(entry.curlCommand().contains(u"$HEFICED_TOKEN"_s));
    }
    QCOMPARE(seen, (QSet<qint64>{ids.at(0), ids.at(1)}));

    QFile file(restarted.history().fileFor(tenant));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString stored = QString::fromUtf8(file.readAll());
    QStringList secrets = m_sandbox->issuedTokens();
    QVERIFY(!secrets.isEmpty());
    secrets.append(m_sandbox->options().clientSecret);
    for (const qint64 id : ids)
        secrets.append(m_sandbox->instanceJson(id).value(u"password").toString());
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 4);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!stored.contains(secret), "a secret reached the history file");
    QVERIFY(!stored.contains(u"Bearer"_s));
}

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
