// SPDX-License-Identifier: GPL-3.0-or-later
// The credential store against the real OS keychain (gnome-keyring in the test command's private
// D-Bus session), and, run by tests/credentials/without-keychain.sh, against a session bus
// on which no keychain service exists.
#include "../common/logcapture.h"
#include "credentialtesthelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Heficed;
using namespace CredentialTest;

namespace {

const QString OrgA = QStringLiteral("7bddbff3-2dfb-11e9-895d-c8dbf32f12cd");
const QString OrgB = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
const QString SecretA = QStringLiteral("KsTa9Qw3Alpha");
const QString SecretA2 = QStringLiteral("Rp4zNewAlpha7");
const QString SecretB = QStringLiteral("Xm2vBravoSecret");

// A service name of the test's own, so no entry of a real installation is ever touched.
const QString TestService = QStringLiteral("com.heficed.Panel.tests");

} // namespace

// With gnome-keyring running: values go in, come back, are replaced and removed.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log; // made in initTestCase, after QTest installed its own handler

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile probe = profile(u"Probe"_s);
        const KeychainError error = save(store, probe, OrgA, SecretA, this);
        QVERIFY2(!error.isError(), qPrintable(u"This test needs a running, unlocked Secret Service (run it inside "
                                              u"dbus-run-session after gnome-keyring-daemon --unlock): "_s +
                                              error.message));
        QVERIFY(!remove(store, probe, this).isError());
    }

    void storesAndReadsBack()
    {
        CredentialStore store(nullptr, TestService);
        OrganisationProfile production = profile(u"Production"_s);
        production.scopes = QStringList{u"kronoscloud"_s, u"ipswitch"_s};

        const KeychainError saved = save(store, production, OrgA, SecretA, this);
        QVERIFY2(!saved.isError(), qPrintable(saved.message + u" / " + saved.backendDetail));

        const KeychainResult<Credentials> loaded = load(store, production, this);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().organisationId, OrgA);
        QCOMPARE(loaded.value().clientSecret, SecretA);
        QCOMPARE(loaded.value().clientId, production.clientId);
        QCOMPARE(loaded.value().scopes, production.scopes);
        QVERIFY(!store.holdsForSession(production.key));

        // A second store object (a restarted application) reads the same entry.
        CredentialStore restarted(nullptr, TestService);
        const KeychainResult<Credentials> again = load(restarted, production, this);
        QVERIFY(again.ok());
        QCOMPARE(again.value().clientSecret, SecretA);
        QVERIFY(!remove(store, production, this).isError());
    }

    void replacesAndKeepsStoredSecret()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);
        QVERIFY(!save(store, production, OrgA, SecretA, this).isError());

        QVERIFY(!save(store, production, OrgA, SecretA2, this).isError());
        QCOMPARE(load(store, production, this).value().clientSecret, SecretA2);

        // Editing without retyping the secret changes the organisation ID and keeps the secret.
        QVERIFY(!save(store, production, OrgB, QString(), this).isError());
        const KeychainResult<Credentials> edited = load(store, production, this);
        QVERIFY(edited.ok());
        QCOMPARE(edited.value().organisationId, OrgB);
        QCOMPARE(edited.value().clientSecret, SecretA2);
        QVERIFY(!remove(store, production, this).isError());
    }

    void removesEntry()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);
        QVERIFY(!save(store, production, OrgA, SecretA, this).isError());

        QVERIFY(!remove(store, production, this).isError());
        const KeychainResult<Credentials> gone = load(store, production, this);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, KeychainError::Kind::NotFound);
        QVERIFY(gone.error().message.contains(u"Production"));
        QVERIFY(!gone.error().offersSessionOnly());

        // Removing twice is not an error, and keeping a stored secret that is gone is one.
        QVERIFY(!remove(store, production, this).isError());
        QCOMPARE(save(store, production, OrgA, QString(), this).kind, KeychainError::Kind::NotFound);
    }

    void keepsOrganisationsApart()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);
        const OrganisationProfile staging = profile(u"Staging"_s);
        QVERIFY(!save(store, production, OrgA, SecretA, this).isError());
        QVERIFY(!save(store, staging, OrgB, SecretB, this).isError());

        QCOMPARE(load(store, production, this).value().organisationId, OrgA);
        QCOMPARE(load(store, production, this).value().clientSecret, SecretA);
        QCOMPARE(load(store, staging, this).value().organisationId, OrgB);
        QCOMPARE(load(store, staging, this).value().clientSecret, SecretB);

        QVERIFY(!remove(store, production, this).isError());
        QCOMPARE(load(store, production, this).error().kind, KeychainError::Kind::NotFound);
        QCOMPARE(load(store, staging, this).value().clientSecret, SecretB);
        QVERIFY(!remove(store, staging, this).isError());
    }

    void dropsAnswerForDestroyedContext()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);
        QVERIFY(!save(store, production, OrgA, SecretA, this).isError());

        auto called = std::make_shared<bool>(false);
        auto *context = new QObject;
        store.load(production, context, [called](const KeychainResult<Credentials> &) { *called = true; });
        delete context;
        // A load through a live context is answered after the dropped one, so waiting for it is enough.
        QVERIFY(load(store, production, this).ok());
        QVERIFY(!*called);
        QVERIFY(!remove(store, production, this).isError());
    }

    void cleanupTestCase()
    {
        const QString leak = LogCapture::lineContainingAny({SecretA, SecretA2, SecretB});
        QVERIFY2(leak.isEmpty(), qPrintable(u"A secret reached the log: " + leak));
        QVERIFY(LogCapture::lines().size() > 5); // the categories were on, so the scan saw real lines
    }
};

