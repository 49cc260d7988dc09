// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "mainwindow.h"
#include "models/refreshscheduler.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"
#include "serverdetailspane.h"
#include "serverfilterbar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Heficed::Sandbox::SandboxServer;

namespace {

constexpr qint64 fixtureId = 312019;
constexpr int loadTimeoutMs = 20'000;

// A window on a sandbox organisation, with model testers watching the window's models throughout.
struct Session
{
    explicit Session(Sandbox::Options options)
        : sandbox(std::move(options))
    {}

    ConnectionSettings connection() const
    {
        ConnectionSettings settings;
        settings.apiBaseUrl = sandbox.baseUrl();
        settings.tokenUrl = sandbox.tokenUrl();
        settings.timeoutMs = 10'000;
        return settings;
    }

    Credentials credentials() const
    {
        Credentials credentials;
        credentials.organisationId = sandbox.options().tenantId;
        credentials.clientId = sandbox.options().clientId;
        credentials.clientSecret = sandbox.options().clientSecret;
        return credentials;
    }

    void open() { window.setSession(connection(), credentials(), QStringLiteral("Sandbox")); }

    SandboxServer sandbox;
    MainWindow window;
    QAbstractItemModelTester modelTester{window.serverModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{window.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy loads{&window, &MainWindow::loadFinished};
};

Sandbox::Options sandboxOptions(int instances)
{
    Sandbox::Options options;
    options.instances = instances;
    options.actionSeconds = 3600; // no server changes status on its own while a test looks
    return options;
}

QString ipv4Of(const QJsonObject &instance)
{
    return instance.value(u"network").toObject().value(u"v4").toObject().value(u"ipaddress").toString();
}

qint64 firstWithIpv4(const SandboxServer &sandbox)
{
    const QJsonArray instances = sandbox.instancesJson();
    for (const QJsonValue &instance : instances) {
        if (!ipv4Of(instance.toObject()).isEmpty())
            return instance.toObject().value(u"id").toInteger();
    }
    return 0;
}

int proxyRowOf(const MainWindow &window, qint64 id)
{
    const int sourceRow = window.serverModel()->rowForId(id);
    return window.proxyModel()->mapFromSource(window.serverModel()->index(sourceRow, 0)).row();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void unconfiguredWindowSaysSo();
    void loadsEveryPageFromTheSandbox();
    void searchFiltersAsYouType();
    void ctrlCCopiesTheMainAddress();
    void refreshUpdatesInPlaceAndKeepsSelection();
    void failedRefreshKeepsTheListAndOffersRetry();
    void wrongSecretIsReportedWithoutTheSecret();
    void emptyOrganisationSaysSo();
    void autoRefreshFollowsTheSetting();
    void columnLayoutIsRemembered();
    void menusAndAboutBox();
    void switcherAndMenusReportWhatTheUserAsks();
    void noticeOffersItsActions();
    void waitingForCredentialsKeepsTheSameList();

    void statusAndLocationFiltersWithSearch();
    void detailsPaneFollowsTheSelection();
    void refreshKeepsSortScrollAndSelection();
    void failedRefreshMarksTheListStale();
    void minimisedWindowRefreshesLessOften();
    void exportWritesTheRowsShown();
    void headerMenuHidesColumns();

private:
    std::unique_ptr<Session> openSession(int instances);
    bool waitForLoads(Session &session, int count);

    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("HeficedTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("refresh/intervalSeconds"), 0); // refreshes only when a test asks
}

std::unique_ptr<Session> TestMainWindow::openSession(int instances)
{
    auto session = std::make_unique<Session>(sandboxOptions(instances));
    if (!session->sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(session->sandbox.errorString()));
    session->window.show();
    session->open();
    return session;
}

bool TestMainWindow::waitForLoads(Session &session, int count)
{
    return QTest::qWaitFor([&session, count] { return session.loads.size() >= count; }, loadTimeoutMs);
}

void TestMainWindow::unconfiguredWindowSaysSo()
{
    MainWindow window;
    window.show();

    QVERIFY(!window.hasSession());
    QVERIFY(window.isBannerShown());
    QCOMPARE(window.bannerText(),
             QStringLiteral("No organisation is configured yet, so there are no servers to show."));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("retryButton"))->isHidden());
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("placeholderPage"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("placeholderText"))->text(),
             QStringLiteral("Not connected to an organisation."));
    QCOMPARE(window.statusLine(), QString());

