// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and its session controller as the application wires them: the first run asks
// for credentials (typed with real key events), saves them to the real keychain (gnome-keyring in
// the private session of scripts/test-session.sh) and lists the servers of an in-process sandbox
// over loopback HTTP; a restart then lists them without asking. Also the organisation switcher,
// --organisation, removing organisations and a missing keychain entry. Run by
// tests/credentials/without-keychain.sh, it checks the keychain problem and "this session only".
#include "../common/logcapture.h"
#include "../credentials/credentialtesthelpers.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "organisationsdialog.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Heficed;
using State = SessionController::State;

namespace {

constexpr int WaitMs = 20'000;
const QString TestService = u"com.heficed.Panel.tests.session"_s;
const QString RootPassword = u"Xk7pQ2mRv9Lw"_s; // the sandbox's root password: must never reach a log

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qFatal("No child %s", name);
    return object;
}

// The second organisation: an API application of its own on a sandbox of its own.
Sandbox::Options stagingOptions()
{
    Sandbox::Options options;
    options.instances = 4;
    options.seed = 7;
    options.clientId = u"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"_s;
    options.clientSecret = u"StgSecret3Vn8"_s;
    options.tenantId = u"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f"_s;
    return options;
}

// Counts every credentials dialog that appears, however briefly.
class DialogWatcher : public QObject
{
public:
    DialogWatcher() { qApp->installEventFilter(this); }
    ~DialogWatcher() override { qApp->removeEventFilter(this); }
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && qobject_cast<CredentialsDialog *>(watched))
            ++shown;
        return false;
    }
};

// One start of the panel: a window and its controller on the application's settings.
struct Panel
{
    explicit Panel(const SessionOptions &options)
        : controller(&window, options)
    {
        window.show();
        controller.start();
    }

    bool waitForLoad(int count = 1)
    {
        return QTest::qWaitFor([this, count] { return loads.size() >= count; }, WaitMs) &&
               loads.at(count - 1).at(0).toBool();
    }

    bool waitForState(State state)
    {
        return QTest::qWaitFor([this, state] { return controller.state() == state; }, WaitMs);
    }

    MainWindow window;
    SessionController controller;
    QSignalSpy loads{&window, &MainWindow::loadFinished};
};

void typeInto(QWidget *dialog, const char *field, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QPushButton *saveButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
}

QStringList switcherEntries(const MainWindow &window)
{
    QStringList entries;
    for (int i = 0; i < window.organisationSwitcher()->count(); ++i)
        entries.append(window.organisationSwitcher()->itemText(i));
    return entries;
}

QSet<qint64> listedIds(const MainWindow &window)
{
    QSet<qint64> ids;
    for (int row = 0; row < window.serverModel()->rowCount(); ++row)
        ids.insert(window.serverModel()->instance(row).id);
    return ids;
}

QSet<qint64> idsOf(const Sandbox::SandboxServer &sandbox)
{
    const QList<qint64> ids = sandbox.instanceIds();
    return {ids.cbegin(), ids.cend()};
}

// Settings in a folder of the test's own, never the user's: set before any QSettings exists.
void useTemporarySettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(u"HeficedTests"_s);
    QCoreApplication::setApplicationName(u"tst_sessioncontroller"_s);
    QSettings().setValue(u"refresh/intervalSeconds"_s, 0); // loads only when a test asks
}

// Every file under `dir`, read whole, for the scan for secrets.
QByteArray allFilesUnder(const QString &dir)
{
    QByteArray contents;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            contents += file.readAll();
    }
    return contents;
}

QString firstFound(const QByteArray &haystack, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!needle.isEmpty() && haystack.contains(needle.toUtf8()))
            return needle;
    }
    return {};
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunAsksThenRestartAsksNothing();
    void connectionLayersCommandLineLast();
    void switcherFollowsTheOrganisation();
    void columnLayoutIsKeptPerOrganisation();
    void commandLineChoosesTheOrganisation();
    void missingKeychainEntryAsksAgain();
    void removingOrganisationsSwitchesThenStartsOver();
    void cleanupTestCase();

