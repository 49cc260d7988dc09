// SPDX-License-Identifier: GPL-3.0-or-later
// The window's routing actions: enabled for exactly one selected server (and IP Switch only with
// the ipswitch service), opening their dialogs, and passing every routing request on.
#include "../common/logcapture.h"
#include "api/instanceservice.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/subnettreemodel.h"
#include "routingactions.h"
#include "routingtestsupport.h"
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

namespace {

// A table of the sandbox's servers as the window shows them: model, proxy, view.
struct Table
{
    Table()
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    }

    QWidget window;
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    QTableView view{&window};
};

} // namespace

class TestRoutingActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Table> m_table;

    void loadServers()
    {
        InstanceService service(m_client.get());
        auto slot = std::make_shared<std::optional<ApiResult<QList<Instance>>>>();
        service.fetchAll(this, [slot](const ApiResult<QList<Instance>> &result) { *slot = result; });
        const auto result = waitFor(slot);
        QVERIFY(result && result->ok());
        m_table->model.setInstances(result->value());
    }

    void selectServers(const QList<qint64> &ids)
    {
        m_table->view.clearSelection();
        for (qint64 id : ids) {
            const QModelIndex row = m_table->proxy.mapFromSource(m_table->model.index(m_table->model.rowForId(id), 0));
            m_table->view.selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"HeficedTests"_s);
        QCoreApplication::setApplicationName(u"tst_routingactions"_s);
        m_log = std::make_unique<LogCapture>();
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
        QVERIFY(m_sandbox->listen());
        m_table = std::make_unique<Table>();
    }

    void cleanup()
    {
        const QStringList secrets = QStringList{m_sandbox->options().clientSecret} + m_sandbox->issuedTokens();
        QCOMPARE(LogCapture::lineContainingAny(secrets), QString());
        m_table.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void enabledForExactlyOneServer()
    {
        m_client = clientFor(*m_sandbox);
        loadServers();
        RoutingActions actions(&m_table->view, &m_table->model, &m_table->window);
        QVERIFY(!actions.routeIpsAction()->isEnabled()); // no session yet
        actions.setClient(m_client.get());
        QVERIFY(!actions.routeIpsAction()->isEnabled()); // nothing selected

        const QList<qint64> ids = m_sandbox->instanceIds();
        selectServers({ids.at(0)});
        QVERIFY(actions.routeIpsAction()->isEnabled());
        QVERIFY(actions.subnetsAction()->isEnabled());
        selectServers({ids.at(0), ids.at(1)});
        QVERIFY(!actions.routeIpsAction()->isEnabled());
        QVERIFY(!actions.subnetsAction()->isEnabled());
        selectServers({ids.at(1)});
        QVERIFY(actions.routeIpsAction()->isEnabled());

        actions.setClient(nullptr);
        QVERIFY(!actions.routeIpsAction()->isEnabled());
        QVERIFY(!actions.subnetsAction()->isEnabled());
    }

    void subnetsNeedTheIpSwitchService()
    {
        m_client = clientFor(*m_sandbox, {u"kronoscloud"_s});
        loadServers();
        RoutingActions actions(&m_table->view, &m_table->model, &m_table->window);
        actions.setClient(m_client.get());
        selectServers({m_sandbox->instanceIds().first()});
        QVERIFY(actions.routeIpsAction()->isEnabled());
        QVERIFY(!actions.subnetsAction()->isEnabled());
        QVERIFY(actions.subnetsAction()->toolTip().contains(u"ipswitch"_s));
        actions.openSubnets(); // refused without the service
        QVERIFY(!actions.subnetsDialog());
    }

    void sitsInMenuToolbarAndContextMenu()
    {
        m_client = clientFor(*m_sandbox);
        RoutingActions actions(&m_table->view, &m_table->model, &m_table->window);
        QMenu menu;
        QToolBar toolBar;
        auto *existing = new QAction(u"Copy"_s, &m_table->view);
        m_table->view.addAction(existing);
        actions.addToMenu(&menu);
        actions.addToToolBar(&toolBar);
        actions.addToContextMenu(&m_table->view, existing);
        QVERIFY(menu.actions().contains(actions.routeIpsAction()));
        QVERIFY(menu.actions().contains(actions.subnetsAction()));
        QVERIFY(toolBar.actions().contains(actions.routeIpsAction()));
        const QList<QAction *> context = m_table->view.actions();
        QCOMPARE(context.size(), 4);
        QCOMPARE(context.indexOf(actions.routeIpsAction()), 0);
        QCOMPARE(context.indexOf(actions.subnetsAction()), 1);
        QVERIFY(context.at(2)->isSeparator());
        QCOMPARE(context.last(), existing);
    }

    void opensTheDialogsAndPassesRequestsOn()
    {
        m_client = clientFor(*m_sandbox);
        loadServers();
        m_table->window.show();
        RoutingActions actions(&m_table->view, &m_table->model, &m_table->window);
        actions.setClient(m_client.get());
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        selectServers({pick->serverId});

        actions.routeIpsAction()->trigger();
        QPointer<RouteIpsDialog> dialog = actions.routeIpsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->serverId(), pick->serverId);
        QCOMPARE(dialog->parentWidget(), &m_table->window);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0 && !dialog->isBusy(), WaitMs);

        QSignalSpy changed(&actions, &RoutingActions::serverChanged);
        QStringList summaries;
        connect(&actions, &RoutingActions::exchangeFinished, this,
                [&summaries](qint64, const QString &summary, const ApiRequest &, const ApiResult<ApiResponse> &) {
                    summaries.append(summary);
                });
        QVERIFY(dialog->model()->setChecked(pick->freeIds.first(), true));
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, WaitMs);
        QCOMPARE(changed.first().at(0).toLongLong(), pick->serverId);
        // The summary names the server by the hostname the table knows.
        const QString hostname = m_table->model.instance(m_table->model.rowForId(pick->serverId)).hostname;
        QCOMPARE(summaries,
                 QStringList{u"Route %1 to %2 (%3)"_s.arg(pick->freeAddresses.first(), hostname).arg(pick->serverId)});
        dialog->close();
        QTRY_VERIFY(dialog.isNull());

        actions.subnetsAction()->trigger();
        QPointer<SubnetsDialog> subnets = actions.subnetsDialog();
        QVERIFY(subnets && subnets->isVisible());
        QCOMPARE(subnets->serverId(), pick->serverId);
        QTRY_VERIFY_WITH_TIMEOUT(subnets->model()->rowCount() > 0, WaitMs);

        // A new session closes the dialogs of the old one.
        actions.setClient(nullptr);
        QVERIFY(subnets.isNull());
    }
};

QTEST_MAIN(TestRoutingActions)
#include "tst_routingactions.moc"
