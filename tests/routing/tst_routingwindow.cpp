// SPDX-License-Identifier: GPL-3.0-or-later
// The routing actions in the main window: where they sit, when they are on, and that routing
// reads the server list again.
#include "../common/logcapture.h"
#include "actioncenter.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routingactions.h"
#include "routingtestsupport.h"
#include "serveractions.h"
#include "subnetsdialog.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"HeficedTests"_s);
        QCoreApplication::setApplicationName(u"tst_routingwindow"_s);
        m_log = std::make_unique<LogCapture>();
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(u"refresh/intervalSeconds"_s, 0); // refreshes only when something asks
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