    // Refresh has nothing to do and does nothing.
    QSignalSpy loads(&window, &MainWindow::loadFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.isLoading());
    QCOMPARE(loads.size(), 0);

    window.showUnconfigured(QStringLiteral("Acme"));
    QCOMPARE(window.bannerText(),
             QStringLiteral("The organisation Acme is not configured yet, so there are no servers to show."));
}

void TestMainWindow::loadsEveryPageFromTheSandbox()
{
    auto session = openSession(450);
    MainWindow &window = session->window;
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    QVERIFY(window.isLoading());
    QVERIFY(progress->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("placeholderText"))->text(),
             QStringLiteral("Loading the servers of Sandbox…"));

    QVERIFY(waitForLoads(*session, 1));
    QCOMPARE(session->loads.first().first().toBool(), true);
    QCOMPARE(window.serverModel()->rowCount(), 451);
    QCOMPARE(window.proxyModel()->rowCount(), 451);
    const int row = window.serverModel()->rowForId(fixtureId);
    QVERIFY(row >= 0);
    QCOMPARE(window.serverModel()->instance(row).hostname, QStringLiteral("hhVyA97bBk"));
    QCOMPARE(window.statusLine(), QStringLiteral("451 of 451 servers"));

    // Three pages of at most 200, with progress up to the total.
    QCOMPARE(session->sandbox.requestCount("GET", QStringLiteral("/kronoscloud/instances")), 3);
    QVERIFY(!progress->isVisible());
    QCOMPARE(progress->maximum(), 451);
    QCOMPARE(progress->value(), 451);
    QVERIFY(!window.isBannerShown());
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("tablePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Sandbox – Heficed Panel"));
}

void TestMainWindow::searchFiltersAsYouType()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+F from the table puts the cursor in the search field.
    window.serverView()->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), window.searchField());

    QTest::keyClicks(window.searchField(), QStringLiteral("hhvya97"));
    QCOMPARE(window.proxyModel()->rowCount(), 1);
    QCOMPARE(window.proxyModel()->index(0, ServerTableModel::Hostname).data().toString(), QStringLiteral("hhVyA97bBk"));
    QCOMPARE(window.statusLine(), QStringLiteral("1 of 451 servers"));

    // A generated server's IPv4 address finds exactly that server.
    const qint64 otherId = firstWithIpv4(session->sandbox);
    const QString address = ipv4Of(session->sandbox.instanceJson(otherId));
    QVERIFY(!address.isEmpty());
    window.searchField()->clear();
    QCOMPARE(window.statusLine(), QStringLiteral("451 of 451 servers"));
    QTest::keyClicks(window.searchField(), address);
    QVERIFY(window.proxyModel()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < window.proxyModel()->rowCount(); ++row)
        found |= window.proxyModel()->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong() == otherId;
    QVERIFY(found);
    QCOMPARE(window.statusLine(), QStringLiteral("%1 of 451 servers").arg(window.proxyModel()->rowCount()));

    QTest::keyClicks(window.searchField(), QStringLiteral("no-such-server"));
    QCOMPARE(window.proxyModel()->rowCount(), 0);
    QCOMPARE(window.statusLine(), QStringLiteral("0 of 451 servers"));
}

void TestMainWindow::ctrlCCopiesTheMainAddress()
{
    auto session = openSession(10);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.serverView()->setFocus();
    window.serverView()->selectRow(proxyRowOf(window, fixtureId));
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(window.serverView(), QKeySequence::Copy);
    // The fixture's server has no IPv4 address, so its IPv6 address is the main one.
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("2a03:fbc6:1:829a::"));

    const qint64 otherId = firstWithIpv4(session->sandbox);
    QVERIFY(otherId > 0);
    window.serverView()->selectRow(proxyRowOf(window, otherId));
    QTest::keySequence(window.serverView(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), ipv4Of(session->sandbox.instanceJson(otherId)));
}

