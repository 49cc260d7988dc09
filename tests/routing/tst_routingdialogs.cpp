// SPDX-License-Identifier: GPL-3.0-or-later
// The "Route IP addresses" and "IP Switch subnets" dialogs, driven with real key and mouse events
// against the sandbox over loopback HTTP.
#include "../common/logcapture.h"
#include "api/instance.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/additionalipservice.h"
#include "routing/subnetservice.h"
#include "routing/subnettreemodel.h"
#include "routingtestsupport.h"
#include "subnetsdialog.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Heficed;
using namespace RoutingTest;
using Sandbox::Fault;
using Sandbox::SandboxServer;

class TestRoutingDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AdditionalIpService> m_ips;
    std::unique_ptr<SubnetService> m_subnets;
    QStringList m_recorded; // summaries, as the activity view would receive them

    void startSandbox(int settleSeconds = 1)
    {
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions(settleSeconds));
        QVERIFY(m_sandbox->listen());
        m_client = clientFor(*m_sandbox);
        m_ips = std::make_unique<AdditionalIpService>(m_client.get());
        m_subnets = std::make_unique<SubnetService>(m_client.get());
        const SandboxServer *sandbox = m_sandbox.get();
        const auto lookup = [sandbox](qint64 id) {
            return hostnameIn(*sandbox, id);
        };
        m_ips->setHostnameLookup(lookup);
        m_subnets->setHostnameLookup(lookup);
        const QList<RoutingService *> services{m_ips.get(), m_subnets.get()};
        for (RoutingService *service : services) {
            connect(service, &RoutingService::exchangeFinished, this,
                    [this](qint64, const QString &summary, const ApiRequest &, const ApiResult<ApiResponse> &result) {
                        m_recorded.append(summary + (result.ok() ? u" ok"_s : u" failed"_s));
                    });
        }
    }

    Instance server(qint64 id) const { return Instance::fromJson(m_sandbox->instanceJson(id)); }

    QString label(qint64 id) const { return u"%1 (%2)"_s.arg(hostnameIn(*m_sandbox, id)).arg(id); }

    // Opens the dialog as the window does, and waits for its list.
    RouteIpsDialog *openRouteIps(qint64 serverId)
    {
        auto *dialog = new RouteIpsDialog(m_ips.get(), server(serverId));
        QSignalSpy loaded(dialog, &RouteIpsDialog::loaded);
        dialog->open();
        if (!loaded.wait(WaitMs) || !loaded.first().at(0).toBool())
            qWarning("The address list did not load");
        return dialog;
    }

    QModelIndex viewIndexOf(RouteIpsDialog *dialog, const QString &ipId)
    {
        const int sourceRow = dialog->model()->rowForId(ipId);
        return dialog->filterModel()->mapFromSource(dialog->model()->index(sourceRow, AdditionalIpModel::Address));
    }

    // Clicks the checkbox of an address with the mouse, where the style draws it.
    void clickCheckbox(RouteIpsDialog *dialog, const QString &ipId)
    {
        QTableView *view = dialog->view();
        const QModelIndex index = viewIndexOf(dialog, ipId);
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    }

    // Checks an address from the keyboard: make it current, press Space.
    void pressSpaceOn(RouteIpsDialog *dialog, const QString &ipId)
    {
        QTableView *view = dialog->view();
        view->setFocus();
        view->setCurrentIndex(viewIndexOf(dialog, ipId));
        QTest::keyClick(view, Qt::Key_Space);
    }

    // Expands the subnet's parent level in the view and waits for its rows.
    bool expand(SubnetsDialog *dialog, const QModelIndex &index)
    {
        QSignalSpy loaded(dialog->model(), &SubnetTreeModel::levelLoaded);
        dialog->view()->expand(index);
        return loaded.wait(WaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"HeficedTests"_s);
        QCoreApplication::setApplicationName(u"tst_routingdialogs"_s);
        m_log = std::make_unique<LogCapture>();
    }

    void init() { m_recorded.clear(); }

    void cleanup()
    {
        const QStringList secrets = QStringList{m_sandbox->options().clientSecret} + m_sandbox->issuedTokens();
        QCOMPARE(LogCapture::lineContainingAny(secrets), QString());
        m_ips.reset();
        m_subnets.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void routesTwoCheckedAddressesInOneRequest()
    {
        startSandbox();
        const auto pick = pickAddresses(*m_sandbox, 2);
        QVERIFY(pick);
        QPointer<RouteIpsDialog> dialog = openRouteIps(pick->serverId);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QVERIFY(dialog->isVisible());

        // The server's location only, until "all locations" is ticked.
        QVERIFY(!dialog->showAllCheck()->isChecked());
        QVERIFY(dialog->filterModel()->rowCount() > 0);
        for (int row = 0; row < dialog->filterModel()->rowCount(); ++row) {
            QCOMPARE(dialog->filterModel()->index(row, 0).data(AdditionalIpModel::LocationIdRole).toString(),
                     pick->locationId);
        }
        QVERIFY(dialog->filterModel()->rowCount() < m_sandbox->additionalIpsJson().size());
        dialog->showAllCheck()->setFocus();
        QTest::keyClick(dialog->showAllCheck(), Qt::Key_Space);
        QVERIFY(dialog->showAllCheck()->isChecked());
        QCOMPARE(dialog->filterModel()->rowCount(), m_sandbox->additionalIpsJson().size());
        QTest::keyClick(dialog->showAllCheck(), Qt::Key_Space);
        QVERIFY(!dialog->showAllCheck()->isChecked());

        QVERIFY(!dialog->routeButton()->isEnabled());
        clickCheckbox(dialog, pick->freeIds.at(0));
        pressSpaceOn(dialog, pick->freeIds.at(1));
        QCOMPARE(dialog->model()->checkedCount(), 2);
        QVERIFY(dialog->routeButton()->isEnabled());
        QCOMPARE(dialog->warningText(), QString());
        m_sandbox->clearRequests();

        QSignalSpy finished(dialog.data(), &RouteIpsDialog::routingFinished);
        QSignalSpy changed(dialog.data(), &RouteIpsDialog::routingChanged);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(!dialog->routeButton()->isEnabled()); // a second click sends nothing
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), pick->serverId);

        const QString path = u"/kronoscloud/instances/%1/ips"_s.arg(pick->serverId);
        QCOMPARE(m_sandbox->requestCount("POST", path), 1);
        const Sandbox::RecordedRequest sent = m_sandbox->requests().constFirst();
        QCOMPARE(sent.method, QByteArray("POST"));
        // The model lists addresses in API order, and so does the body.
        const QByteArray expected =
            "{\"0\":\"" + pick->freeIds.at(0).toLatin1() + "\",\"1\":\"" + pick->freeIds.at(1).toLatin1() + "\"}";
        QCOMPARE(sent.body, expected);
        QCOMPARE(QJsonDocument::fromJson(sent.body).object(),
                 (QJsonObject{{u"0"_s, pick->freeIds.at(0)}, {u"1"_s, pick->freeIds.at(1)}}));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        const QStringList listed = additionalIpsOf(m_sandbox->instanceJson(pick->serverId));
        QVERIFY(listed.contains(pick->freeAddresses.at(0)) && listed.contains(pick->freeAddresses.at(1)));

        // The list is read again: both are now on this server, without a checkbox.
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog->isBusy() && dialog->model()->isRoutedHere(dialog->model()->rowForId(pick->freeIds.at(0))), WaitMs);
        QVERIFY(!viewIndexOf(dialog, pick->freeIds.at(1)).data(Qt::CheckStateRole).isValid());
        QCOMPARE(dialog->model()->checkedCount(), 0);
        QVERIFY(!dialog->routeButton()->isEnabled());
        QCOMPARE(m_recorded, QStringList{u"Route %1, %2 to %3 ok"_s.arg(
                                 pick->freeAddresses.at(0), pick->freeAddresses.at(1), label(pick->serverId))});

        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close
    }

    void unroutesTheSelectedAddress()
    {
        startSandbox();
        const auto pick = pickAddresses(*m_sandbox, 2);
        QVERIFY(pick);
        auto routed = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        AdditionalIp first;
        first.id = pick->freeIds.at(0);
        first.address = pick->freeAddresses.at(0);
        m_ips->route(pick->serverId, {first}, this, [routed](const ApiResult<ApiResponse> &r) { *routed = r; });
        QVERIFY(waitFor(routed) && routed->value().ok());

        QPointer<RouteIpsDialog> dialog = openRouteIps(pick->serverId);
        QVERIFY(!dialog->unrouteButton()->isEnabled());
        // Selecting a free address does not offer Unroute; selecting the routed one does.
        dialog->view()->selectRow(viewIndexOf(dialog, pick->freeIds.at(1)).row());
        QVERIFY(!dialog->unrouteButton()->isEnabled());
        dialog->view()->selectRow(viewIndexOf(dialog, first.id).row());
        QVERIFY(dialog->unrouteButton()->isEnabled());
        m_sandbox->clearRequests();

        QSignalSpy finished(dialog.data(), &RouteIpsDialog::routingFinished);
        QTest::mouseClick(dialog->unrouteButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(m_sandbox->requestCount("DELETE", u"/instances/%1/ips/%2"_s.arg(pick->serverId).arg(first.id)), 1);
        QCOMPARE(m_sandbox->requestCount("POST", u"/ips"_s), 0);
        QCOMPARE(m_sandbox->ipOwner(first.id), qint64(0));
        QVERIFY(!additionalIpsOf(m_sandbox->instanceJson(pick->serverId)).contains(first.address));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), WaitMs);
        QVERIFY2(dialog->statusText().startsWith(u"Taken back from this server: %1. Shown: "_s.arg(first.address)),
                 qPrintable(dialog->statusText()));
        delete dialog.data();
    }

    void warnsBeforeMovingAnAddressFromAnotherServer()
    {
        startSandbox();
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        AdditionalIp taken;
        taken.id = pick->freeIds.first();
        taken.address = pick->freeAddresses.first();
        auto routed = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        m_ips->route(pick->otherServerId, {taken}, this, [routed](const ApiResult<ApiResponse> &r) { *routed = r; });
        QVERIFY(waitFor(routed) && routed->value().ok());
        m_recorded.clear();

        QPointer<RouteIpsDialog> dialog = openRouteIps(pick->serverId);
        QCOMPARE(viewIndexOf(dialog, taken.id).siblingAtColumn(AdditionalIpModel::RoutedTo).data().toString(),
                 hostnameIn(*m_sandbox, pick->otherServerId));
        clickCheckbox(dialog, taken.id);
        QCOMPARE(dialog->model()->checkedCount(), 1);
        QCOMPARE(dialog->warningText(),
                 u"Routing moves %1 away from %2."_s.arg(taken.address, label(pick->otherServerId)));
        m_sandbox->clearRequests();

        QSignalSpy finished(dialog.data(), &RouteIpsDialog::routingFinished);
        QSignalSpy changed(dialog.data(), &RouteIpsDialog::routingChanged);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog->errorText()));

        // Taken back from the other server first, then routed here in one request.
        const QList<Sandbox::RecordedRequest> sent = m_sandbox->requests();
        QVERIFY(sent.size() >= 2);
        QCOMPARE(sent.at(0).method, QByteArray("DELETE"));
        QVERIFY(sent.at(0).path.endsWith(u"/instances/%1/ips/%2"_s.arg(pick->otherServerId).arg(taken.id)));
        QCOMPARE(sent.at(1).method, QByteArray("POST"));
        QCOMPARE(sent.at(1).body, "{\"0\":\"" + taken.id.toLatin1() + "\"}");
        QCOMPARE(m_sandbox->ipOwner(taken.id), pick->serverId);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toLongLong(), pick->otherServerId);
        QCOMPARE(changed.at(1).at(0).toLongLong(), pick->serverId);
        QCOMPARE(m_recorded.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->warningText(), QString(), WaitMs);
        delete dialog.data();
    }

    void routeErrorsShowInline_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("409") << 409 << u"conflicts with the current state (409)"_s;
        QTest::newRow("403") << 403 << u"may not use Cloud servers (kronoscloud)"_s;
        QTest::newRow("404") << 404 << u"Not found (404)"_s;
        QTest::newRow("500") << 500 << u"The Heficed API failed (500)"_s;
        QTest::newRow("network") << 0 << u"Could not reach the Heficed API"_s;
    }

    void routeErrorsShowInline()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        startSandbox();
        const auto pick = pickAddresses(*m_sandbox, 1);
        QVERIFY(pick);
        QPointer<RouteIpsDialog> dialog = openRouteIps(pick->serverId);
        clickCheckbox(dialog, pick->freeIds.first());
        // A status from the gateway, or (status 0) a connection closed with no answer at all.
        const Fault fault = status > 0 ? Fault{Fault::Kind::Status, status, 1, 0, u"/ips"_s, "POST", 1}
                                       : Fault{Fault::Kind::DropConnection, 500, 1, 0, u"/ips"_s, "POST", -1};
        m_sandbox->addFault(fault);
        m_sandbox->clearRequests();

        const int sentBefore = m_client->requestsSent();

        QSignalSpy finished(dialog.data(), &RouteIpsDialog::routingFinished);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QVERIFY(
            dialog->errorText().startsWith(u"Could not route %1 to this server."_s.arg(pick->freeAddresses.first())));
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->isVisible());

        // Exactly one request, and none later: nothing is tried again behind the user's back. (A
        // connection closed before any answer is sent again by Qt's network layer itself, which
        // the sandbox counts; the panel still sent it once.)
        QTest::qWait(500);
        QCOMPARE(m_client->requestsSent() - sentBefore, 1);
        if (status > 0)
            QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_recorded.size(), 1);
        QVERIFY(m_recorded.first().endsWith(u" failed"_s));
        QVERIFY(dialog->routeButton()->isEnabled()); // the user may try again, by hand
        delete dialog.data();
    }

    void subnetTreeReadsALevelWhenExpanded()
    {
        startSandbox();
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 serverId = otherRunningServer(*m_sandbox, pick->routedOwner);
        QPointer<SubnetsDialog> dialog = new SubnetsDialog(m_subnets.get(), server(serverId));
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        dialog->open();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), m_sandbox->subnetsJson({}).size(), WaitMs);
        QTest::qWait(200);
        const QString listPath = u"/ipswitch/v4/subnets"_s;
        QCOMPARE(m_sandbox->requestCount("GET", listPath), 1);

        const QModelIndex top = dialog->model()->index(0, 0);
        QCOMPARE(top.data().toString(), u"198.18.0.0/22"_s);
        QVERIFY(expand(dialog, top));
        QCOMPARE(m_sandbox->requestCount("GET", listPath), 2);
        QCOMPARE(m_sandbox->requests().constLast().query.queryItemValue(u"parentUuid"_s), pick->topId);
        QCOMPARE(dialog->model()->rowCount(top), m_sandbox->subnetsJson(pick->topId).size());

        // Collapsing and expanding again reads nothing more.
        dialog->view()->collapse(top);
        dialog->view()->expand(top);
        QTest::qWait(200);
        QCOMPARE(m_sandbox->requestCount("GET", listPath), 2);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void routesAndReleasesASubnet()
    {
        startSandbox();
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 serverId = otherRunningServer(*m_sandbox, pick->routedOwner);
        QPointer<SubnetsDialog> dialog = new SubnetsDialog(m_subnets.get(), server(serverId));
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0, WaitMs);
        QVERIFY(expand(dialog, dialog->model()->index(0, 0)));

        QVERIFY(dialog->selectSubnet(pick->freeId));
        QVERIFY(dialog->routeButton()->isEnabled());
        QVERIFY(!dialog->releaseButton()->isEnabled());
        QVERIFY(!dialog->moveButton()->isEnabled());
        QSignalSpy finished(dialog.data(), &SubnetsDialog::routingFinished);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog->errorText()));
        QCOMPARE(m_sandbox->subnetOwner(pick->freeId), serverId);

        // The level is read again, and the row now says it is here; Release is offered.
        const QModelIndex row = dialog->model()->indexOf(pick->freeId, SubnetTreeModel::RoutedTo);
        QTRY_COMPARE_WITH_TIMEOUT(row.data().toString(), u"This server (%1)"_s.arg(hostnameIn(*m_sandbox, serverId)),
                                  WaitMs);
        QTRY_VERIFY(dialog->releaseButton()->isEnabled());
        QTest::mouseClick(dialog->releaseButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(m_sandbox->subnetOwner(pick->freeId), qint64(0));
        QCOMPARE(m_recorded.size(), 2);
        delete dialog.data();
    }

    void movesASubnetHereWithProgress()
    {
        startSandbox(1);
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 serverId = otherRunningServer(*m_sandbox, pick->routedOwner);
        QPointer<SubnetsDialog> dialog = new SubnetsDialog(m_subnets.get(), server(serverId));
        dialog->setSettleMs(1'000 + 300);
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0, WaitMs);
        QVERIFY(expand(dialog, dialog->model()->index(0, 0)));
        QVERIFY(dialog->selectSubnet(pick->routedId));
        QVERIFY(!dialog->routeButton()->isEnabled());
        QVERIFY(!dialog->releaseButton()->isEnabled());
        QVERIFY(dialog->moveButton()->isEnabled());
        m_sandbox->clearRequests();

        QSignalSpy finished(dialog.data(), &SubnetsDialog::moveFinished);
        QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->moveButton()->isEnabled());
        // While it waits for the release to settle, the dialog shows it and refuses to close.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->stepTexts().value(1).startsWith(u"Wait for the release to settle (in progress)"_s), WaitMs);
        QVERIFY(dialog->stepTexts().value(0).startsWith(u"Release (done): Released from "_s));
        QVERIFY(dialog->moveProgress() >= 20);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(u"A move is under way"_s));

        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_sandbox->subnetOwner(pick->routedId), serverId);
        QCOMPARE(m_sandbox->requests().size(), 2);
        QCOMPARE(dialog->moveProgress(), 100);
        const QStringList steps = dialog->stepTexts();
        QCOMPARE(steps.size(), 3);
        for (const QString &step : steps)
            QVERIFY2(step.contains(u" (done): "_s), qPrintable(step));
        QCOMPARE(m_recorded.size(), 2); // release and route, each recorded
        QVERIFY(m_recorded.at(0).startsWith(u"Release subnet "_s));
        QVERIFY(m_recorded.at(1).startsWith(u"Route subnet "_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->model()->indexOf(pick->routedId).data(SubnetTreeModel::RoutedHereRole).toBool(), WaitMs);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void subnetErrorsShowInline_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("409") << 409 << u"(409)"_s;
        QTest::newRow("403") << 403 << u"may not use IP Switch (ipswitch)"_s;
        QTest::newRow("404") << 404 << u"Not found (404)"_s;
        QTest::newRow("503") << 503 << u"The Heficed API failed (503)"_s;
    }

    void subnetErrorsShowInline()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        startSandbox();
        const auto pick = pickSubnets(*m_sandbox);
        QVERIFY(pick);
        const qint64 serverId = otherRunningServer(*m_sandbox, pick->routedOwner);
        QPointer<SubnetsDialog> dialog = new SubnetsDialog(m_subnets.get(), server(serverId));
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0, WaitMs);
        QVERIFY(expand(dialog, dialog->model()->index(0, 0)));
        QVERIFY(dialog->selectSubnet(pick->freeId));
        m_sandbox->addFault({Fault::Kind::Status, status, 1, 0, u"/subnets/route/"_s, "POST", 1});
        m_sandbox->clearRequests();

        QSignalSpy finished(dialog.data(), &SubnetsDialog::routingFinished);
        QTest::mouseClick(dialog->routeButton(), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QTest::qWait(300);
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(m_sandbox->subnetOwner(pick->freeId), qint64(0));
        QVERIFY(dialog->routeButton()->isEnabled());
        delete dialog.data();
    }
};

QTEST_MAIN(TestRoutingDialogs)
#include "tst_routingdialogs.moc"
