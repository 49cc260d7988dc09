// SPDX-License-Identifier: GPL-3.0-or-later
// The credentials dialog driven with real key events (offscreen platform), testing the connection
// against the in-process sandbox over loopback HTTP and saving to the real keychain. Run by
// tests/credentials/without-keychain.sh, it checks the keychain error banner and the session-only
// choice instead.
#include "../common/logcapture.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "credentialtesthelpers.h"
#include "organisationsdialog.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Heficed;
using Outcome = CredentialsDialog::TestOutcome;

namespace {

constexpr int WaitMs = 20'000;
const QString TestService = u"com.heficed.Panel.tests"_s;
const QString WrongSecret = u"WrongSecret9x"_s;

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("No child %s", name);
    return widget;
}

// What both test classes share: a settings file of their own, the stores, and dialog helpers.
class DialogFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<OrganisationStore> organisations;
    std::unique_ptr<CredentialStore> credentials;

    QString settingsFile() const { return dir.filePath(u"panel.conf"_s); }

    void openStores()
    {
        settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        organisations = std::make_unique<OrganisationStore>(settings.get());
        credentials = std::make_unique<CredentialStore>(nullptr, TestService);
    }

    std::unique_ptr<CredentialsDialog> makeDialog(const ConnectionSettings &connection)
    {
        auto dialog = std::make_unique<CredentialsDialog>(organisations.get(), credentials.get(), connection);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("The dialog was not shown");
        return dialog;
    }

    static void typeInto(QWidget *dialog, const char *field, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void fill(QWidget *dialog, const QString &name, const QString &organisationId, const QString &clientId,
                     const QString &secret)
    {
        typeInto(dialog, "nameEdit", name);
        typeInto(dialog, "organisationIdEdit", organisationId);
        typeInto(dialog, "clientIdEdit", clientId);
        typeInto(dialog, "secretEdit", secret);
    }

    static QPushButton *saveButton(QWidget *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    }

    static void toggleIpSwitch(QWidget *dialog)
    {
        QCheckBox *check = child<QCheckBox>(dialog, "ipSwitchCheck");
        const bool before = check->isChecked();
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        if (check->isChecked() == before)
            qFatal("The IP Switch box did not toggle");
    }

    static bool problemShown(QWidget *dialog, const char *label) { return !child<QLabel>(dialog, label)->isHidden(); }
};

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log; // made in initTestCase, after QTest installed its own handler
    DialogFixture m_fixture;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QStringList m_savedKeys;

    ConnectionSettings connectionTo(const Sandbox::SandboxServer &sandbox) const
    {
        ConnectionSettings connection;
        connection.apiBaseUrl = sandbox.baseUrl();
        connection.tokenUrl = sandbox.tokenUrl();
        connection.timeoutMs = 5'000;
        return connection;
    }

    const Sandbox::Options &sandboxOptions() const { return m_sandbox->options(); }

    // Clicks "Test connection", checks the dialog stays responsive, and waits for the outcome.
    std::pair<Outcome, QString> testConnection(CredentialsDialog *dialog)
    {
        QSignalSpy tested(dialog, &CredentialsDialog::connectionTested);
        QPushButton *button = child<QPushButton>(dialog, "testButton");
        QTest::mouseClick(button, Qt::LeftButton);
        if (!button->isEnabled() && !child<QProgressBar>(dialog, "testProgress")->isHidden() && dialog->isTesting())
            ++m_busyShown;
        if (!tested.wait(WaitMs))
            return {Outcome::None, QString()};
        return {tested.at(0).at(0).value<Outcome>(), tested.at(0).at(1).toString()};
    }

    int m_busyShown = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        Sandbox::Options options;
        options.instances = 12;
        options.latencyMs = 50; // long enough to see the busy state
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
        m_fixture.openStores();
    }

    void marksInvalidOrganisationId()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        QPushButton *save = DialogFixture::saveButton(dialog.get());
        QVERIFY(!save->isEnabled());
        QVERIFY(!DialogFixture::problemShown(dialog.get(), "organisationIdProblem")); // nothing typed yet

        DialogFixture::fill(dialog.get(), u"Production"_s, u"7bddbff3-2dfb-11e9-895d"_s, sandboxOptions().clientId,
                            sandboxOptions().clientSecret);
        QVERIFY(DialogFixture::problemShown(dialog.get(), "organisationIdProblem"));
        QVERIFY(child<QLabel>(dialog.get(), "organisationIdProblem")->text().contains(u"UUID"));
        QVERIFY(!DialogFixture::problemShown(dialog.get(), "clientIdProblem"));
        QVERIFY(!save->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog.get(), "organisationIdEdit"), u"-c8dbf32f12cd"_s);
        QVERIFY(!DialogFixture::problemShown(dialog.get(), "organisationIdProblem"));
        QVERIFY(save->isEnabled());

        // A space typed at the end is dropped at once; one pasted inside is pointed out.
        QLineEdit *secret = child<QLineEdit>(dialog.get(), "secretEdit");
        QTest::keyClicks(secret, u" "_s);
        QCOMPARE(secret->text(), sandboxOptions().clientSecret);
        QVERIFY(save->isEnabled());
        secret->selectAll();
        QApplication::clipboard()->setText(u"Sbx Demo7"_s);
        QTest::keySequence(secret, QKeySequence::Paste);
        QVERIFY(DialogFixture::problemShown(dialog.get(), "secretProblem"));
        QVERIFY(child<QLabel>(dialog.get(), "secretProblem")->text().contains(u"spaces"));
        QVERIFY(!save->isEnabled());
    }

    void cleansPastedCookie()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        QLineEdit *organisationId = child<QLineEdit>(dialog.get(), "organisationIdEdit");
        QApplication::clipboard()->setText(u"  orgId="_s + sandboxOptions().tenantId + u"; path=/\n"_s);
        organisationId->setFocus();
        QTest::keySequence(organisationId, QKeySequence::Paste);
        QCOMPARE(organisationId->text(), sandboxOptions().tenantId);

        QLineEdit *secret = child<QLineEdit>(dialog.get(), "secretEdit");
        QApplication::clipboard()->setText(u"\""_s + sandboxOptions().clientSecret + u"\"\n"_s);
        secret->setFocus();
        QTest::keySequence(secret, QKeySequence::Paste);
        QCOMPARE(secret->text(), sandboxOptions().clientSecret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void testsConnectionSuccessfully()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        DialogFixture::fill(dialog.get(), u"Production"_s, sandboxOptions().tenantId, sandboxOptions().clientId,
                            sandboxOptions().clientSecret);
        DialogFixture::toggleIpSwitch(dialog.get());

        const auto [outcome, message] = testConnection(dialog.get());
        QCOMPARE(outcome, Outcome::Connected);
        const int servers = int(m_sandbox->instanceIds().size());
        QVERIFY(servers > 1);
        QVERIFY2(message.startsWith(u"Connected: %1 server"_s.arg(servers)), qPrintable(message));
        QCOMPARE(child<QLabel>(dialog.get(), "testResult")->text(), message);
        QVERIFY(child<QPushButton>(dialog.get(), "testButton")->isEnabled());
        QVERIFY(child<QProgressBar>(dialog.get(), "testProgress")->isHidden());
        QCOMPARE(m_busyShown, 1);
    }

    void reportsWrongSecret()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        DialogFixture::fill(dialog.get(), u"Production"_s, sandboxOptions().tenantId, sandboxOptions().clientId,
                            WrongSecret);
        const auto [outcome, message] = testConnection(dialog.get());
        QCOMPARE(outcome, Outcome::WrongCredentials);
        QVERIFY2(message.contains(u"client ID or client secret"), qPrintable(message));
        QVERIFY(!message.contains(WrongSecret));
    }

    void namesMissingService()
    {
        Sandbox::Options options;
        options.instances = 3;
        options.grantedScopes = QStringList{u"kronoscloud"_s};
        Sandbox::SandboxServer cloudOnly(options);
        QVERIFY(cloudOnly.listen());

        auto dialog = m_fixture.makeDialog(connectionTo(cloudOnly));
        DialogFixture::fill(dialog.get(), u"Production"_s, options.tenantId, options.clientId, options.clientSecret);
        DialogFixture::toggleIpSwitch(dialog.get());
        const auto [outcome, message] = testConnection(dialog.get());
        QCOMPARE(outcome, Outcome::ServiceNotEnabled);
        QVERIFY2(message.contains(u"IP Switch (ipswitch)"), qPrintable(message));
        QVERIFY(!message.contains(u"kronoscloud"));

        // Without IP Switch the same key works.
        DialogFixture::toggleIpSwitch(dialog.get());
        QCOMPARE(testConnection(dialog.get()).first, Outcome::Connected);
    }

    void reportsWrongOrganisationAndNetwork()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        const QString otherOrganisation = u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
        DialogFixture::fill(dialog.get(), u"Production"_s, otherOrganisation, sandboxOptions().clientId,
                            sandboxOptions().clientSecret);
        auto [outcome, message] = testConnection(dialog.get());
        QCOMPARE(outcome, Outcome::WrongOrganisation);
        QVERIFY2(message.contains(otherOrganisation) && message.contains(u"organisation ID"), qPrintable(message));

        // A port where nothing listens: take a free one and close it again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ConnectionSettings nowhere;
        nowhere.apiBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
        nowhere.tokenUrl = QUrl(u"http://127.0.0.1:%1/oauth2/token"_s.arg(closedPort));
        nowhere.timeoutMs = 5'000;
        dialog->setConnectionSettings(nowhere);
        std::tie(outcome, message) = testConnection(dialog.get());
        QCOMPARE(outcome, Outcome::Network);
        QVERIFY2(message.contains(u"network"), qPrintable(message));
    }

    void savesAndRestartsWithoutQuestion()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        DialogFixture::fill(dialog.get(), u"Production"_s, sandboxOptions().tenantId, sandboxOptions().clientId,
                            sandboxOptions().clientSecret);
        QSignalSpy saved(dialog.get(), &CredentialsDialog::organisationSaved);
        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(DialogFixture::saveButton(dialog.get()), Qt::LeftButton);
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        const auto profile = saved.at(0).at(0).value<OrganisationProfile>();
        m_savedKeys.append(profile.key);
        m_fixture.organisations->setCurrentKey(profile.key);
        QCOMPARE(profile.name, u"Production"_s);
        QCOMPARE(profile.clientId, sandboxOptions().clientId);

        // The next start: new stores on the same settings file read everything without asking.
        QSettings reopened(m_fixture.settingsFile(), QSettings::IniFormat);
        OrganisationStore organisations(&reopened);
        CredentialStore credentials(nullptr, TestService);
        const std::optional<OrganisationProfile> current = organisations.current();
        QVERIFY(current);
        const KeychainResult<Credentials> loaded = CredentialTest::load(credentials, *current, this);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().organisationId, sandboxOptions().tenantId);
        QCOMPARE(loaded.value().clientSecret, sandboxOptions().clientSecret);

        ApiClient client(current->connection(connectionTo(*m_sandbox)));
        client.setCredentials(loaded.value());
        InstanceService service(&client);
        auto servers = std::make_shared<std::optional<ApiResult<QList<Instance>>>>();
        service.fetchAll(this, [servers](const ApiResult<QList<Instance>> &result) { *servers = result; });
        QVERIFY(QTest::qWaitFor([servers] { return servers->has_value(); }, WaitMs));
        QVERIFY2((*servers)->ok(), qPrintable((*servers)->error().message));
        QCOMPARE((*servers)->value().size(), m_sandbox->instanceIds().size());
    }

    void editsWithStoredSecret()
    {
        const std::optional<OrganisationProfile> production = m_fixture.organisations->findByName(u"Production"_s);
        QVERIFY(production);
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        dialog->editOrganisation(*production);
        QLineEdit *organisationId = child<QLineEdit>(dialog.get(), "organisationIdEdit");
        QVERIFY(QTest::qWaitFor([organisationId] { return organisationId->isEnabled(); }, WaitMs));
        QCOMPARE(organisationId->text(), sandboxOptions().tenantId);
        QLineEdit *secret = child<QLineEdit>(dialog.get(), "secretEdit");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(u"secret is stored"));
        QVERIFY(DialogFixture::saveButton(dialog.get())->isEnabled());

        // The test uses the stored secret, which never appears in the form.
        QCOMPARE(testConnection(dialog.get()).first, Outcome::Connected);
        QVERIFY(secret->text().isEmpty());

        // Renaming to a name in use is refused inline; a new name is saved with the secret kept.
        DialogFixture::typeInto(dialog.get(), "nameEdit", u"Production EU"_s);
        QSignalSpy saved(dialog.get(), &CredentialsDialog::organisationSaved);
        QTest::mouseClick(DialogFixture::saveButton(dialog.get()), Qt::LeftButton);
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(m_fixture.organisations->organisation(production->key)->name, u"Production EU"_s);
        QCOMPARE(m_fixture.organisations->organisations().size(), 1);
        const KeychainResult<Credentials> loaded =
            CredentialTest::load(*m_fixture.credentials, *m_fixture.organisations->organisation(production->key), this);
        QCOMPARE(loaded.value().clientSecret, sandboxOptions().clientSecret);
    }

    void refusesDuplicateName()
    {
        auto dialog = m_fixture.makeDialog(connectionTo(*m_sandbox));
        DialogFixture::fill(dialog.get(), u"production eu"_s, sandboxOptions().tenantId, sandboxOptions().clientId,
                            sandboxOptions().clientSecret);
        QVERIFY(DialogFixture::problemShown(dialog.get(), "nameProblem"));
        QVERIFY(child<QLabel>(dialog.get(), "nameProblem")->text().contains(u"already called"));
        QVERIFY(!DialogFixture::saveButton(dialog.get())->isEnabled());
    }

    void managesOrganisations()
    {
        OrganisationsDialog manager(m_fixture.organisations.get(), m_fixture.credentials.get(),
                                    connectionTo(*m_sandbox));
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        QListWidget *list = child<QListWidget>(&manager, "list");
        QCOMPARE(list->count(), 1);

        // Add a second organisation through the dialog it opens.
        CredentialsDialog *add = manager.openAddDialog();
        DialogFixture::fill(add, u"Staging"_s, sandboxOptions().tenantId, sandboxOptions().clientId, u"StagingKey42"_s);
        QSignalSpy saved(&manager, &OrganisationsDialog::organisationSaved);
        QTest::mouseClick(DialogFixture::saveButton(add), Qt::LeftButton);
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(list->count(), 2);
        const auto staging = saved.at(0).at(0).value<OrganisationProfile>();

        // Rename inline; a taken name is refused and the old one stays.
        QListWidgetItem *item = list->findItems(u"Staging"_s, Qt::MatchExactly).value(0);
        QVERIFY(item);
        item->setText(u"Production EU"_s);
        QCOMPARE(m_fixture.organisations->organisation(staging.key)->name, u"Staging"_s);
        QVERIFY(!child<QLabel>(&manager, "statusLabel")->isHidden());
        item = list->findItems(u"Staging"_s, Qt::MatchExactly).value(0);
        item->setText(u"Staging EU"_s);
        QCOMPARE(m_fixture.organisations->organisation(staging.key)->name, u"Staging EU"_s);

        // Remove it: settings and keychain entry both go; the other organisation stays.
        QSignalSpy removed(&manager, &OrganisationsDialog::organisationRemoved);
        manager.askToRemove(staging.key);
        QVERIFY(!child<QWidget>(&manager, "confirmFrame")->isHidden());
        QTest::mouseClick(child<QPushButton>(&manager, "confirmRemoveButton"), Qt::LeftButton);
        QVERIFY(removed.wait(WaitMs));
        QCOMPARE(list->count(), 1);
        QVERIFY(!m_fixture.organisations->organisation(staging.key));
        QCOMPARE(CredentialTest::load(*m_fixture.credentials, staging, this).error().kind,
                 KeychainError::Kind::NotFound);
        QVERIFY(CredentialTest::load(*m_fixture.credentials, *m_fixture.organisations->current(), this).ok());
    }

    void cleanupTestCase()
    {
        // Nothing secret in the settings file: not the secret, not even the organisation ID.
        m_fixture.settings->sync();
        QFile file(m_fixture.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("Production EU"));
        for (const QString &secret : {sandboxOptions().clientSecret, u"StagingKey42"_s, WrongSecret})
            QVERIFY2(!stored.contains(secret.toUtf8()), "A client secret reached the settings file");
        QVERIFY2(!stored.contains(sandboxOptions().tenantId.toUtf8()), "The organisation ID reached the settings file");

        const QString leak = LogCapture::lineContainingAny(
            {sandboxOptions().clientSecret, u"StagingKey42"_s, WrongSecret, u"SbxDemo"_s});
        QVERIFY2(leak.isEmpty(), qPrintable(u"A secret reached the log: "_s + leak));
        QVERIFY(LogCapture::lines().size() > 5); // the categories were on, so the scan saw real lines

        for (const QString &key : std::as_const(m_savedKeys)) {
            if (const auto profile = m_fixture.organisations->organisation(key))
                QVERIFY(!CredentialTest::remove(*m_fixture.credentials, *profile, this).isError());
        }
    }
};