void TestMainWindow::refreshUpdatesInPlaceAndKeepsSelection()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    window.serverView()->selectRow(proxyRowOf(window, fixtureId));

    session->sandbox.setInstanceStatus(fixtureId, QStringLiteral("stopped"));
    ServerTableModel *model = window.serverModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isLoading());
    QVERIFY(waitForLoads(*session, 2));

    QCOMPARE(changed.size(), 1);
    const int row = model->rowForId(fixtureId);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model->index(row, ServerTableModel::Status));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), model->index(row, ServerTableModel::Status));
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(model->index(row, ServerTableModel::Status).data().toString(), QStringLiteral("stopped"));

    const QModelIndexList selected = window.serverView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ServerTableModel::InstanceIdRole).toLongLong(), fixtureId);
}

void TestMainWindow::failedRefreshKeepsTheListAndOffersRetry()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;

    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::Status;
    fault.status = 503;
    fault.pathContains = QStringLiteral("/kronoscloud/instances");
    session->sandbox.addFault(fault);
    window.refresh();
    QVERIFY(waitForLoads(*session, 2));

    QCOMPARE(session->loads.at(1).first().toBool(), false);
    QVERIFY(window.isBannerShown());
    QVERIFY2(window.bannerText().startsWith(QStringLiteral("The Heficed API failed (503). Try again in a moment.")),
             qPrintable(window.bannerText()));
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    QCOMPARE(window.serverModel()->rowCount(), 451);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("tablePage"));

    session->sandbox.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitForLoads(*session, 3));
    QCOMPARE(session->loads.at(2).first().toBool(), true);
    QVERIFY(!window.isBannerShown());
    QCOMPARE(window.serverModel()->rowCount(), 451);
}

void TestMainWindow::wrongSecretIsReportedWithoutTheSecret()
{
    auto session = std::make_unique<Session>(sandboxOptions(5));
    QVERIFY(session->sandbox.listen());
    Credentials credentials = session->credentials();
    credentials.clientSecret = QStringLiteral("NotTheSecret42");
    session->window.show();
    session->window.setSession(session->connection(), credentials, QStringLiteral("Sandbox"));
    QVERIFY(waitForLoads(*session, 1));

    MainWindow &window = session->window;
    QCOMPARE(session->loads.first().first().toBool(), false);
    QVERIFY(window.isBannerShown());
    QVERIFY(!window.bannerText().isEmpty());
    QVERIFY2(!window.bannerText().contains(u"NotTheSecret42"), qPrintable(window.bannerText()));
    QCOMPARE(window.serverModel()->rowCount(), 0);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("placeholderText"))->text(),
             QStringLiteral("The servers of Sandbox could not be loaded."));

    // The right credentials replace the session; the banner goes.
    window.setSession(session->connection(), session->credentials(), QStringLiteral("Sandbox"));
    QVERIFY(waitForLoads(*session, 2));
    QCOMPARE(window.serverModel()->rowCount(), 6);
    QVERIFY(!window.isBannerShown());
}

void TestMainWindow::emptyOrganisationSaysSo()
{
    Sandbox::Options options = sandboxOptions(0);
    options.actionSeconds = 1;
    auto session = std::make_unique<Session>(options);
    QVERIFY(session->sandbox.listen());
    session->window.show();
    session->open();
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QCOMPARE(window.statusLine(), QStringLiteral("1 of 1 server"));

    // Cancel the only server through the API, as another client would.
    ApiClient client(session->connection());
    client.setCredentials(session->credentials());
    InstanceService service(&client);
    auto status = std::make_shared<int>(0);
    service.perform(fixtureId, InstanceService::Action::CancelImmediately, QStringLiteral("test"), this,
                    [status](const ApiResult<ApiResponse> &result) { *status = result.ok() ? 1 : -1; });
    QTRY_COMPARE_WITH_TIMEOUT(*status, 1, loadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->sandbox.instanceIds().isEmpty(), loadTimeoutMs);

    window.refresh();
    QVERIFY(waitForLoads(*session, 2));
    QCOMPARE(window.serverModel()->rowCount(), 0);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("placeholderPage"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("placeholderText"))->text(),
             QStringLiteral("Sandbox has no cloud servers yet."));
    QCOMPARE(window.statusLine(), QStringLiteral("0 of 0 servers"));
    QVERIFY(!window.isBannerShown());
}