// With no keychain service on the session bus: a clear error, then the session-only choice.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log; // made in initTestCase, after QTest installed its own handler

private Q_SLOTS:
    void initTestCase() { m_log = std::make_unique<LogCapture>(); }

    void reportsMissingService()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);

        const KeychainError saved = save(store, production, OrgA, SecretA, this);
        QCOMPARE(saved.kind, KeychainError::Kind::Unavailable);
        QVERIFY(saved.offersSessionOnly());
        QVERIFY2(saved.message.contains(u"Secret Service") && saved.message.contains(u"gnome-keyring"),
                 qPrintable(saved.message));
        QVERIFY(saved.message.contains(u"this session only"));
        QVERIFY(!saved.message.contains(SecretA));

        const KeychainResult<Credentials> loaded = load(store, production, this);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, KeychainError::Kind::Unavailable);
    }

    void continuesForSessionOnly()
    {
        CredentialStore store(nullptr, TestService);
        const OrganisationProfile production = profile(u"Production"_s);
        const OrganisationProfile staging = profile(u"Staging"_s);
        QCOMPARE(save(store, production, OrgA, SecretA, this).kind, KeychainError::Kind::Unavailable);

        store.setMode(CredentialStore::Mode::SessionOnly);
        QVERIFY(!save(store, production, OrgA, SecretA, this).isError());
        QVERIFY(store.holdsForSession(production.key));
        const KeychainResult<Credentials> loaded = load(store, production, this);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().organisationId, OrgA);
        QCOMPARE(loaded.value().clientSecret, SecretA);

        QVERIFY(!save(store, production, OrgB, QString(), this).isError());
        QCOMPARE(load(store, production, this).value().organisationId, OrgB);
        QCOMPARE(load(store, production, this).value().clientSecret, SecretA);

        const KeychainResult<Credentials> other = load(store, staging, this);
        QCOMPARE(other.error().kind, KeychainError::Kind::NotFound);
        QVERIFY(other.error().message.contains(u"Staging"));

        QVERIFY(!remove(store, production, this).isError());
        QVERIFY(!store.holdsForSession(production.key));
        QCOMPARE(load(store, production, this).error().kind, KeychainError::Kind::NotFound);

        // Nothing survives the store: a new one (the next start) has nothing for the session.
        QVERIFY(!save(store, staging, OrgB, SecretB, this).isError());
        CredentialStore restarted(nullptr, TestService);
        QCOMPARE(load(restarted, staging, this).error().kind, KeychainError::Kind::Unavailable);
    }

    void cleanupTestCase()
    {
        const QString leak = LogCapture::lineContainingAny({SecretA, SecretB});
        QVERIFY2(leak.isEmpty(), qPrintable(u"A secret reached the log: " + leak));
        QVERIFY(LogCapture::lines().size() > 5); // the categories were on, so the scan saw real lines
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("HEFICED_TEST_NO_KEYCHAIN")) {
        TestNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