// With no keychain service: saving shows the problem and how to fix it, and the session-only
// choice saves the organisation in memory.
class TestCredentialsDialogNoKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log; // made in initTestCase, after QTest installed its own handler
    DialogFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        m_fixture.openStores();
    }

    void offersSessionOnly()
    {
        auto dialog = m_fixture.makeDialog(ConnectionSettings());
        const QString secret = u"SessionOnly77"_s;
        const QString organisationId = u"7bddbff3-2dfb-11e9-895d-c8dbf32f12cd"_s;
        DialogFixture::fill(dialog.get(), u"Production"_s, organisationId, u"3f9c2a71-5d04-4e8b-9a6f-1c2d3e4f5a6b"_s,
                            secret);
        QSignalSpy saved(dialog.get(), &CredentialsDialog::organisationSaved);
        QTest::mouseClick(DialogFixture::saveButton(dialog.get()), Qt::LeftButton);

        QWidget *banner = child<QWidget>(dialog.get(), "keychainBanner");
        QVERIFY(QTest::qWaitFor([banner] { return !banner->isHidden(); }, WaitMs));
        const QString message = child<QLabel>(dialog.get(), "keychainMessage")->text();
        QVERIFY2(message.contains(u"Secret Service") && message.contains(u"gnome-keyring"), qPrintable(message));
        QVERIFY(!message.contains(secret));
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_fixture.organisations->isEmpty()); // no profile without its credentials
        QVERIFY(dialog->isVisible());

        QPushButton *sessionOnly = child<QPushButton>(dialog.get(), "sessionOnlyButton");
        QVERIFY(!sessionOnly->isHidden());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(m_fixture.credentials->mode(), CredentialStore::Mode::SessionOnly);

        const auto profile = saved.at(0).at(0).value<OrganisationProfile>();
        QVERIFY(m_fixture.credentials->holdsForSession(profile.key));
        const KeychainResult<Credentials> loaded = CredentialTest::load(*m_fixture.credentials, profile, this);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().clientSecret, secret);
        QCOMPARE(loaded.value().organisationId, organisationId);

        m_fixture.settings->sync();
        QFile file(m_fixture.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("Production"));
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(!stored.contains(organisationId.toUtf8()));
        QVERIFY(LogCapture::lineContainingAny({secret}).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("HEFICED_TEST_NO_KEYCHAIN")) {
        TestCredentialsDialogNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestCredentialsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialsdialog.moc"