void TestMainWindow::autoRefreshFollowsTheSetting()
{
    QSettings().setValue(QStringLiteral("refresh/intervalSeconds"), 1);
    auto session = openSession(5);
    QVERIFY(waitForLoads(*session, 1));

    // Nothing but the timer asks again.
    QVERIFY(waitForLoads(*session, 3));
    QCOMPARE(session->sandbox.requestCount("GET", QStringLiteral("/kronoscloud/instances")), session->loads.size());
}

void TestMainWindow::columnLayoutIsRemembered()
{
    int hostnameWidth = 0;
    {
        MainWindow window;
        QHeaderView *header = window.serverView()->horizontalHeader();
        hostnameWidth = header->sectionSize(ServerTableModel::Hostname) + 57;
        header->resizeSection(ServerTableModel::Hostname, hostnameWidth);
        header->moveSection(header->visualIndex(ServerTableModel::Price), 0);
        window.serverView()->sortByColumn(ServerTableModel::Memory, Qt::DescendingOrder);
        window.show();
        window.close();
    }

    MainWindow window;
    QHeaderView *header = window.serverView()->horizontalHeader();
    QCOMPARE(header->sectionSize(ServerTableModel::Hostname), hostnameWidth);
    QCOMPARE(header->logicalIndex(0), int(ServerTableModel::Price));
    QCOMPARE(window.proxyModel()->sortColumn(), int(ServerTableModel::Memory));
    QCOMPARE(window.proxyModel()->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::menusAndAboutBox()
{
    MainWindow window;
    window.show();
    QStringList menus;
    const QList<QAction *> entries = window.menuBar()->actions();
    for (const QAction *entry : entries)
        menus.append(entry->text());
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Organisation"_s, u"&Server"_s, u"&View"_s, u"&Help"_s}));
    QCOMPARE(window.findChild<QAction *>(u"actionRefresh"_s)->shortcut(), QKeySequence(Qt::Key_F5));

    // The About box opens without an event loop of its own and names the versions.
    window.findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *about = window.findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(about && about->isVisible());
    QVERIFY2(about->text().contains(u"Heficed Panel " HEFICED_VERSION ""_s), qPrintable(about->text()));
    QVERIFY(about->text().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY(about->text().contains(u"QtKeychain 0."_s));
    about->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"aboutBox"_s));

    window.findChild<QAction *>(u"actionQuit"_s)->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::switcherAndMenusReportWhatTheUserAsks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QComboBox *switcher = window.organisationSwitcher();
    QCOMPARE(switcher->accessibleName(), u"Organisation"_s);
    QVERIFY(!switcher->isEnabled());
    auto *edit = window.findChild<QAction *>(u"actionEditOrganisation"_s);
    QVERIFY(!edit->isEnabled());

    window.setOrganisations({{u"key-a"_s, u"Alpha"_s}, {u"key-b"_s, u"Beta"_s}}, u"key-b"_s);
    QVERIFY(switcher->isEnabled());
    QCOMPARE(switcher->currentText(), u"Beta"_s);
    QVERIFY(edit->isEnabled());

    QSignalSpy chosen(&window, &MainWindow::organisationChosen);
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Up);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"key-a"_s);

    QSignalSpy add(&window, &MainWindow::addOrganisationRequested);
    QSignalSpy editing(&window, &MainWindow::editOrganisationRequested);
    QSignalSpy manage(&window, &MainWindow::manageOrganisationsRequested);
    window.findChild<QAction *>(u"actionAddOrganisation"_s)->trigger();
    edit->trigger();
    window.findChild<QAction *>(u"actionManageOrganisations"_s)->trigger();
    QCOMPARE(add.size() + editing.size() + manage.size(), 3);

    window.setOrganisations({}, {});
    QCOMPARE(switcher->count(), 0);
    QVERIFY(!switcher->isEnabled());
    QVERIFY(!edit->isEnabled());
}