private:
    SessionOptions optionsFor(const Sandbox::SandboxServer *sandbox) const;
    OrganisationProfile seedOrganisation(const QString &name, const Sandbox::SandboxServer &sandbox,
                                         bool withKeychainEntry);

    std::unique_ptr<LogCapture> m_log; // made in initTestCase, after QTest installed its own handler
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Sandbox::SandboxServer> m_production;
    std::unique_ptr<Sandbox::SandboxServer> m_staging;
    std::unique_ptr<CredentialStore> m_keychain; // the tests' own view of the entries
};

void TestSessionController::initTestCase()
{
    m_log = std::make_unique<LogCapture>();
    QVERIFY(m_settingsDir.isValid());
    useTemporarySettings(m_settingsDir);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    Sandbox::Options production;
    production.instances = 12;
    m_production = std::make_unique<Sandbox::SandboxServer>(production);
    QVERIFY2(m_production->listen(), qPrintable(m_production->errorString()));
    m_staging = std::make_unique<Sandbox::SandboxServer>(stagingOptions());
    QVERIFY2(m_staging->listen(), qPrintable(m_staging->errorString()));
    m_keychain = std::make_unique<CredentialStore>(nullptr, TestService);
}

// `sandbox` as --api-url and --token-url would give it; nullptr for no such options.
SessionOptions TestSessionController::optionsFor(const Sandbox::SandboxServer *sandbox) const
{
    SessionOptions options;
    options.connection.timeoutMs = 10'000;
    options.keychainService = TestService;
    if (sandbox) {
        options.apiUrl = sandbox->baseUrl();
        options.tokenUrl = sandbox->tokenUrl();
    }
    return options;
}

// An organisation whose stored endpoint choice is `sandbox`, as a later start would find it.
OrganisationProfile TestSessionController::seedOrganisation(const QString &name, const Sandbox::SandboxServer &sandbox,
                                                            bool withKeychainEntry)
{
    OrganisationProfile profile;
    profile.key = OrganisationProfile::newKey();
    profile.name = name;
    profile.clientId = sandbox.options().clientId;
    profile.apiBaseUrl = sandbox.baseUrl();
    profile.tokenUrl = sandbox.tokenUrl();
    if (withKeychainEntry) {
        const KeychainError error = CredentialTest::save(*m_keychain, profile, sandbox.options().tenantId,
                                                         sandbox.options().clientSecret, this);
        if (error.isError())
            qFatal("Seeding the keychain failed: %s", qPrintable(error.message));
    }
    OrganisationStore(nullptr).save(profile);
    return profile;
}

