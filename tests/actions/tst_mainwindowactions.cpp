// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with its server actions, as a person uses it: select a running server, click
// Stop, answer the confirmation, and watch the row until it reads "stopped".
#include "actioncenter.h"
#include "actions/activitymodel.h"
#include "activitydock.h"
#include "confirmationdialog.h"
#include "mainwindow.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"
#include "serveractions.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = InstanceService::Action;

namespace {

constexpr int WaitMs = 20'000;

} // namespace

class TestMainWindowActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stopFromTheToolbarUntilStopped();
    void activityOfTheOrganisationSurvivesARestart();

private:
    struct Session
    {
        Session()
            : sandbox(options())
        {}
        static Sandbox::Options options()
        {
            Sandbox::Options options;
            options.instances = 6;
            options.actionSeconds = 1;
            return options;
        }
        void open()
        {
            ConnectionSettings connection;
            connection.apiBaseUrl = sandbox.baseUrl();
            connection.tokenUrl = sandbox.tokenUrl();
            connection.timeoutMs = 10'000;
            const Sandbox::Options &o = sandbox.options();
            window.setSession(connection, {o.tenantId, o.clientId, o.clientSecret, {u"kronoscloud"_s}}, u"Sandbox"_s);
        }
        int viewRow(qint64 id) const
        {
            const ServerTableModel *model = window.serverModel();
            return window.proxyModel()->mapFromSource(model->index(model->rowForId(id), 0)).row();
        }
        QString statusCell(qint64 id) const
        {
            return window.serverView()->model()->index(viewRow(id), ServerTableModel::Status).data().toString();
        }

        Sandbox::SandboxServer sandbox;
        MainWindow window;
        QAbstractItemModelTester viewTester{window.serverView()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest};
        QSignalSpy loads{&window, &MainWindow::loadFinished};
    };

    std::unique_ptr<Session> openSession();

    QTemporaryDir m_dir;
};

void TestMainWindowActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The activity history goes to the application's data folder: a temporary one here.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    QCoreApplication::setOrganizationName(u"HeficedTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindowactions"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().setValue(u"refresh/intervalSeconds"_s, 0);
}

std::unique_ptr<TestMainWindowActions::Session> TestMainWindowActions::openSession()
{
    auto session = std::make_unique<Session>();
    if (!session->sandbox.listen())
        qFatal("The sandbox did not start");
    session->window.show();
    session->open();
    if (!QTest::qWaitFor([&session] { return session->loads.size() >= 1; }, WaitMs))
        qFatal("The servers did not load");
    return session;
}

void TestMainWindowActions::stopFromTheToolbarUntilStopped()
{
    auto session = openSession();
    MainWindow &window = session->window;
    ActionCenter *center = window.actionCenter();
    QVERIFY(center);
    qint64 id = 0;
    for (const Instance &server : window.serverModel()->instances()) {
        if (server.status == u"running" && id == 0)
            id = server.id;
    }
    QVERIFY(id > 0);

    QAction *stop = center->actions()->action(Action::Stop);
    QVERIFY(!stop->isEnabled());
    window.serverView()->selectRow(session->viewRow(id));
    QVERIFY(stop->isEnabled());
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar && toolBar->widgetForAction(stop));
    QTest::mouseClick(toolBar->widgetForAction(stop), Qt::LeftButton);

    QTRY_VERIFY(window.findChild<ConfirmationDialog *>());
    auto *dialog = window.findChild<ConfirmationDialog *>();
    QCOMPARE(dialog->request().items.size(), 1);
    QCOMPARE(session->sandbox.requestCount("POST", u"/stop"_s), 0);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    QCOMPARE(session->statusCell(id), u"stopping…"_s);
    QVERIFY(!stop->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(session->statusCell(id), u"stopped"_s, WaitMs);
    QCOMPARE(session->sandbox.requestCount("POST", u"/%1/stop"_s.arg(id)), 1);
    QCOMPARE(session->sandbox.instanceJson(id).value(u"status").toString(), u"stopped"_s);

    ActivityModel *activity = center->activityModel();
    QCOMPARE(activity->rowCount(), 1);
    QCOMPARE(activity->entry(0).state, ActivityEntry::State::Done);
    QVERIFY(center->dock()->isVisible());
    QCOMPARE(center->dock()->view()->model()->rowCount(), 1);
    QVERIFY(center->actions()->action(Action::Start)->isEnabled());
}

void TestMainWindowActions::activityOfTheOrganisationSurvivesARestart()
{
    // The previous test stored its Stop; a new window of the same organisation shows it.
    auto session = openSession();
    ActivityModel *activity = session->window.actionCenter()->activityModel();
    QCOMPARE(activity->rowCount(), 1);
    QCOMPARE(activity->entry(0).action, Action::Stop);
    QCOMPARE(activity->entry(0).state, ActivityEntry::State::Done);

    const QString file = activity->history().fileFor(session->sandbox.options().tenantId);
    QVERIFY2(file.startsWith(m_dir.path()), qPrintable(file));
    QFile stored(file);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray text = stored.readAll();
    QVERIFY(!text.contains("Bearer"));
    QVERIFY(!text.contains(session->sandbox.options().clientSecret.toUtf8()));
}

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
