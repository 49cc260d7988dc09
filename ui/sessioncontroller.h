// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainerror.h"
#include "credentials/organisationprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QSettings;

namespace Heficed {

class CredentialsDialog;
class MainWindow;
class OrganisationStore;
class OrganisationsDialog;
struct CommandLineOptions;

// How the application was asked to connect, before any organisation is known.
struct SessionOptions
{
    ConnectionSettings connection; // the defaults with --timeout and --extra-ca applied
    QUrl apiUrl;                   // --api-url: wins over an organisation's own choice; empty = not given
    QUrl tokenUrl;                 // --token-url: likewise
    QString organisationName;      // --organisation: open this one (case-insensitive)
    QString keychainService = QString::fromLatin1(CredentialStore::DefaultService);

    static SessionOptions fromCommandLine(const CommandLineOptions &options);
};

// Opens the current organisation in the main window: reads its credentials from the keychain
// without blocking, then starts the window's session. Asks for credentials on the first run or
// when the keychain has none, offers "this session only" when the keychain cannot be used, and
// follows the window's organisation switcher and Organisation menu.
class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,               // start() not called yet
        FirstRun,           // no organisation configured
        ReadingCredentials, // waiting for the keychain
        Open,               // the window has a session
        NeedsCredentials,   // the keychain has none for the current organisation: a dialog asks
        KeychainProblem,    // the keychain cannot be used; the window offers "this session only"
    };
    Q_ENUM(State)

    // `settings`: the settings to keep organisations in, not owned; nullptr = the application's.
    SessionController(MainWindow *window, SessionOptions options, QSettings *settings = nullptr,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Opens the organisation asked for on the command line, else the current one, else asks.
    void start();

    State state() const { return m_state; }
    OrganisationStore *organisations() const { return m_organisations; }
    CredentialStore *credentials() const { return m_credentials; }
    CredentialsDialog *credentialsDialog() const; // the open one, if any
    OrganisationsDialog *organisationsDialog() const;

    // The defaults, then the organisation's endpoint choice, then --api-url and --token-url.
    ConnectionSettings connectionFor(const OrganisationProfile &profile) const;

public Q_SLOTS:
    void openOrganisation(const QString &key);
    void addOrganisation();
    void editCurrentOrganisation();
    void manageOrganisations();

Q_SIGNALS:
    void stateChanged(Heficed::SessionController::State state);

private:
    void connectWindow();
    void applyRequestedOrganisation();
    void openCurrent();
    void onCredentialsLoaded(quint64 serial, const OrganisationProfile &profile,
                             const KeychainResult<Credentials> &result);
    void showKeychainProblem(const OrganisationProfile &profile, const KeychainError &error);
    void continueForSessionOnly();
    void showFirstRun();

    void onCurrentChanged(const QString &key);
    void onOrganisationsChanged();
    void onOrganisationSaved(const OrganisationProfile &profile);
    void onManagedOrganisationSaved(const OrganisationProfile &profile);
    void onOrganisationsDialogClosed();
    void onSettingsApplied();

    CredentialsDialog *openCredentialsDialog(const OrganisationProfile *profile, const QString &message);
    void setState(State state);

    MainWindow *m_window;
    SessionOptions m_options;
    OrganisationStore *m_organisations;
    CredentialStore *m_credentials;
    QPointer<CredentialsDialog> m_credentialsDialog;
    QPointer<OrganisationsDialog> m_organisationsDialog;

    State m_state = State::Idle;
    QString m_openKey;             // the organisation shown in the window
    quint64 m_serial = 0;          // keychain answers for an organisation no longer wanted carry an older number
    bool m_keychainNotice = false; // the window's notice is about the keychain
};

} // namespace Heficed