void TestSessionController::firstRunAsksThenRestartAsksNothing()
{
    const Sandbox::Options &sandbox = m_production->options();
    const int servers = int(m_production->instanceIds().size());
    {
        Panel panel(optionsFor(m_production.get()));
        QCOMPARE(panel.controller.state(), State::FirstRun);
        QCOMPARE(panel.window.bannerText(), u"No organisation is configured yet, so there are no servers to show."_s);
        QVERIFY(!panel.window.organisationSwitcher()->isEnabled());

        CredentialsDialog *dialog = panel.controller.credentialsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->isEditing());
        QCOMPARE(dialog->parentWidget(), &panel.window);

        typeInto(dialog, "nameEdit", u"Production"_s);
        typeInto(dialog, "organisationIdEdit", sandbox.tenantId);
        typeInto(dialog, "clientIdEdit", sandbox.clientId);
        typeInto(dialog, "secretEdit", sandbox.clientSecret);

        QSignalSpy tested(dialog, &CredentialsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(WaitMs));
        QCOMPARE(tested.at(0).at(0).value<CredentialsDialog::TestOutcome>(), CredentialsDialog::TestOutcome::Connected);
        QVERIFY2(tested.at(0).at(1).toString().startsWith(u"Connected: %1 server"_s.arg(servers)),
                 qPrintable(tested.at(0).at(1).toString()));

        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(panel.waitForLoad());
        QCOMPARE(panel.controller.state(), State::Open);
        QCOMPARE(panel.window.serverModel()->rowCount(), servers);
        QCOMPARE(listedIds(panel.window), idsOf(*m_production));
        QCOMPARE(panel.window.windowTitle(), u"Production – Heficed Panel"_s);
        QVERIFY(!panel.window.isBannerShown());
        QCOMPARE(switcherEntries(panel.window), QStringList{u"Production"_s});
        QCOMPARE(panel.window.organisationSwitcher()->currentText(), u"Production"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.controller.credentialsDialog(), WaitMs); // deleted on close

        // The settings name the organisation; its ID and secret are in the keychain only.
        QSettings().sync();
        const QByteArray stored = allFilesUnder(m_settingsDir.path());
        QVERIFY(stored.contains("Production"));
        QCOMPARE(firstFound(stored, {sandbox.clientSecret, sandbox.tenantId}), QString());
    }

    // The restart: a new window and controller on the same settings and keychain.
    DialogWatcher dialogs;
    const int listRequests = m_production->requestCount("GET", u"/kronoscloud/instances"_s);
    Panel panel(optionsFor(m_production.get()));
    QCOMPARE(panel.controller.state(), State::ReadingCredentials);
    QVERIFY(!panel.window.hasSession());
    QCOMPARE(panel.window.placeholderText(), u"Reading the credentials of Production from the keychain…"_s);
    QCOMPARE(panel.window.windowTitle(), u"Production – Heficed Panel"_s);

    QVERIFY(panel.waitForLoad());
    QCOMPARE(panel.controller.state(), State::Open);
    QCOMPARE(panel.window.serverModel()->rowCount(), servers);
    QCOMPARE(m_production->requestCount("GET", u"/kronoscloud/instances"_s), listRequests + 1);
    QCOMPARE(dialogs.shown, 0);
    QVERIFY(!panel.controller.credentialsDialog());
    QVERIFY(panel.window.findChildren<CredentialsDialog *>().isEmpty());
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows)
        QVERIFY2(!qobject_cast<const CredentialsDialog *>(window) || !window->isVisible(), "A dialog asked");
}

