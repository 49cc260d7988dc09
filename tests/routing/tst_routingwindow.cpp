// SPDX-License-Identifier: GPL-3.0-or-later
// The routing actions in the main window: where they sit, when they are on, that routing reads
// the server list again, and that every routing request gets its row in the activity view.
#include "../common/logcapture.h"
#include "actioncenter.h"
#include "actions/activitymodel.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/subnettreemodel.h"
#include "routingactions.h"
#include "routingtestsupport.h"
#include "serveractions.h"
#include "subnetsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>

using namespace Heficed;
using namespace RoutingTest;
using Sandbox::SandboxServer;

class TestRoutingWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LogCapture> m_log;

    static void selectServer(MainWindow &window, qint64 id)
    {
        QTableView *view = window.serverView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(ServerTableModel::InstanceIdRole).toLongLong() == id) {
                view->selectRow(row);
                return;
            }
        }
    }

    static bool openSession(MainWindow &window, const SandboxServer &sandbox, const QStringList &scopes)
    {
        ConnectionSettings connection;
        connection.apiBaseUrl = sandbox.baseUrl();
        connection.tokenUrl = sandbox.tokenUrl();
        const Sandbox::Options &options = sandbox.options();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.setSession(connection, {options.tenantId, options.clientId, options.clientSecret, scopes}, u"Sandbox"_s);
        return loaded.wait(WaitMs) && loaded.first().at(0).toBool();
    }

    // Opens Route IP Addresses for `serverId` from the window, checks `ids` and clicks Route.
    static bool routeFromTheWindow(MainWindow &window, qint64 serverId, const QStringList &ids)
    {
        selectServer(window, serverId);
        window.routingActions()->routeIpsAction()->trigger();
        RouteIpsDialog *dialog = window.routingActions()->routeIpsDialog();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->model()->rowCount() > 0 && !dialog->isBusy(); }))
            return false;
        for (const QString &id : ids) {
            if (!dialog->model()->setChecked(id, true))
                return false;
        }
        QSignalSpy finished(dialog, &RouteIpsDialog::routingFinished);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        return finished.wait(WaitMs);
    }

    // Every row of the activity must keep its token out, in the view and in the history file.
    static void verifyNoSecret(const ActivityModel *activity, const SandboxServer &sandbox)
    {
        const QStringList secrets = QStringList{sandbox.options().clientSecret} + sandbox.issuedTokens();
        QFile file(activity->history().fileFor(activity->organisation()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        for (const QString &secret : secrets) {
            QVERIFY(!stored.contains(secret.toUtf8()));
            for (const ActivityEntry &entry : activity->entries())
                QVERIFY(!entry.curlCommand().contains(secret));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"HeficedTests"_s);
        QCoreApplication::setApplicationName(u"tst_routingwindow"_s);
        // The activity history goes to the application's data folder: a temporary one here.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_settingsDir.filePath(u"data"_s)));
        m_log = std::make_unique<LogCapture>();
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(u"refresh/intervalSeconds"_s, 0);                   // refreshes only when something asks
        QVERIFY(QDir(m_settingsDir.filePath(u"data"_s)).removeRecursively()); // no activity history yet
    }

    void actionsSitInMenuToolbarAndContextMenu()
    {
        MainWindow window;
        RoutingActions *routing = window.routingActions();
        QVERIFY(routing);
        QMenu *serverMenu = window.actionCenter()->actions()->menu();
        QVERIFY(serverMenu->actions().contains(routing->routeIpsAction()));
        QVERIFY(serverMenu->actions().contains(routing->subnetsAction()));
        QVERIFY(window.findChild<QToolBar *>()->actions().contains(routing->routeIpsAction()));

        // In the table's context menu, just before Copy.
        const QList<QAction *> context = window.serverView()->actions();
        const qsizetype route = context.indexOf(routing->routeIpsAction());
        QVERIFY(route >= 0);
        QCOMPARE(context.at(route + 1), routing->subnetsAction());
        QVERIFY(context.at(route + 2)->isSeparator());
        QCOMPARE(context.at(route + 3)->objectName(), u"actionCopyAddress"_s);

        QVERIFY(!routing->routeIpsAction()->isEnabled()); // no session
        QVERIFY(!routing->subnetsAction()->isEnabled());
    }

    void routingFromTheWindowReadsTheListAgain()
    {
        SandboxServer sandbox(sandboxOptions());
        QVERIFY(sandbox.listen());
        MainWindow window;
        window.show();
        QVERIFY(openSession(window, sandbox, {u"kronoscloud"_s, u"ipswitch"_s}));
        RoutingActions *routing = window.routingActions();
        const auto pick = pickAddresses(sandbox, 1);
        QVERIFY(pick);

        QVERIFY(!routing->routeIpsAction()->isEnabled());
        selectServer(window, pick->serverId);
        QVERIFY(routing->routeIpsAction()->isEnabled());
        QVERIFY(routing->subnetsAction()->isEnabled());

        routing->routeIpsAction()->trigger();
        QPointer<RouteIpsDialog> dialog = routing->routeIpsDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->parentWidget(), &window);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0 && !dialog->isBusy(), WaitMs);
        QVERIFY(dialog->model()->setChecked(pick->freeIds.first(), true));

        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(sandbox.ipOwner(pick->freeIds.first()), pick->serverId);
        // The window's row now lists the address among the server's own.
        const int row = window.serverModel()->rowForId(pick->serverId);
        QVERIFY(window.serverModel()->instance(row).allAddresses().contains(pick->freeAddresses.first()));
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void routingRequestsAreRecordedInTheActivity()
    {
        SandboxServer sandbox(sandboxOptions());
        QVERIFY(sandbox.listen());
        MainWindow window;
        window.show();
        QVERIFY(openSession(window, sandbox, {u"kronoscloud"_s, u"ipswitch"_s}));
        ActivityModel *activity = window.actionCenter()->activityModel();
        QAbstractItemModelTester tester(activity, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(activity->rowCount(), 0);
        const auto pick = pickAddresses(sandbox, 3);
        QVERIFY(pick);
        const QString server = u"%1 (%2)"_s.arg(hostnameIn(sandbox, pick->serverId)).arg(pick->serverId);

        // Two addresses in one request: one row, done, with the body as it was sent.
        QVERIFY(routeFromTheWindow(window, pick->serverId, pick->freeIds.mid(0, 2)));
        QCOMPARE(activity->rowCount(), 1);
        const ActivityEntry &routed = activity->entry(0);
        QCOMPARE(routed.state, ActivityEntry::State::Done);
        QCOMPARE(routed.httpStatus, 202);
        QCOMPARE(routed.message, u"The API accepted the request."_s);
        QCOMPARE(routed.label,
                 u"Route %1, %2 to %3"_s.arg(pick->freeAddresses.at(0), pick->freeAddresses.at(1), server));
        QCOMPARE(routed.serverText(), server);
        QCOMPARE(routed.requestMethod, QByteArray("POST"));
        QVERIFY2(routed.requestUrl.endsWith(u"/kronoscloud/instances/%1/ips"_s.arg(pick->serverId)),
                 qPrintable(routed.requestUrl));
        QCOMPARE(routed.requestBody,
                 u"{\"0\":\"%1\",\"1\":\"%2\"}"_s.arg(pick->freeIds.at(0), pick->freeIds.at(1)).toUtf8());
        QVERIFY(routed.curlCommand().contains(u"$HEFICED_TOKEN"_s));
        QCOMPARE(activity->index(0, ActivityModel::Action).data().toString(), routed.label);
        QCOMPARE(activity->index(0, ActivityModel::HttpStatus).data().toString(), u"202"_s);

        // A refused route: one failed row with the API's answer.
        sandbox.addFault({Sandbox::Fault::Kind::Status, 409, 1, 0, u"/ips"_s, "POST", 1});
        QVERIFY(routeFromTheWindow(window, pick->serverId, {pick->freeIds.at(2)}));
        QCOMPARE(activity->rowCount(), 2);
        const ActivityEntry &refused = activity->entry(1);
        QCOMPARE(refused.state, ActivityEntry::State::Failed);
        QCOMPARE(refused.httpStatus, 409);
        QCOMPARE(refused.responseStatus, 409);
        QVERIFY2(refused.message.contains(u"(409)"_s), qPrintable(refused.message));
        QVERIFY2(window.routingActions()->routeIpsDialog()->errorText().contains(refused.message),
                 qPrintable(window.routingActions()->routeIpsDialog()->errorText()));
        QVERIFY2(refused.responseBody.contains("409"), refused.responseBody.constData());
        QCOMPARE(refused.requestBody, u"{\"0\":\"%1\"}"_s.arg(pick->freeIds.at(2)).toUtf8());
        QVERIFY(activity->index(1, 0).data(ActivityModel::IsProblemRole).toBool());
        QCOMPARE(activity->history().load(activity->organisation()).size(), 2);
        verifyNoSecret(activity, sandbox);
    }

    void subnetMoveRecordsReleaseAndRoute()
    {
        SandboxServer sandbox(sandboxOptions());
        QVERIFY(sandbox.listen());
        MainWindow window;
        window.show();
        QVERIFY(openSession(window, sandbox, {u"kronoscloud"_s, u"ipswitch"_s}));
        ActivityModel *activity = window.actionCenter()->activityModel();
        const int before = activity->rowCount(); // the history of this organisation so far
        const auto pick = pickSubnets(sandbox);
        QVERIFY(pick);
        const qint64 serverId = otherRunningServer(sandbox, pick->routedOwner);

        RoutingActions *routing = window.routingActions();
        routing->setSettleMs(1'000 + 300);
        selectServer(window, serverId);
        routing->subnetsAction()->trigger();
        QPointer<SubnetsDialog> dialog = routing->subnetsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0, WaitMs);
        QSignalSpy level(dialog->model(), &SubnetTreeModel::levelLoaded);
        dialog->view()->expand(dialog->model()->index(0, 0));
        QVERIFY(level.wait(WaitMs));
        QVERIFY(dialog->selectSubnet(pick->routedId));
        QSignalSpy finished(dialog.data(), &SubnetsDialog::moveFinished);
        QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        QCOMPARE(activity->rowCount(), before + 2);
        const ActivityEntry &release = activity->entry(before);
        const ActivityEntry &route = activity->entry(before + 1);
        QVERIFY2(release.label.startsWith(u"Release subnet "_s), qPrintable(release.label));
        QCOMPARE(release.serverId, pick->routedOwner);
        QVERIFY(release.requestUrl.contains(u"/subnets/release/kronoscloud/%1"_s.arg(pick->routedOwner)));
        QVERIFY2(route.label.startsWith(u"Route subnet "_s), qPrintable(route.label));
        QCOMPARE(route.serverId, serverId);
        QCOMPARE(route.requestBody, u"[\"%1\"]"_s.arg(pick->routedId).toUtf8());
        for (const ActivityEntry *entry : {&release, &route}) {
            QCOMPARE(entry->state, ActivityEntry::State::Done);
            QVERIFY(entry->httpStatus >= 200 && entry->httpStatus < 300);
        }
        QVERIFY(release.time <= route.time);
        verifyNoSecret(activity, sandbox);
        dialog->close();
    }

    void subnetsNeedTheServiceInTheSession()
    {
        SandboxServer sandbox(sandboxOptions());
        QVERIFY(sandbox.listen());
        MainWindow window;
        QVERIFY(openSession(window, sandbox, {u"kronoscloud"_s}));
        selectServer(window, sandbox.instanceIds().first());
        QVERIFY(window.routingActions()->routeIpsAction()->isEnabled());
        QVERIFY(!window.routingActions()->subnetsAction()->isEnabled());
    }
};

QTEST_MAIN(TestRoutingWindow)
#include "tst_routingwindow.moc"