void TestMainWindow::noticeOffersItsActions()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.noticeText(), QString());
    auto *action = window.findChild<QPushButton *>(u"noticeActionButton"_s);
    auto *retry = window.findChild<QPushButton *>(u"noticeRetryButton"_s);

    window.showNotice(MainWindow::NoticeKind::Warning, u"The keychain is locked."_s, u"Go On"_s, true);
    QCOMPARE(window.noticeText(), u"The keychain is locked."_s);
    QVERIFY(action->isVisible() && retry->isVisible());
    QCOMPARE(action->text(), u"Go On"_s);
    QVERIFY(window.isBannerShown()); // the notice stands beside the window's own banner

    QSignalSpy acted(&window, &MainWindow::noticeActionTriggered);
    QSignalSpy retried(&window, &MainWindow::noticeRetryTriggered);
    QTest::mouseClick(action, Qt::LeftButton);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(acted.size(), 1);
    QCOMPARE(retried.size(), 1);

    window.showNotice(MainWindow::NoticeKind::Information, u"Only a word."_s);
    QVERIFY(action->isHidden() && retry->isHidden());
    window.clearNotice();
    QCOMPARE(window.noticeText(), QString());
}

void TestMainWindow::waitingForCredentialsKeepsTheSameList()
{
    auto session = openSession(5);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;

    // Reading the same organisation's credentials again keeps its list on screen.
    window.showWithoutSession(u"Sandbox"_s, u"Reading the credentials of Sandbox from the keychain…"_s);
    QVERIFY(!window.hasSession());
    QCOMPARE(window.serverModel()->rowCount(), 6);
    QCOMPARE(window.statusBar()->currentMessage(), u"Reading the credentials of Sandbox from the keychain…"_s);
    session->open();
    QVERIFY(waitForLoads(*session, 2));
    QCOMPARE(window.serverModel()->rowCount(), 6);
    QCOMPARE(window.statusBar()->currentMessage(), QString());

    // Another organisation's list goes at once, and the reason stands in its place.
    window.showWithoutSession(u"Other"_s, u"No credentials are stored for Other."_s);
    QCOMPARE(window.serverModel()->rowCount(), 0);
    QCOMPARE(window.placeholderText(), u"No credentials are stored for Other."_s);
    QCOMPARE(window.windowTitle(), u"Other – Heficed Panel"_s);
    window.setOrganisationName(u"Renamed"_s);
    QCOMPARE(window.windowTitle(), u"Renamed – Heficed Panel"_s);
}

// Counts the sandbox's servers whose `key` (or `key`.`subKey`) is `value`.
static int countInSandbox(const SandboxServer &sandbox, const QString &key, const QString &subKey, const QString &value)
{
    int count = 0;
    const QJsonArray all = sandbox.instancesJson();
    for (const QJsonValue &item : all) {
        const QJsonValue field = item.toObject().value(key);
        count += (subKey.isEmpty() ? field.toString() : field.toObject().value(subKey).toString()) == value ? 1 : 0;
    }
    return count;
}

void TestMainWindow::statusAndLocationFiltersWithSearch()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QComboBox *status = window.filterBar()->statusBox();
    QComboBox *location = window.filterBar()->locationBox();
    QTRY_VERIFY(status->findData(QStringLiteral("migrating")) > 0);

    // The user picks "stopped" in the status list.
    status->setCurrentIndex(status->findData(QStringLiteral("stopped")));
    const int stopped = countInSandbox(session->sandbox, QStringLiteral("status"), {}, QStringLiteral("stopped"));
    QVERIFY(stopped > 50);
    QCOMPARE(window.proxyModel()->rowCount(), stopped);
    QCOMPARE(window.statusLine(), QStringLiteral("%1 of 451 servers").arg(stopped));

    // Then "running" and London: the fixture's server is among them, and the search finds it alone.
    status->setCurrentIndex(status->findData(QStringLiteral("running")));
    location->setCurrentIndex(location->findData(QStringLiteral("uk-lon1")));
    QCOMPARE(location->currentText(), QStringLiteral("London, United Kingdom"));
    const int londonRunning = window.proxyModel()->rowCount();
    QVERIFY(londonRunning > 1);
    QVERIFY(londonRunning < countInSandbox(session->sandbox, QStringLiteral("location"), QStringLiteral("id"),
                                           QStringLiteral("uk-lon1")));
    for (int row = 0; row < londonRunning; ++row) {
        const QModelIndex index = window.proxyModel()->index(row, ServerTableModel::Location);
        QCOMPARE(index.data().toString(), QStringLiteral("London, United Kingdom"));
        QCOMPARE(index.data(ServerTableModel::StatusRole).toString(), QStringLiteral("running"));
    }

    window.searchField()->setFocus();
    QTest::keyClicks(window.searchField(), QStringLiteral("hhvya"));
    QCOMPARE(window.proxyModel()->rowCount(), 1);
    QCOMPARE(window.statusLine(), QStringLiteral("1 of 451 servers"));
    QCOMPARE(window.serverView()->model()->rowCount(), 1);

    // Back to everything.
    window.searchField()->clear();
    status->setCurrentIndex(0);
    location->setCurrentIndex(0);
    QCOMPARE(window.statusLine(), QStringLiteral("451 of 451 servers"));
}