// The defaults, then the organisation's stored endpoints, then --api-url and --token-url.
void TestSessionController::connectionLayersCommandLineLast()
{
    OrganisationProfile profile;
    profile.apiBaseUrl = QUrl(u"https://gateway.example.net/api"_s);

    MainWindow window;
    SessionOptions options = optionsFor(nullptr);
    options.connection.timeoutMs = 7'000;
    SessionController plain(&window, options);
    QCOMPARE(plain.connectionFor({}).apiBaseUrl, QUrl(u"https://api.heficed.com"_s));
    QCOMPARE(plain.connectionFor(profile).apiBaseUrl, profile.apiBaseUrl);
    QCOMPARE(plain.connectionFor(profile).tokenUrl, QUrl(u"https://iam-proxy.heficed.com/oauth2/token"_s));
    QCOMPARE(plain.connectionFor(profile).timeoutMs, 7'000);

    options.apiUrl = m_production->baseUrl();
    SessionController overridden(&window, options);
    QCOMPARE(overridden.connectionFor(profile).apiBaseUrl, m_production->baseUrl());
    QCOMPARE(overridden.connectionFor(profile).tokenUrl, QUrl(u"https://iam-proxy.heficed.com/oauth2/token"_s));
}

void TestSessionController::switcherFollowsTheOrganisation()
{
    // Production now keeps its endpoints in its profile, so no command-line option is needed.
    OrganisationStore store(nullptr);
    OrganisationProfile production = *store.findByName(u"Production"_s);
    production.apiBaseUrl = m_production->baseUrl();
    production.tokenUrl = m_production->tokenUrl();
    store.save(production);
    const OrganisationProfile staging = seedOrganisation(u"Staging"_s, *m_staging, true);

    Panel panel(optionsFor(nullptr));
    QVERIFY(panel.waitForLoad());
    QCOMPARE(panel.window.organisationName(), u"Production"_s);
    QCOMPARE(switcherEntries(panel.window), (QStringList{u"Production"_s, u"Staging"_s}));
    QCOMPARE(panel.window.organisationSwitcher()->accessibleName(), u"Organisation"_s);

    QComboBox *switcher = panel.window.organisationSwitcher();
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(panel.controller.organisations()->currentKey(), staging.key);
    QCOMPARE(panel.window.serverModel()->rowCount(), 0); // another organisation's list never shows
    QCOMPARE(panel.window.placeholderText(), u"Reading the credentials of Staging from the keychain…"_s);
    QVERIFY(panel.waitForLoad(2));
    QCOMPARE(panel.window.windowTitle(), u"Staging – Heficed Panel"_s);
    QCOMPARE(listedIds(panel.window), idsOf(*m_staging));

    QTest::keyClick(switcher, Qt::Key_Up);
    QVERIFY(panel.waitForLoad(3));
    QCOMPARE(listedIds(panel.window), idsOf(*m_production));

    // Two switches in a row: the keychain answer for the one left at once is ignored.
    const int stagingRequests = m_staging->requestCount("GET", u"/kronoscloud/instances"_s);
    QTest::keyClick(switcher, Qt::Key_Down);
    QTest::keyClick(switcher, Qt::Key_Up);
    QVERIFY(panel.waitForLoad(4));
    QTest::qWait(300); // room for a stale answer to do harm
    QCOMPARE(panel.loads.size(), 4);
    QCOMPARE(panel.window.windowTitle(), u"Production – Heficed Panel"_s);
    QCOMPARE(listedIds(panel.window), idsOf(*m_production));
    QCOMPARE(m_staging->requestCount("GET", u"/kronoscloud/instances"_s), stagingRequests);
    QCOMPARE(panel.controller.organisations()->currentKey(), production.key);
}

void TestSessionController::columnLayoutIsKeptPerOrganisation()
{
    OrganisationStore store(nullptr);
    OrganisationProfile production = *store.findByName(u"Production"_s);
    production.apiBaseUrl = m_production->baseUrl();
    production.tokenUrl = m_production->tokenUrl();
    store.save(production);
    if (!store.findByName(u"Staging"_s))
        seedOrganisation(u"Staging"_s, *m_staging, true);
    QSettings().remove(u"layouts"_s); // layouts saved by earlier tests would hide "first time"

    Panel panel(optionsFor(nullptr));
    QVERIFY(panel.waitForLoad());
    QHeaderView *header = panel.window.serverView()->horizontalHeader();
    header->resizeSection(ServerTableModel::Hostname, 333);

    // Staging is opened for the first time: it starts from the layout the window has.
    QComboBox *switcher = panel.window.organisationSwitcher();
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QVERIFY(panel.waitForLoad(2));
    QCOMPARE(header->sectionSize(ServerTableModel::Hostname), 333);
    header->resizeSection(ServerTableModel::Hostname, 222);

    QTest::keyClick(switcher, Qt::Key_Up);
    QVERIFY(panel.waitForLoad(3));
    QCOMPARE(header->sectionSize(ServerTableModel::Hostname), 333);

    QTest::keyClick(switcher, Qt::Key_Down);
    QVERIFY(panel.waitForLoad(4));
    QCOMPARE(header->sectionSize(ServerTableModel::Hostname), 222);
}

void TestSessionController::commandLineChoosesTheOrganisation()
{
    SessionOptions options = optionsFor(nullptr);
    options.organisationName = u"  staging "_s;
    {
        Panel panel(options);
        QVERIFY(panel.waitForLoad());
        QCOMPARE(panel.window.organisationName(), u"Staging"_s);
        QCOMPARE(panel.window.organisationSwitcher()->currentText(), u"Staging"_s);
        QCOMPARE(listedIds(panel.window), idsOf(*m_staging));
        QCOMPARE(panel.window.noticeText(), QString());
    }

    // An unknown name is said, and the current organisation (now Staging) opens all the same.
    options.organisationName = u"Nowhere Ltd"_s;
    Panel panel(options);
    QVERIFY(panel.waitForLoad());
    QCOMPARE(panel.window.organisationName(), u"Staging"_s);
    QCOMPARE(panel.window.noticeText(), u"There is no organisation named “Nowhere Ltd”, so Staging is shown. Add it "
                                        "with Organisation > Add Organisation."_s);
}

void TestSessionController::missingKeychainEntryAsksAgain()
{
    const OrganisationProfile lost = seedOrganisation(u"Lost"_s, *m_production, false);
    OrganisationStore(nullptr).setCurrentKey(lost.key);

    Panel panel(optionsFor(nullptr));
    QVERIFY(panel.waitForState(State::NeedsCredentials));
    QCOMPARE(panel.window.placeholderText(), u"No credentials are stored for Lost."_s);
    CredentialsDialog *dialog = panel.controller.credentialsDialog();
    QVERIFY(dialog && dialog->isVisible() && dialog->isEditing());
    QLabel *keychainMessage = child<QLabel>(dialog, "keychainMessage");
    QTRY_VERIFY_WITH_TIMEOUT(keychainMessage->isVisible(), WaitMs);
    QCOMPARE(keychainMessage->text(),
             u"The keychain holds no credentials for Lost. Enter the organisation ID and client secret again."_s);
    QVERIFY(child<QLabel>(dialog, "messageLabel")->isHidden()); // said once, not twice
    QCOMPARE(child<QLineEdit>(dialog, "clientIdEdit")->text(), m_production->options().clientId);

    QLineEdit *organisationId = child<QLineEdit>(dialog, "organisationIdEdit");
    QVERIFY(QTest::qWaitFor([organisationId] { return organisationId->isEnabled(); }, WaitMs));
    typeInto(dialog, "organisationIdEdit", m_production->options().tenantId);
    typeInto(dialog, "secretEdit", m_production->options().clientSecret);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(panel.waitForLoad());
    QCOMPARE(panel.window.organisationName(), u"Lost"_s);
    QCOMPARE(listedIds(panel.window), idsOf(*m_production));
}

void TestSessionController::removingOrganisationsSwitchesThenStartsOver()
{
    Panel panel(optionsFor(nullptr));
    QVERIFY(panel.waitForLoad());
    QCOMPARE(panel.window.organisationName(), u"Lost"_s);
    QCOMPARE(switcherEntries(panel.window), (QStringList{u"Lost"_s, u"Production"_s, u"Staging"_s}));

    panel.controller.manageOrganisations();
    OrganisationsDialog *manager = panel.controller.organisationsDialog();
    QVERIFY(manager && manager->isVisible());
    const auto removeCurrent = [&panel, manager] {
        QSignalSpy removed(manager, &OrganisationsDialog::organisationRemoved);
        manager->askToRemove(panel.controller.organisations()->currentKey());
        QTest::mouseClick(child<QPushButton>(manager, "confirmRemoveButton"), Qt::LeftButton);
        return removed.wait(WaitMs);
    };

    // The open organisation goes: the first of the others opens, and its keychain entry is gone.
    const OrganisationProfile lost = *panel.controller.organisations()->current();
    QVERIFY(removeCurrent());
    QVERIFY(panel.waitForLoad(2));
    QCOMPARE(panel.window.organisationName(), u"Production"_s);
    QCOMPARE(switcherEntries(panel.window), (QStringList{u"Production"_s, u"Staging"_s}));
    QCOMPARE(CredentialTest::load(*m_keychain, lost, this).error().kind, KeychainError::Kind::NotFound);

    QVERIFY(removeCurrent());
    QVERIFY(panel.waitForLoad(3));
    QCOMPARE(panel.window.organisationName(), u"Staging"_s);
    QVERIFY(removeCurrent());

    // The last one gone: the first run starts over once the list is closed.
    QVERIFY(panel.waitForState(State::FirstRun));
    QVERIFY(!panel.window.hasSession());
    QCOMPARE(panel.window.serverModel()->rowCount(), 0);
    QCOMPARE(panel.window.bannerText(), u"No organisation is configured yet, so there are no servers to show."_s);
    QCOMPARE(panel.window.organisationSwitcher()->count(), 0);
    QVERIFY(!panel.controller.credentialsDialog());
    manager->reject();
    QVERIFY(panel.controller.credentialsDialog() && panel.controller.credentialsDialog()->isVisible());
    QVERIFY(!panel.controller.credentialsDialog()->isEditing());
}

void TestSessionController::cleanupTestCase()
{
    // Neither a secret, nor a token, nor a root password in the settings or the log.
    QStringList secrets{m_production->options().clientSecret, m_staging->options().clientSecret, RootPassword};
    secrets += m_production->issuedTokens();
    secrets += m_staging->issuedTokens();
    QVERIFY(m_production->issuedTokens().size() >= 3);
    QVERIFY(m_staging->issuedTokens().size() >= 1);

    QSettings().sync();
    const QByteArray stored = allFilesUnder(m_settingsDir.path());
    QVERIFY(stored.contains("intervalSeconds")); // the scan reads the real settings file
    QVERIFY2(firstFound(stored, secrets).isEmpty(), "A secret or token reached the settings file");
    QVERIFY2(firstFound(stored, {m_production->options().tenantId, m_staging->options().tenantId}).isEmpty(),
             "An organisation ID reached the settings file");

    const QString leak = LogCapture::lineContainingAny(secrets);
    QVERIFY2(leak.isEmpty(), qPrintable(u"A secret reached the log: "_s + leak));
    QVERIFY(LogCapture::lines().size() > 20); // the categories were on, so the scan saw real lines

    const QList<OrganisationProfile> left = OrganisationStore(nullptr).organisations();
    for (const OrganisationProfile &profile : left)
        CredentialTest::remove(*m_keychain, profile, this);
}

// With no keychain service: the window says so and offers to go on with credentials kept in memory.
class TestSessionControllerNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        QVERIFY(m_settingsDir.isValid());
        useTemporarySettings(m_settingsDir);
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::Options());
        QVERIFY(m_sandbox->listen());
    }

    void continuesForThisSessionOnly()
    {
        OrganisationProfile profile;
        profile.key = OrganisationProfile::newKey();
        profile.name = u"Production"_s;
        profile.clientId = m_sandbox->options().clientId;
        OrganisationStore(nullptr).save(profile);

        SessionOptions options;
        options.keychainService = TestService;
        options.apiUrl = m_sandbox->baseUrl();
        options.tokenUrl = m_sandbox->tokenUrl();
        Panel panel(options);
        QVERIFY(panel.waitForState(State::KeychainProblem));
        QVERIFY2(panel.window.noticeText().contains(u"Secret Service") &&
                     panel.window.noticeText().contains(u"gnome-keyring"),
                 qPrintable(panel.window.noticeText()));
        QCOMPARE(panel.window.placeholderText(),
                 u"The credentials of Production could not be read from the keychain."_s);
        QVERIFY(!panel.controller.credentialsDialog());

        QPushButton *sessionOnly = child<QPushButton>(&panel.window, "noticeActionButton");
        QVERIFY(sessionOnly->isVisible());
        QCOMPARE(sessionOnly->text(), u"Continue for This Session Only"_s);
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(panel.controller.credentials()->mode(), CredentialStore::Mode::SessionOnly);
        QCOMPARE(panel.window.noticeText(), QString());

        CredentialsDialog *dialog = panel.controller.credentialsDialog();
        QVERIFY(dialog && dialog->isVisible() && dialog->isEditing());
        QLineEdit *organisationId = child<QLineEdit>(dialog, "organisationIdEdit");
        QVERIFY(QTest::qWaitFor([organisationId] { return organisationId->isEnabled(); }, WaitMs));
        typeInto(dialog, "organisationIdEdit", m_sandbox->options().tenantId);
        typeInto(dialog, "secretEdit", m_sandbox->options().clientSecret);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(panel.waitForLoad());
        QCOMPARE(panel.controller.state(), State::Open);
        QCOMPARE(listedIds(panel.window), idsOf(*m_sandbox));
        QVERIFY(panel.controller.credentials()->holdsForSession(profile.key));
    }

    void cleanupTestCase()
    {
        QStringList secrets{m_sandbox->options().clientSecret, RootPassword};
        secrets += m_sandbox->issuedTokens();
        QVERIFY(!m_sandbox->issuedTokens().isEmpty());
        QSettings().sync();
        QVERIFY2(firstFound(allFilesUnder(m_settingsDir.path()), secrets).isEmpty(),
                 "A secret or token reached the settings file");
        const QString leak = LogCapture::lineContainingAny(secrets);
        QVERIFY2(leak.isEmpty(), qPrintable(u"A secret reached the log: "_s + leak));
    }

private:
    std::unique_ptr<LogCapture> m_log;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("HEFICED_TEST_NO_KEYCHAIN")) {
        TestSessionControllerNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestSessionController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessioncontroller.moc"
