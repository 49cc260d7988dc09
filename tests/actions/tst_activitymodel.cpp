// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/activityhistory.h"
#include "actions/activitymodel.h"
#include "actions/secretmasker.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = InstanceService::Action;

namespace {

const QString RootPassword = u"Xr00t-Pa55-w0rd"_s;
const QString Tenant = u"7bddbff3-2dfb-11e9-895d-c8dbf32f12cd"_s;

QByteArray instanceBody()
{
    const QJsonObject instance{{u"id"_s, 312019},
                               {u"status"_s, u"stopping"_s},
                               {u"password"_s, RootPassword},
                               {u"network"_s, QJsonObject{{u"v4"_s, QJsonObject{{u"ipaddress"_s, u"192.0.2.4"_s}}}}}};
    return QJsonDocument(instance).toJson(QJsonDocument::Indented);
}

ActivityEntry entry(qint64 id, ActivityEntry::State state, Action action = Action::Stop)
{
    ActivityEntry e;
    e.time = QDateTime(QDate(2024, 5, 6), QTime(10, 11, 12, 345), QTimeZone::utc());
    e.serverId = id;
    e.hostname = u"web-%1.example.com"_s.arg(id);
    e.action = action;
    e.state = state;
    e.httpStatus = state == ActivityEntry::State::Failed ? 409 : 202;
    e.message = state == ActivityEntry::State::Failed ? u"The request conflicts with the current state (409)."_s
                                                      : u"The server is stopped."_s;
    e.problemDetail = state == ActivityEntry::State::Failed ? u"Server is not running."_s : QString();
    e.durationMs = 2500;
    e.requestMethod = "POST";
    e.requestUrl = u"https://api.heficed.com/"_s + Tenant + u"/kronoscloud/instances/%1/stop"_s.arg(id);
    e.requestBody = R"({"force":false})";
    e.responseStatus = e.httpStatus;
    e.responseBody = SecretMasker::forKeeping(instanceBody());
    return e;
}

} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void masksThePasswordInInstanceJson();
    void masksSecretsInBrokenAndFormBodies();
    void masksUrls();
    void keepsLongBodiesCut();
    void curlUsesATokenPlaceholder();
    void rowsShowEveryColumn();
    void failedRowsStandOut();
    void updateChangesOneRowAndStoresItOnce();
    void historyRoundTripsThroughARestart();
    void labelledRequestsRoundTripBesideOldLines();
    void exchangeBecomesAFinishedMaskedRow();
    void historyIsPerOrganisation();
    void historyIsCappedOldestFirst();
    void unreadableLinesAreSkipped();
    void exportAndClear();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestActivityModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivityModel::masksThePasswordInInstanceJson()
{
    const QByteArray masked = SecretMasker::maskBody(instanceBody());
    QVERIFY(!masked.contains(RootPassword.toUtf8()));
    const QJsonObject object = QJsonDocument::fromJson(masked).object();
    QCOMPARE(object.value(u"password").toString(), SecretMasker::Mask);
    QCOMPARE(object.value(u"status").toString(), u"stopping"_s);
    QCOMPARE(object.value(u"network").toObject().value(u"v4").toObject().value(u"ipaddress").toString(),
             u"192.0.2.4"_s);

    // Inside a list envelope, and under other secret names.
    const QByteArray list = R"({"data":[{"id":1,"password":"p1"},{"id":2,"rootPassword":"p2"}],)"
                            R"("access_token":"tok","client_secret":"sec","passwordSet":true,"password2":null})";
    const QByteArray maskedList = SecretMasker::maskBody(list);
    for (const char *secret : {"\"p1\"", "\"p2\"", "\"tok\"", "\"sec\""})
        QVERIFY2(!maskedList.contains(secret), maskedList.constData());
    QVERIFY(maskedList.contains(R"("password2":null)")); // nothing there to hide
}

