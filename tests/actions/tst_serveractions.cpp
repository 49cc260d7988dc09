// SPDX-License-Identifier: GPL-3.0-or-later
// The action widgets in a window laid out like the main one, against the in-process sandbox:
// enabling follows the selection, confirmations ask and send, the activity dock shows results.
#include "actioncenter.h"
#include "actionnotifier.h"
#include "actions/actionrunner.h"
#include "actions/activitymodel.h"
#include "actions/pendingactionproxymodel.h"
#include "activitydetailsdialog.h"
#include "activitydock.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "confirmationdialog.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"
#include "serveractions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = InstanceService::Action;
using Sandbox::Fault;
using Sandbox::SandboxServer;

namespace {

constexpr int WaitMs = 20'000;

// A window put together as MainWindow does it: model, pending-action proxy, filter proxy, view.
struct Harness
{
    explicit Harness(const QString &historyDir)
        : sandbox(options())
    {
        if (!sandbox.listen())
            qFatal("The sandbox did not start");
        window.setCentralWidget(view);
        window.addToolBar(toolBar);
        toolBar->addAction(u"Refresh"_s);
        center = new ActionCenter(&window, view, &servers);
        center->activityModel()->setHistory(ActivityHistory(historyDir));
        filter.setSourceModel(&servers);
        view->setModel(center->viewModel(&filter));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        center->attach(toolBar);

        ConnectionSettings connection;
        connection.apiBaseUrl = sandbox.baseUrl();
        connection.tokenUrl = sandbox.tokenUrl();
        connection.timeoutMs = 5'000;
        client = new ApiClient(connection, &window);
        client->setCredentials({sandbox.options().tenantId,
                                sandbox.options().clientId,
                                sandbox.options().clientSecret,
                                {u"kronoscloud"_s}});
        service = new InstanceService(client, client);
        center->startSession(client, service, sandbox.options().tenantId);
        center->runner()->setPolicy({200, 1000, 1.5, 15'000});
        window.resize(1200, 700);
        window.show();
    }

    static Sandbox::Options options()
    {
        Sandbox::Options options;
        options.instances = 8;
        options.actionSeconds = 1;
        return options;
    }

    bool load()
    {
        auto done = std::make_shared<bool>(false);
        service->fetchAll(&window, [this, done](const ApiResult<QList<Instance>> &result) {
            if (result.ok())
                servers.setInstances(result.value());
            *done = result.ok();
        });
        return QTest::qWaitFor([done] { return *done; }, WaitMs);
    }

    qint64 firstWithStatus(const QString &status, qint64 except = 0) const
    {
        for (const Instance &server : servers.instances()) {
            if (server.status == status && !server.inRescueMode && server.id != except)
                return server.id;
        }
        return 0;
    }

    int viewRow(qint64 id) const { return filter.mapFromSource(servers.index(servers.rowForId(id), 0)).row(); }

    void select(const QList<qint64> &ids)
    {
        view->clearSelection();
        for (const qint64 id : ids) {
            view->selectionModel()->select(view->model()->index(viewRow(id), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QString statusCell(qint64 id) const
    {
        return view->model()->index(viewRow(id), ServerTableModel::Status).data().toString();
    }

    void click(QAction *action) { QTest::mouseClick(toolBar->widgetForAction(action), Qt::LeftButton); }

    ConfirmationDialog *dialog() const { return window.findChild<ConfirmationDialog *>(); }

    SandboxServer sandbox;
    QMainWindow window;
    QTableView *view = new QTableView(&window);
    QToolBar *toolBar = new QToolBar(&window);
    ServerTableModel servers;
    ServerFilterProxyModel filter;
    ActionCenter *center = nullptr;
    ApiClient *client = nullptr;
    InstanceService *service = nullptr;
};

} // namespace

class TestServerActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsFollowTheSelection();
    void stopAsksThenSendsOnceAndSettles();
    void dontAskAgainSkipsTheNextConfirmation();
    void rejectedConfirmationSendsNothing();
    void bulkStopListsAndSendsEach();
    void cancelNeedsTheHostnameAndCannotBeSkipped();
    void cancelOfSeveralNeedsTheirNumber();
    void failedActionStandsOutAndShowsDetails();
    void menusAndShortcuts();
    void notificationOnlyForLongActionsInTheBackground();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Harness> m_h;
    std::unique_ptr<QAbstractItemModelTester> m_pendingTester;
    std::unique_ptr<QAbstractItemModelTester> m_activityTester;
};

void TestServerActions::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HeficedTests"_s);
    QCoreApplication::setApplicationName(u"tst_serveractions"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestServerActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings().clear();
    m_h = std::make_unique<Harness>(m_dir->path());
    m_pendingTester = std::make_unique<QAbstractItemModelTester>(
        m_h->center->viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_activityTester = std::make_unique<QAbstractItemModelTester>(
        m_h->center->activityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_h->load());
    QVERIFY(m_h->servers.rowCount() > 5);
}

void TestServerActions::cleanup()
{
    m_activityTester.reset();
    m_pendingTester.reset();
    m_h.reset();
}

void TestServerActions::actionsFollowTheSelection()
{
    ServerActions *actions = m_h->center->actions();
    QVERIFY(!actions->action(Action::Stop)->isEnabled()); // nothing selected

    const qint64 running = m_h->firstWithStatus(u"running"_s);
    m_h->sandbox.setInstanceStatus(m_h->firstWithStatus(u"running"_s, running), u"stopped"_s);
    QVERIFY(m_h->load());
    const qint64 stopped = m_h->firstWithStatus(u"stopped"_s);
    QVERIFY(running > 0 && stopped > 0);

    m_h->select({running});
    QVERIFY(actions->action(Action::Stop)->isEnabled());
    QVERIFY(actions->action(Action::Reboot)->isEnabled());
    QVERIFY(!actions->action(Action::Start)->isEnabled());
    QVERIFY(actions->cancelAction()->isEnabled());

    m_h->select({stopped});
    QVERIFY(actions->action(Action::Start)->isEnabled());
    QVERIFY(!actions->action(Action::Stop)->isEnabled());
    QVERIFY(!actions->action(Action::Reboot)->isEnabled());

    m_h->select({running, stopped});
    QVERIFY(actions->action(Action::Start)->isEnabled());
    QVERIFY(actions->action(Action::Stop)->isEnabled());

    // A status that changes under the selection changes the actions too.
    m_h->select({running});
    m_h->sandbox.setInstanceStatus(running, u"stopped"_s);
    QVERIFY(m_h->load());
    QVERIFY(actions->action(Action::Start)->isEnabled());
    QVERIFY(!actions->action(Action::Stop)->isEnabled());

    m_h->center->endSession();
    QVERIFY(!actions->action(Action::Start)->isEnabled());
}

void TestServerActions::stopAsksThenSendsOnceAndSettles()
{
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    m_h->select({id});
    m_h->click(m_h->center->actions()->action(Action::Stop));

    QTRY_VERIFY(m_h->dialog());
    ConfirmationDialog *dialog = m_h->dialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->request().items.constFirst().contains(QString::number(id)));
    QVERIFY(dialog->dontAskBox()->isVisible());
    QCOMPARE(m_h->sandbox.requestCount("POST", u"/stop"_s), 0); // nothing before the answer
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    // While it runs: the row reads "stopping…", its actions are off, a second Stop sends nothing.
    QCOMPARE(m_h->statusCell(id), u"stopping…"_s);
    QCOMPARE(m_h->view->model()->index(m_h->viewRow(id), 0).data(PendingActionProxyModel::PendingActionRole).toInt(),
             static_cast<int>(Action::Stop));
    QVERIFY(!m_h->center->actions()->action(Action::Stop)->isEnabled());
    QVERIFY(!m_h->center->actions()->action(Action::ForceStop)->isEnabled());
    m_h->center->actions()->trigger(Action::Stop);
    QVERIFY(!m_h->dialog() || !m_h->dialog()->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(m_h->statusCell(id), u"stopped"_s, WaitMs);
    QCOMPARE(m_h->sandbox.requestCount("POST", u"/%1/stop"_s.arg(id)), 1);
    ActivityModel *activity = m_h->center->activityModel();
    QCOMPARE(activity->rowCount(), 1);
    QCOMPARE(activity->entry(0).state, ActivityEntry::State::Done);
    QVERIFY(m_h->center->actions()->action(Action::Start)->isEnabled());
}

void TestServerActions::dontAskAgainSkipsTheNextConfirmation()
{
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    m_h->select({id});
    m_h->center->actions()->trigger(Action::Reboot);
    QTRY_VERIFY(m_h->dialog());
    m_h->dialog()->dontAskBox()->setChecked(true);
    QTest::mouseClick(m_h->dialog()->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->activityModel()->rowCount(), 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_h->center->runner()->isBusy(id), WaitMs);
    QVERIFY(ConfirmationDialog::isSkipped(u"reboot"_s));
    QTRY_VERIFY(!m_h->dialog());

    m_h->select({id});
    QTRY_VERIFY(m_h->center->actions()->action(Action::Reboot)->isEnabled());
    m_h->center->actions()->trigger(Action::Reboot);
    QVERIFY(!m_h->dialog()); // sent without asking
    QCOMPARE(m_h->center->activityModel()->rowCount(), 2);
    QVERIFY(m_h->center->runner()->isBusy(id));
    QVERIFY(!ConfirmationDialog::isSkipped(u"stop"_s)); // only that action
}

void TestServerActions::rejectedConfirmationSendsNothing()
{
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    m_h->select({id});
    m_h->center->actions()->trigger(Action::ForceStop);
    QTRY_VERIFY(m_h->dialog());
    QVERIFY(!m_h->dialog()->acceptButton()->property("default").toBool()); // Enter must not cut the power
    m_h->dialog()->reject();
    QTest::qWait(300);
    QCOMPARE(m_h->sandbox.requestCount("POST", u"/instances/"_s), 0);
    QCOMPARE(m_h->center->activityModel()->rowCount(), 0);
    QCOMPARE(m_h->statusCell(id), u"running"_s);
}

void TestServerActions::bulkStopListsAndSendsEach()
{
    QList<qint64> ids;
    for (const Instance &server : m_h->servers.instances()) {
        if (ids.size() < 3 && server.status == u"running")
            ids.append(server.id);
    }
    QCOMPARE(ids.size(), 3);
    const qint64 stopped = m_h->firstWithStatus(u"stopped"_s);
    m_h->select(stopped > 0 ? ids + QList<qint64>{stopped} : ids);

    m_h->click(m_h->center->actions()->action(Action::Stop));
    QTRY_VERIFY(m_h->dialog());
    QCOMPARE(m_h->dialog()->request().items.size(), 3);
    QCOMPARE(m_h->dialog()->acceptButton()->text(), u"Stop 3 Servers"_s);
    if (stopped > 0)
        QVERIFY(m_h->dialog()->request().note.contains(u"left alone"_s));
    QTest::mouseClick(m_h->dialog()->acceptButton(), Qt::LeftButton);

    QCOMPARE(m_h->center->activityModel()->rowCount(), 3);
    for (const qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(m_h->statusCell(id), u"stopped"_s, WaitMs);
    QCOMPARE(m_h->sandbox.requestCount("POST", u"/stop"_s), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->runner()->busyCount(), 0, WaitMs);
}

void TestServerActions::cancelNeedsTheHostnameAndCannotBeSkipped()
{
    ConfirmationDialog::setSkipped(u"cancel-immediately"_s, true); // must make no difference
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    const QString hostname = m_h->servers.instance(m_h->servers.rowForId(id)).hostname;
    m_h->select({id});
    m_h->center->actions()->cancelAction()->trigger();

    QTRY_VERIFY(m_h->dialog());
    ConfirmationDialog *dialog = m_h->dialog();
    QVERIFY(!dialog->dontAskBox()->isVisible());
    QVERIFY(dialog->typeField()->isVisible());
    QVERIFY(dialog->periodEndButton()->isChecked()); // the safer choice is the default
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->typeField(), hostname.left(3));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    dialog->typeField()->setText(hostname);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField(), u"moving to a bigger plan"_s);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->activityModel()->rowCount(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->activityModel()->entry(0).state, ActivityEntry::State::Done, WaitMs);
    const auto requests = m_h->sandbox.requests();
    const auto cancel = std::find_if(requests.cbegin(), requests.cend(),
                                     [](const auto &request) { return request.path.endsWith(u"/cancel"); });
    QVERIFY(cancel != requests.cend());
    QCOMPARE(QJsonDocument::fromJson(cancel->body).object(),
             (QJsonObject{{u"type"_s, u"EndOfBillingPeriod"_s}, {u"reason"_s, u"moving to a bigger plan"_s}}));
    QCOMPARE(m_h->center->activityModel()->entry(0).action, Action::CancelAtPeriodEnd);
}

void TestServerActions::cancelOfSeveralNeedsTheirNumber()
{
    QList<qint64> ids;
    for (const Instance &server : m_h->servers.instances()) {
        if (ids.size() < 2 && server.status == u"running")
            ids.append(server.id);
    }
    m_h->select(ids);
    m_h->center->actions()->cancelAction()->trigger();
    QTRY_VERIFY(m_h->dialog());
    ConfirmationDialog *dialog = m_h->dialog();
    QCOMPARE(dialog->request().typeToConfirm, u"2"_s);
    dialog->immediateButton()->setChecked(true);
    dialog->typeField()->setText(u"2"_s);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    for (const qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(m_h->servers.rowForId(id), -1, WaitMs); // gone from the table
    QCOMPARE(m_h->sandbox.requestCount("POST", u"/cancel"_s), 2);
    for (const ActivityEntry &entry : m_h->center->activityModel()->entries())
        QCOMPARE(entry.state, ActivityEntry::State::Done);
}

void TestServerActions::failedActionStandsOutAndShowsDetails()
{
    ConfirmationDialog::setSkipped(u"stop"_s, true);
    const qint64 done = m_h->firstWithStatus(u"running"_s);
    const qint64 failed = m_h->firstWithStatus(u"running"_s, done);
    m_h->sandbox.addFault({Fault::Kind::Status, 409, 0, 0, u"/%1/stop"_s.arg(failed), "POST", 1});
    m_h->select({done, failed});
    m_h->click(m_h->center->actions()->action(Action::Stop));
    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->runner()->busyCount(), 0, WaitMs);

    ActivityDock *dock = m_h->center->dock();
    QVERIFY(dock->isVisible());
    QTableView *view = dock->view();
    QCOMPARE(view->model()->rowCount(), 2);
    int failedRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (view->model()->index(row, 0).data(ActivityModel::ServerIdRole).toLongLong() == failed)
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    const QModelIndex state = view->model()->index(failedRow, ActivityModel::State);
    QCOMPARE(state.data().toString(), u"failed"_s);
    QVERIFY(state.data(Qt::ForegroundRole).isValid());
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(view->model()->index(failedRow, ActivityModel::HttpStatus).data().toString(), u"409"_s);
    QVERIFY(view->model()->index(failedRow, ActivityModel::Message).data().toString().contains(u"(409)"_s));
    QCOMPARE(view->model()->index(1 - failedRow, ActivityModel::State).data().toString(), u"done"_s);

    view->setCurrentIndex(view->model()->index(failedRow, 0));
    Q_EMIT view->activated(view->currentIndex());
    QTRY_VERIFY(dock->detailsDialog());
    ActivityDetailsDialog *details = dock->detailsDialog();
    QVERIFY(details->requestText().startsWith(u"POST "_s));
    QVERIFY(details->requestText().contains(u"/instances/%1/stop"_s.arg(failed)));
    QVERIFY(details->requestText().contains(u"\"force\": false"_s));
    QVERIFY(details->responseText().contains(u"HTTP 409"_s));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(details->copyCurlButton(), Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(u"Bearer $HEFICED_TOKEN"_s), qPrintable(curl));
    for (const QString &token : m_h->sandbox.issuedTokens())
        QVERIFY(!curl.contains(token));
    details->close();
    QTRY_VERIFY(!dock->detailsDialog());
}

void TestServerActions::menusAndShortcuts()
{
    ServerActions *actions = m_h->center->actions();
    QMenu *menu = m_h->window.findChild<QMenu *>(u"serverMenu"_s);
    QVERIFY(menu);
    QVERIFY(m_h->window.menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(menu->actions().contains(actions->action(Action::ForceReboot)));
    QVERIFY(menu->actions().contains(actions->cancelAction()));
    QVERIFY(menu->actions().contains(m_h->center->dock()->toggleViewAction())); // no View menu here
    QVERIFY(m_h->view->actions().contains(actions->action(Action::Stop)));
    QCOMPARE(actions->action(Action::Stop)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QSet<QKeySequence> shortcuts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action != m_h->center->dock()->toggleViewAction()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            shortcuts.insert(action->shortcut());
        }
    }
    QCOMPARE(shortcuts.size(), 8); // all different
    auto *stopButton = qobject_cast<QToolButton *>(m_h->toolBar->widgetForAction(actions->action(Action::Stop)));
    QVERIFY(stopButton && stopButton->menu());
    QVERIFY(stopButton->menu()->actions().contains(actions->action(Action::ForceStop)));

    // The keyboard reaches the same path: select, press, answer.
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    m_h->select({id});
    m_h->window.activateWindow();
    m_h->view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&m_h->window));
    QTest::keyClick(m_h->view, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_h->dialog());
    QCOMPARE(m_h->dialog()->windowTitle(), u"Stop Servers"_s);
    m_h->dialog()->reject();
}

void TestServerActions::notificationOnlyForLongActionsInTheBackground()
{
    ActivityEntry entry;
    entry.state = ActivityEntry::State::Done;
    entry.durationMs = 12'000;
    QVERIFY(ActionNotifier::shouldNotify(entry, false, 10'000));
    QVERIFY(!ActionNotifier::shouldNotify(entry, true, 10'000));
    entry.durationMs = 3'000;
    QVERIFY(!ActionNotifier::shouldNotify(entry, false, 10'000));
    entry.durationMs = 12'000;
    entry.state = ActivityEntry::State::Accepted;
    QVERIFY(!ActionNotifier::shouldNotify(entry, false, 10'000));

    // Offscreen there is no tray: a long action ends without a notification and without trouble.
    m_h->center->notifier()->setLongActionMs(0);
    ConfirmationDialog::setSkipped(u"stop"_s, true);
    const qint64 id = m_h->firstWithStatus(u"running"_s);
    m_h->select({id});
    m_h->center->actions()->trigger(Action::Stop);
    QTRY_COMPARE_WITH_TIMEOUT(m_h->center->runner()->busyCount(), 0, WaitMs);
    QCOMPARE(m_h->center->notifier()->notificationsShown(), QSystemTrayIcon::isSystemTrayAvailable() ? 1 : 0);
}

QTEST_MAIN(TestServerActions)
#include "tst_serveractions.moc"
