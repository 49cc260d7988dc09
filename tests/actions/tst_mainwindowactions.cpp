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
#include "serverdetailspane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
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
    void activityDockIsLowUntilTheUserResizesIt();
    void detailsPaneFollowsChangesOfTheSelectedRow();

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

    // The details pane reads as the row does, from the click until the server settles.
    const auto *paneStatus = window.detailsPane()->findChild<QLabel *>(u"statusValue"_s);
    QVERIFY(paneStatus);
    QCOMPARE(session->statusCell(id), u"stopping…"_s);
    QCOMPARE(paneStatus->text(), u"stopping…"_s);
    QVERIFY(!stop->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(session->statusCell(id), u"stopped"_s, WaitMs);
    QCOMPARE(paneStatus->text(), u"stopped"_s);
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

void TestMainWindowActions::activityDockIsLowUntilTheUserResizesIt()
{
    QSettings().remove(u"mainWindow"_s); // no saved layout: the defaults
    int userHeight = 0;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ActivityDock *dock = window.actionCenter()->dock();
        QTableView *view = dock->view();
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        // About six rows show, and the table of servers keeps most of the window.
        QCOMPARE(dock->height(), dock->defaultHeight());
        QVERIFY(view->viewport()->height() >= 5 * rowHeight);
        QVERIFY(view->viewport()->height() <= 7 * rowHeight);
        QVERIFY2(dock->height() < window.height() / 3,
                 qPrintable(u"dock %1 of %2 px"_s.arg(dock->height()).arg(window.height())));

        // The user drags it higher; closing the window keeps that.
        window.resizeDocks({dock}, {dock->height() + 150}, Qt::Vertical);
        QTRY_COMPARE(dock->height(), dock->defaultHeight() + 150);
        userHeight = dock->height();
        window.close();
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.actionCenter()->dock()->height(), userHeight);
}

void TestMainWindowActions::detailsPaneFollowsChangesOfTheSelectedRow()
{
    auto session = openSession();
    MainWindow &window = session->window;
    ServerTableModel *model = window.serverModel();
    const qint64 selectedId = model->instance(0).id;
    const qint64 otherId = model->instance(1).id;
    window.serverView()->selectRow(session->viewRow(selectedId));
    ServerDetailsPane *pane = window.detailsPane();
    const auto *paneStatus = pane->findChild<QLabel *>(u"statusValue"_s);
    QCOMPARE(pane->instanceId(), selectedId);

    // A change of the selected row alone (dataChanged, no reset, no new selection) reaches the pane.
    QList<Instance> servers = model->instances();
    servers[0].status = u"suspended"_s;
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->setInstances(servers);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(paneStatus->text(), u"suspended"_s);

    // Another row's change leaves the pane on its server.
    servers[1].status = u"stopped"_s;
    model->setInstances(servers);
    QCOMPARE(model->instance(model->rowForId(otherId)).status, u"stopped"_s);
    QCOMPARE(pane->instanceId(), selectedId);
    QCOMPARE(paneStatus->text(), u"suspended"_s);
}

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