void TestActivityModel::masksSecretsInBrokenAndFormBodies()
{
    const QByteArray cut = instanceBody().left(instanceBody().indexOf(RootPassword.toUtf8()) + 6);
    QVERIFY(cut.contains(RootPassword.left(6).toUtf8()));
    QVERIFY(!SecretMasker::maskBody(cut).contains(RootPassword.left(6).toUtf8()));

    const QByteArray whole = R"({"id": 5, "password" : "a\"b", "x": 1)"; // not valid JSON: no closing brace
    const QByteArray maskedWhole = SecretMasker::maskBody(whole);
    QVERIFY2(!maskedWhole.contains("a\\\"b"), maskedWhole.constData());
    QVERIFY(maskedWhole.contains(R"("x": 1)"));

    const QByteArray form = "grant_type=client_credentials&client_secret=SbxDemo7qKw2&scope=kronoscloud";
    const QByteArray maskedForm = SecretMasker::maskBody(form);
    QVERIFY(!maskedForm.contains("SbxDemo7qKw2"));
    QVERIFY(maskedForm.contains("scope=kronoscloud"));
}

void TestActivityModel::masksUrls()
{
    const QString url = SecretMasker::maskUrl(QUrl(u"https://user:pw@api.example.com/x?access_token=abc&limit=2"_s));
    QVERIFY2(!url.contains(u"abc"_s) && !url.contains(u"pw@"_s), qPrintable(url));
    QVERIFY(url.contains(u"limit=2"_s));
}

void TestActivityModel::keepsLongBodiesCut()
{
    const QByteArray big(SecretMasker::MaxKeptBody * 2, 'a');
    const QByteArray kept = SecretMasker::forKeeping(big);
    QVERIFY(kept.size() < SecretMasker::MaxKeptBody + 100);
    QVERIFY(kept.contains("more bytes not kept"));
}

void TestActivityModel::curlUsesATokenPlaceholder()
{
    ActivityEntry cancel = entry(42, ActivityEntry::State::Done, Action::CancelImmediately);
    cancel.requestUrl = u"https://api.heficed.com/"_s + Tenant + u"/kronoscloud/instances/42/cancel"_s;
    cancel.requestBody = R"({"reason":"don't need it","type":"Immediate"})";
    const QString curl = cancel.curlCommand();
    QCOMPARE(curl, u"curl -X POST 'https://api.heficed.com/"_s + Tenant +
                       u"/kronoscloud/instances/42/cancel' \\\n"
                       u"  -H \"Authorization: Bearer $HEFICED_TOKEN\" \\\n"
                       u"  -H 'Accept: application/json' \\\n"
                       u"  -H 'Content-Type: application/json' \\\n"
                       u"  --data '{\"reason\":\"don'\\''t need it\",\"type\":\"Immediate\"}'"_s);

    ActivityEntry start = entry(1, ActivityEntry::State::Done, Action::Start);
    start.requestBody.clear();
    QVERIFY(!start.curlCommand().contains(u"--data"_s));
    QVERIFY(!start.curlCommand().contains(u"Content-Type"_s));
}