void TestMainWindow::detailsPaneFollowsTheSelection()
{
    auto session = openSession(20);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    ServerDetailsPane *pane = window.detailsPane();
    QVERIFY(pane->isVisible());
    QVERIFY(!pane->hasInstance());

    window.serverView()->selectRow(proxyRowOf(window, fixtureId));
    QCOMPARE(pane->instanceId(), fixtureId);
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("hostnameValue"))->text(), QStringLiteral("hhVyA97bBk"));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("statusValue"))->text(), QStringLiteral("running"));

    // A refresh brings the new status into the pane, and the revealed password stays revealed.
    pane->setPasswordRevealed(true);
    session->sandbox.setInstanceStatus(fixtureId, QStringLiteral("stopped"));
    window.refresh();
    QVERIFY(waitForLoads(*session, 2));
    QCOMPARE(pane->instanceId(), fixtureId);
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("statusValue"))->text(), QStringLiteral("stopped"));
    QVERIFY(pane->isPasswordRevealed());

    // Two rows: no single server to show.
    window.serverView()->selectionModel()->select(window.serverView()->model()->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.serverView()->selectionModel()->select(window.serverView()->model()->index(1, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!pane->hasInstance());
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("emptyText"))->text(), QStringLiteral("2 servers selected."));

    // Copy messages reach the status bar.
    window.serverView()->selectRow(proxyRowOf(window, fixtureId));
    QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("copyIdButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("312019"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied the server ID."));
}

void TestMainWindow::refreshKeepsSortScrollAndSelection()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QTableView *view = window.serverView();
    view->sortByColumn(ServerTableModel::Memory, Qt::DescendingOrder);

    // A row in the middle, scrolled into view.
    const int row = 200;
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const qint64 selectedId = view->model()->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong();
    const int scroll = view->verticalScrollBar()->value();
    const int horizontal = view->horizontalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Another server changes status; the list comes again.
    const qint64 otherId = view->model()->index(10, 0).data(ServerTableModel::InstanceIdRole).toLongLong();
    session->sandbox.setInstanceStatus(otherId, QStringLiteral("suspended"));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(waitForLoads(*session, 2));
    QCOMPARE(window.serverModel()->instance(window.serverModel()->rowForId(otherId)).status,
             QStringLiteral("suspended"));

    QCOMPARE(window.proxyModel()->sortColumn(), int(ServerTableModel::Memory));
    QCOMPARE(window.proxyModel()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->horizontalScrollBar()->value(), horizontal);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
    QCOMPARE(selected.first().data(ServerTableModel::InstanceIdRole).toLongLong(), selectedId);
    QCOMPARE(window.detailsPane()->instanceId(), selectedId);
}