void TestActivityModel::rowsShowEveryColumn()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.add(entry(312019, ActivityEntry::State::Done));

    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.index(0, ActivityModel::Server).data().toString(), u"web-312019.example.com (312019)"_s);
    QCOMPARE(model.index(0, ActivityModel::Action).data().toString(), u"Stop"_s);
    QCOMPARE(model.index(0, ActivityModel::State).data().toString(), u"done"_s);
    QCOMPARE(model.index(0, ActivityModel::HttpStatus).data().toString(), u"202"_s);
    QCOMPARE(model.index(0, ActivityModel::Message).data().toString(), u"The server is stopped."_s);
    QCOMPARE(model.index(0, ActivityModel::Duration).data().toString(), u"2.5 s"_s);
    QCOMPARE(model.index(0, ActivityModel::Duration).data(ActivityModel::RawValueRole).toLongLong(), 2500);
    QVERIFY(model.index(0, ActivityModel::Time).data(ActivityModel::RawValueRole).toDateTime().isValid());
    QVERIFY(!model.index(0, ActivityModel::Time).data().toString().isEmpty());
    QCOMPARE(model.headerData(ActivityModel::HttpStatus, Qt::Horizontal).toString(), u"HTTP"_s);
    QCOMPARE(ActivityModel::durationText(75'000), u"1 min 15 s"_s);
}

void TestActivityModel::failedRowsStandOut()
{
    ActivityModel model;
    int iconAsked = 0;
    model.setProblemIconProvider([&iconAsked] {
        ++iconAsked;
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::red);
        return QIcon(pixmap);
    });
    model.add(entry(1, ActivityEntry::State::Done));
    model.add(entry(2, ActivityEntry::State::Failed));
    model.add(entry(3, ActivityEntry::State::TimedOut));

    QVERIFY(!model.index(0, ActivityModel::Message).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, ActivityModel::State).data(Qt::DecorationRole).isValid());
    for (int row : {1, 2}) {
        QVERIFY(model.index(row, ActivityModel::Message).data(ActivityModel::IsProblemRole).toBool());
        const QBrush brush = model.index(row, ActivityModel::Message).data(Qt::ForegroundRole).value<QBrush>();
        QVERIFY(brush.color().red() > brush.color().green() * 2);
        QVERIFY(!model.index(row, ActivityModel::State).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(row, ActivityModel::State).data(Qt::FontRole).value<QFont>().bold());
    }
    QCOMPARE(iconAsked, 2);
    QCOMPARE(model.index(1, ActivityModel::State).data().toString(), u"failed"_s);
    QCOMPARE(model.index(2, ActivityModel::State).data().toString(), u"timed out"_s);
}

void TestActivityModel::updateChangesOneRowAndStoresItOnce()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(ActivityHistory(m_dir->path()));
    model.setOrganisation(Tenant);
    model.add(entry(1, ActivityEntry::State::Done));
    const quint64 serial = model.add(entry(2, ActivityEntry::State::Sending));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.update(serial, [](ActivityEntry &e) { e.state = ActivityEntry::State::Accepted; });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(ActivityHistory(m_dir->path()).load(Tenant).size(), 1); // only the finished row so far

    model.update(serial, [](ActivityEntry &e) { e.state = ActivityEntry::State::Done; });
    model.update(serial, [](ActivityEntry &e) { e.message = u"again"_s; });
    model.update(999, [](ActivityEntry &e) { e.message = u"nobody"_s; });
    QCOMPARE(changed.size(), 3);
    QCOMPARE(ActivityHistory(m_dir->path()).load(Tenant).size(), 2); // stored when it finished, once
}

void TestActivityModel::historyRoundTripsThroughARestart()
{
    const ActivityHistory history(m_dir->path());
    {
        ActivityModel model;
        model.setHistory(history);
        model.setOrganisation(Tenant);
        model.add(entry(1, ActivityEntry::State::Done));
        ActivityEntry failed = entry(2, ActivityEntry::State::Failed, Action::CancelImmediately);
        failed.reason = u"moving to bigger servers"_s;
        model.add(failed);
    }

    ActivityModel restarted;
    QAbstractItemModelTester tester(&restarted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    restarted.setHistory(history);
    restarted.setOrganisation(Tenant);
    QCOMPARE(restarted.rowCount(), 2);
    const ActivityEntry &second = restarted.entry(1);
    QCOMPARE(second.serverId, 2);
    QCOMPARE(second.hostname, u"web-2.example.com"_s);
    QCOMPARE(second.action, Action::CancelImmediately);
    QCOMPARE(second.reason, u"moving to bigger servers"_s);
    QCOMPARE(second.state, ActivityEntry::State::Failed);
    QCOMPARE(second.httpStatus, 409);
    QCOMPARE(second.problemDetail, u"Server is not running."_s);
    QCOMPARE(second.requestMethod, QByteArray("POST"));
    QCOMPARE(second.requestBody, QByteArray(R"({"force":false})"));
    QCOMPARE(second.durationMs, 2500);
    QCOMPARE(second.time, entry(2, ActivityEntry::State::Done).time);
    QVERIFY(restarted.index(1, 0).data(ActivityModel::IsProblemRole).toBool());

    QFile file(history.fileFor(Tenant));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QCOMPARE(stored.count('\n'), 2);
    QVERIFY(!stored.contains(RootPassword.toUtf8()));
    QVERIFY(stored.contains(SecretMasker::Mask.toUtf8()));
}

void TestActivityModel::labelledRequestsRoundTripBesideOldLines()
{
    // A line as the first release wrote it, before requests other than server actions were kept.
    const QByteArray oldLine =
        R"({"action":"stop","durationMs":2500,"finalStatus":"stopped","hostname":"web-1.example.com",)"
        R"("httpStatus":202,"message":"The server is stopped.","problem":"","reason":"",)"
        R"("request":{"body":"{\"force\":false}","method":"POST",)"
        R"("url":"https://api.heficed.com/t/kronoscloud/instances/1/stop"},)"
        R"("response":{"body":"","status":202},"serverId":1,"state":"done","time":"2024-05-06T10:11:12.345Z","v":1})";
    const ActivityHistory history(m_dir->path());
    QVERIFY(QDir().mkpath(history.directory()));
    QFile file(history.fileFor(Tenant));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(oldLine + '\n');
    file.close();

    ActivityEntry routed = entry(2, ActivityEntry::State::Done);
    routed.label = u"Route 203.0.113.10 to web-2.example.com (2)"_s;
    routed.requestUrl = u"https://api.heficed.com/t/kronoscloud/instances/2/ips"_s;
    routed.requestBody = R"({"0":"60bde87f311fc2ed1f6aeac9"})";
    QVERIFY(ActivityHistory(history).append(Tenant, routed));
    // A server action is written exactly as before; a labelled request has a label instead.
    QCOMPARE(entry(1, ActivityEntry::State::Done).toJson().value(u"label"), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(routed.toJson().value(u"action"), QJsonValue(QJsonValue::Undefined));

    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(history);
    model.setOrganisation(Tenant);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.entry(0).isServerAction());
    QCOMPARE(model.entry(0).action, Action::Stop);
    QCOMPARE(model.entry(0).finalStatus, u"stopped"_s);
    QCOMPARE(model.entry(0).requestBody, QByteArray(R"({"force":false})"));
    QCOMPARE(model.index(0, ActivityModel::Action).data().toString(), u"Stop"_s);
    QVERIFY(!model.entry(1).isServerAction());
    QCOMPARE(model.entry(1).label, routed.label);
    QCOMPARE(model.entry(1).requestBody, routed.requestBody);
    QCOMPARE(model.index(1, ActivityModel::Action).data().toString(), routed.label);
    QCOMPARE(model.index(1, ActivityModel::Action).data(Qt::ToolTipRole).toString(), routed.label);
}

void TestActivityModel::exchangeBecomesAFinishedMaskedRow()
{
    const QByteArray body = R"({"hostname":"web-1","password":"Xr00t-Pa55-w0rd"})";
    const ApiRequest request{Endpoints::routeIps(Tenant, 7), body, "application/json"};
    const QUrl url(u"https://api.heficed.com/"_s + Tenant + u"/kronoscloud/instances/7/ips"_s);

    ApiError refused = ApiError::fromHttpStatus(409, R"({"title":"Conflict","detail":"Address is busy."})",
                                                "application/problem+json");
    refused.exchange = ApiExchange{"POST", url, body, 409, R"({"detail":"Address is busy.","token":"abc123"})", 40};
    const ActivityEntry failed = ActivityEntry::fromExchange(7, u"web-7"_s, u"Route it"_s, request, refused, url);
    QCOMPARE(failed.state, ActivityEntry::State::Failed);
    QCOMPARE(failed.httpStatus, 409);
    QCOMPARE(failed.message, refused.message);
    QCOMPARE(failed.problemDetail, u"Address is busy."_s);
    QCOMPARE(failed.durationMs, 40);
    QCOMPARE(failed.serverText(), u"web-7 (7)"_s);
    QVERIFY(failed.requestBody.contains("web-1"));
    QVERIFY(!failed.requestBody.contains(RootPassword.toUtf8()));
    QVERIFY(failed.responseBody.contains("Address is busy."));
    QVERIFY(!failed.responseBody.contains("abc123"));
    QVERIFY(failed.curlCommand().contains(url.toString()));

    // No token could be had: nothing was sent, the row still says where it would have gone.
    const ActivityEntry unsent =
        ActivityEntry::fromExchange(7, {}, u"Route it"_s, request, ApiError::network(u"down"_s), url);
    QCOMPARE(unsent.requestUrl, url.toString());
    QCOMPARE(unsent.responseStatus, 0);
    QCOMPARE(unsent.durationMs, -1);
    QCOMPARE(unsent.serverText(), u"7"_s);
}

void TestActivityModel::historyIsPerOrganisation()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(ActivityHistory(m_dir->path()));
    model.setOrganisation(u"org-a"_s);
    model.add(entry(1, ActivityEntry::State::Done));
    model.setOrganisation(u"other org/with ../odd name"_s);
    QCOMPARE(model.rowCount(), 0);
    model.add(entry(2, ActivityEntry::State::Done));
    model.add(entry(3, ActivityEntry::State::Done));
    model.setOrganisation(u"org-a"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setOrganisation(u"other org/with ../odd name"_s);
    QCOMPARE(model.rowCount(), 2);

    const QString oddFile = model.history().fileFor(model.organisation());
    QVERIFY(oddFile.startsWith(m_dir->path() + u'/'));
    QVERIFY(!oddFile.contains(u".."_s));
    model.setOrganisation({}); // nothing shown, nothing stored
    QCOMPARE(model.rowCount(), 0);
    model.add(entry(4, ActivityEntry::State::Done));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void TestActivityModel::historyIsCappedOldestFirst()
{
    ActivityHistory history(m_dir->path());
    history.setMaxBytes(8 * 1024);
    for (int id = 1; id <= 60; ++id)
        QVERIFY(history.append(Tenant, entry(id, ActivityEntry::State::Done)));

    QFile file(history.fileFor(Tenant));
    QVERIFY(file.size() <= history.maxBytes());
    const QList<ActivityEntry> kept = history.load(Tenant);
    QVERIFY(kept.size() > 5);
    QVERIFY(kept.size() < 60);
    QCOMPARE(kept.constLast().serverId, 60); // the newest stay
    QCOMPARE(kept.constFirst().serverId, 60 - kept.size() + 1);
}

void TestActivityModel::unreadableLinesAreSkipped()
{
    ActivityHistory history(m_dir->path());
    QVERIFY(history.append(Tenant, entry(1, ActivityEntry::State::Done)));
    QFile file(history.fileFor(Tenant));
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"v\":1,\"time\":\"2024-01-01T00:00:00Z\",\"act\n"); // a line cut by a crash
    file.write("{\"v\":99,\"time\":\"2024-01-01T00:00:00Z\",\"action\":\"stop\",\"state\":\"done\"}\n");
    file.close();
    QVERIFY(history.append(Tenant, entry(2, ActivityEntry::State::Failed)));
    const QList<ActivityEntry> loaded = history.load(Tenant);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(1).serverId, 2);
}

void TestActivityModel::exportAndClear()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(ActivityHistory(m_dir->path()));
    model.setOrganisation(Tenant);
    model.add(entry(1, ActivityEntry::State::Done));
    model.add(entry(2, ActivityEntry::State::Failed));

    const QString exported = m_dir->filePath(u"export.jsonl"_s);
    QString error;
    QVERIFY2(model.exportTo(exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"state").toString(), u"failed"_s);
    QVERIFY(!model.exportTo(m_dir->filePath(u"missing/dir/x.jsonl"_s), &error));
    QVERIFY(!error.isEmpty());

    model.clearHistory();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!QFile::exists(model.history().fileFor(Tenant)));
    ActivityModel restarted;
    restarted.setHistory(ActivityHistory(m_dir->path()));
    restarted.setOrganisation(Tenant);
    QCOMPARE(restarted.rowCount(), 0);
}

QTEST_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