void TestMainWindow::failedRefreshMarksTheListStale()
{
    QSettings().setValue(QStringLiteral("refresh/intervalSeconds"), 30);
    auto session = openSession(20);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    RefreshScheduler *scheduler = window.refreshScheduler();
    QVERIFY(!window.isStale());
    QCOMPARE(scheduler->interval(), std::chrono::milliseconds(30'000));
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(30'000));
    const QTime loadedAt = QTime::currentTime();

    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::Status;
    fault.status = 503;
    fault.pathContains = QStringLiteral("/kronoscloud/instances");
    session->sandbox.addFault(fault);
    window.refresh();
    QVERIFY(waitForLoads(*session, 2));

    // The list stays, says since when it is stale, and the next try waits twice as long.
    QVERIFY(window.isStale());
    QCOMPARE(window.serverModel()->rowCount(), 21);
    const QString since = QLocale().toString(loadedAt, QLocale::ShortFormat);
    const QString sinceLater = QLocale().toString(loadedAt.addSecs(60), QLocale::ShortFormat);
    QVERIFY2(window.statusLine() == QStringLiteral("21 of 21 servers · stale since %1").arg(since) ||
                 window.statusLine() == QStringLiteral("21 of 21 servers · stale since %1").arg(sinceLater),
             qPrintable(window.statusLine()));
    QCOMPARE(scheduler->failuresInARow(), 1);
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(60'000));
    QVERIFY(scheduler->isScheduled());

    window.refresh();
    QVERIFY(waitForLoads(*session, 3));
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(120'000));

    session->sandbox.clearFaults();
    window.refresh();
    QVERIFY(waitForLoads(*session, 4));
    QVERIFY(!window.isStale());
    QCOMPARE(window.statusLine(), QStringLiteral("21 of 21 servers"));
    QCOMPARE(scheduler->failuresInARow(), 0);
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(30'000));
}

void TestMainWindow::minimisedWindowRefreshesLessOften()
{
    QSettings().setValue(QStringLiteral("refresh/intervalSeconds"), 30);
    auto session = openSession(5);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    RefreshScheduler *scheduler = window.refreshScheduler();

    window.setWindowState(Qt::WindowMinimized);
    QTRY_VERIFY(scheduler->isMinimised());
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(120'000));
    QVERIFY(scheduler->remaining() > std::chrono::milliseconds(100'000));

    window.setWindowState(Qt::WindowNoState);
    QTRY_VERIFY(!scheduler->isMinimised());
    QCOMPARE(scheduler->currentDelay(), std::chrono::milliseconds(30'000));
    QVERIFY(scheduler->remaining() <= std::chrono::milliseconds(30'000));
}

void TestMainWindow::exportWritesTheRowsShown()
{
    auto session = openSession(450);
    QVERIFY(waitForLoads(*session, 1));
    MainWindow &window = session->window;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    window.searchField()->setText(QStringLiteral("centos"));
    const int shown = window.proxyModel()->rowCount();
    QVERIFY(shown > 1 && shown < 451);
    window.serverView()->horizontalHeader()->setSectionHidden(ServerTableModel::IPv6, true);

    // File > Export… asks where, through a dialog opened without an event loop of its own.
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(exportAction);
    exportAction->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString csvPath = dir.filePath(QStringLiteral("servers.csv"));
    dialog->selectFile(csvPath);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // the header line, a line per row, and the empty rest after the last CRLF
    QVERIFY(lines.first().startsWith("Status,Hostname,ID,IPv4,Location,"));
    QVERIFY(lines.at(1).contains(window.proxyModel()->index(0, ServerTableModel::Hostname).data().toString().toUtf8()));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported %1 servers to ").arg(shown)));

    const QString jsonPath = dir.filePath(QStringLiteral("servers.json"));
    QVERIFY(window.exportServers(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray contents = json.readAll();
    QCOMPARE(QJsonDocument::fromJson(contents).array().size(), shown);
    QVERIFY(!contents.contains("Xk7pQ2mRv9Lw"));

    QVERIFY(!window.exportServers(dir.filePath(QStringLiteral("missing/servers.csv"))));
    QVERIFY(window.isBannerShown());
    QVERIFY(window.bannerText().startsWith(QStringLiteral("The servers could not be written to servers.csv")));
}

void TestMainWindow::headerMenuHidesColumns()
{
    MainWindow window;
    QHeaderView *header = window.serverView()->horizontalHeader();
    auto *menu = header->findChild<QMenu *>(QStringLiteral("columnMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), int(ServerTableModel::ColumnCount));
    QCOMPARE(actions.at(ServerTableModel::Price)->text(), QStringLiteral("Price"));

    Q_EMIT menu->aboutToShow();
    QVERIFY(actions.at(ServerTableModel::Price)->isChecked());
    actions.at(ServerTableModel::Price)->trigger();
    QVERIFY(header->isSectionHidden(ServerTableModel::Price));
    actions.at(ServerTableModel::Price)->trigger();
    QVERIFY(!header->isSectionHidden(ServerTableModel::Price));

    // The last visible column stays.
    for (int column = 0; column < ServerTableModel::ColumnCount; ++column)
        actions.at(column)->setChecked(false);
    QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
