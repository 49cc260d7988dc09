// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "appsettings.h"
#include "commandline.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "organisationsdialog.h"
#include "uilogging.h"

#include <utility>

namespace Heficed {

namespace {

// An entry that is missing or unreadable is replaced by asking again; anything else is a problem
// of the keychain itself, which asking again would not fix.
bool needsNewCredentials(const KeychainError &error)
{
    return error.kind == KeychainError::Kind::NotFound ||
           (error.kind == KeychainError::Kind::Failed && error.backendDetail.isEmpty());
}

} // namespace

SessionOptions SessionOptions::fromCommandLine(const CommandLineOptions &options)
{
    SessionOptions session;
    session.connection = options.connection;
    session.apiUrl = options.apiUrl;
    session.tokenUrl = options.tokenUrl;
    session.organisationName = options.organisationName;
    return session;
}

SessionController::SessionController(MainWindow *window, SessionOptions options, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
    , m_organisations(new OrganisationStore(settings, this))
    , m_credentials(new CredentialStore(this, m_options.keychainService))
{
    connectWindow();
}

SessionController::~SessionController()
{
    // The dialogs belong to the window but use the stores, which go with this object.
    delete m_credentialsDialog;
    delete m_organisationsDialog;
}

CredentialsDialog *SessionController::credentialsDialog() const
{
    return m_credentialsDialog;
}

OrganisationsDialog *SessionController::organisationsDialog() const
{
    return m_organisationsDialog;
}

void SessionController::connectWindow()
{
    connect(m_window, &MainWindow::organisationChosen, this, &SessionController::openOrganisation);
    connect(m_window, &MainWindow::addOrganisationRequested, this, &SessionController::addOrganisation);
    connect(m_window, &MainWindow::editOrganisationRequested, this, &SessionController::editCurrentOrganisation);
    connect(m_window, &MainWindow::manageOrganisationsRequested, this, &SessionController::manageOrganisations);
    // Only the keychain notice has these buttons.
    connect(m_window, &MainWindow::noticeActionTriggered, this, &SessionController::continueForSessionOnly);
    connect(m_window, &MainWindow::noticeRetryTriggered, this, &SessionController::openCurrent);
    connect(m_window, &MainWindow::settingsApplied, this, &SessionController::onSettingsApplied);
}

void SessionController::start()
{
    // The first choice is made before the store's signals are followed, so it opens once.
    const bool configured = !m_organisations->isEmpty();
    if (configured)
        applyRequestedOrganisation();

    connect(m_organisations, &OrganisationStore::currentChanged, this, &SessionController::onCurrentChanged);
    connect(m_organisations, &OrganisationStore::organisationsChanged, this,
            &SessionController::onOrganisationsChanged);
    onOrganisationsChanged();

    if (configured)
        openCurrent();
    else
        showFirstRun();
}

// --organisation wins; an unknown name is said, and the current organisation (or the first) opens.
void SessionController::applyRequestedOrganisation()
{
    const QString requested = m_options.organisationName;
    if (!requested.isEmpty()) {
        if (const std::optional<OrganisationProfile> found = m_organisations->findByName(requested)) {
            m_organisations->setCurrentKey(found->key);
            return;
        }
    }
    if (!m_organisations->current())
        m_organisations->setCurrentKey(m_organisations->organisations().constFirst().key);
    if (requested.isEmpty())
        return;

    qCInfo(lcUi) << "No organisation is named" << requested;
    m_window->showNotice(MainWindow::NoticeKind::Information,
                         tr("There is no organisation named “%1”, so %2 is shown. Add it with Organisation > Add "
                            "Organisation.")
                             .arg(requested, m_organisations->current()->name));
}

ConnectionSettings SessionController::connectionFor(const OrganisationProfile &profile) const
{
    ConnectionSettings connection = profile.connection(m_options.connection);
    AppSettings::load().applyTo(&connection); // the Settings dialog's extra CA, unless --extra-ca gave one
    if (!m_options.apiUrl.isEmpty())
        connection.apiBaseUrl = m_options.apiUrl;
    if (!m_options.tokenUrl.isEmpty())
        connection.tokenUrl = m_options.tokenUrl;
    return connection;
}

// The window applies the rest of the settings itself; the connection is chosen here, where
// --extra-ca is known.
void SessionController::onSettingsApplied()
{
    if (const std::optional<OrganisationProfile> profile = m_organisations->organisation(m_openKey))
        m_window->updateConnection(connectionFor(*profile));
}

// The window says at once what it waits for; the keychain answers later.
void SessionController::openCurrent()
{
    const std::optional<OrganisationProfile> profile = m_organisations->current();
    if (!profile) {
        showFirstRun();
        return;
    }

    const quint64 serial = ++m_serial;
    m_openKey = profile->key;
    if (m_keychainNotice) {
        m_window->clearNotice();
        m_keychainNotice = false;
    }
    m_window->showWithoutSession(profile->name,
                                 tr("Reading the credentials of %1 from the keychain…").arg(profile->name));
    setState(State::ReadingCredentials);

    qCInfo(lcUi) << "Reading the credentials of organisation" << profile->key;
    m_credentials->load(*profile, this, [this, serial, opened = *profile](const KeychainResult<Credentials> &result) {
        onCredentialsLoaded(serial, opened, result);
    });
}

void SessionController::onCredentialsLoaded(quint64 serial, const OrganisationProfile &profile,
                                            const KeychainResult<Credentials> &result)
{
    if (serial != m_serial)
        return; // another organisation was chosen meanwhile

    if (result.ok()) {
        m_window->useLayoutOf(profile.key);
        m_window->setSession(connectionFor(profile), result.value(), profile.name);
        setState(State::Open);
        return;
    }

    const KeychainError &error = result.error();
    if (!needsNewCredentials(error) && error.offersSessionOnly() &&
        m_credentials->mode() == CredentialStore::Mode::Keychain) {
        showKeychainProblem(profile, error);
        return;
    }
    // The dialog reads the keychain again for the organisation ID and says what it found there.
    m_window->showWithoutSession(profile.name, tr("No credentials are stored for %1.").arg(profile.name));
    setState(State::NeedsCredentials);
    openCredentialsDialog(&profile, {});
}

void SessionController::showKeychainProblem(const OrganisationProfile &profile, const KeychainError &error)
{
    m_window->showWithoutSession(profile.name,
                                 tr("The credentials of %1 could not be read from the keychain.").arg(profile.name));
    m_window->showNotice(MainWindow::NoticeKind::Warning, error.message, tr("Continue for This Session Only"), true);
    m_keychainNotice = true;
    setState(State::KeychainProblem);
}

// From here on the credentials live in memory only; the user enters them once for this session.
void SessionController::continueForSessionOnly()
{
    const std::optional<OrganisationProfile> profile = m_organisations->current();
    if (!profile)
        return;

    m_credentials->setMode(CredentialStore::Mode::SessionOnly);
    m_window->clearNotice();
    m_keychainNotice = false;
    m_window->showWithoutSession(profile->name,
                                 tr("Enter the credentials of %1 to use them for this session.").arg(profile->name));
    setState(State::NeedsCredentials);
    openCredentialsDialog(&*profile, tr("The keychain cannot be used, so the organisation ID and client secret you "
                                        "enter now are kept in memory until the panel closes."));
}

void SessionController::showFirstRun()
{
    ++m_serial;
    m_openKey.clear();
    m_window->showUnconfigured(m_state == State::Idle ? m_options.organisationName : QString());
    setState(State::FirstRun);
    // While the organisations dialog is open, its Add button is the way on.
    if (!m_organisationsDialog)
        openCredentialsDialog(nullptr, {});
}

void SessionController::openOrganisation(const QString &key)
{
    // The user moved on: a notice about the previous choice no longer applies.
    m_window->clearNotice();
    m_keychainNotice = false;
    if (key != m_organisations->currentKey())
        m_organisations->setCurrentKey(key); // opens it through currentChanged
    else if (m_state != State::Open)
        openCurrent();
}

void SessionController::onCurrentChanged(const QString &key)
{
    onOrganisationsChanged();
    if (!key.isEmpty()) {
        openCurrent();
        return;
    }

    // The current organisation was removed: the next one opens, or the first run starts over.
    const QList<OrganisationProfile> profiles = m_organisations->organisations();
    if (profiles.isEmpty())
        showFirstRun();
    else
        m_organisations->setCurrentKey(profiles.constFirst().key);
}

void SessionController::onOrganisationsChanged()
{
    QList<std::pair<QString, QString>> entries;
    const QList<OrganisationProfile> profiles = m_organisations->organisations();
    for (const OrganisationProfile &profile : profiles)
        entries.append({profile.key, profile.name});
    m_window->setOrganisations(entries, m_organisations->currentKey());

    // A rename of the open organisation shows at once; its session goes on.
    if (const std::optional<OrganisationProfile> open = m_organisations->organisation(m_openKey)) {
        if (open->name != m_window->organisationName())
            m_window->setOrganisationName(open->name);
    }
}

// Saved from a dialog this controller opened: added organisations open at once.
void SessionController::onOrganisationSaved(const OrganisationProfile &profile)
{
    if (profile.key == m_organisations->currentKey())
        openCurrent();
    else
        m_organisations->setCurrentKey(profile.key);
}

// Saved from the organisations dialog: the open organisation follows its edits, others stay put.
void SessionController::onManagedOrganisationSaved(const OrganisationProfile &profile)
{
    if (profile.key == m_organisations->currentKey())
        openCurrent();
    else if (!m_organisations->current())
        m_organisations->setCurrentKey(profile.key);
}

void SessionController::onOrganisationsDialogClosed()
{
    m_organisationsDialog = nullptr; // it deletes itself later
    if (m_organisations->isEmpty() && !m_credentialsDialog)
        showFirstRun();
}

void SessionController::addOrganisation()
{
    openCredentialsDialog(nullptr, {});
}

void SessionController::editCurrentOrganisation()
{
    if (const std::optional<OrganisationProfile> profile = m_organisations->current())
        openCredentialsDialog(&*profile, {});
}

void SessionController::manageOrganisations()
{
    if (m_organisationsDialog) {
        m_organisationsDialog->raise();
        m_organisationsDialog->activateWindow();
        return;
    }
    auto *dialog = new OrganisationsDialog(m_organisations, m_credentials, connectionFor({}), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganisationsDialog::organisationSaved, this, &SessionController::onManagedOrganisationSaved);
    connect(dialog, &QDialog::finished, this, &SessionController::onOrganisationsDialogClosed);
    m_organisationsDialog = dialog;
    dialog->open();
}

// One credentials dialog at a time: a new question replaces an older one.
CredentialsDialog *SessionController::openCredentialsDialog(const OrganisationProfile *profile, const QString &message)
{
    if (m_credentialsDialog)
        m_credentialsDialog->close();

    const ConnectionSettings connection = profile ? connectionFor(*profile) : connectionFor({});
    auto *dialog = new CredentialsDialog(m_organisations, m_credentials, connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile)
        dialog->editOrganisation(*profile);
    if (!message.isEmpty())
        dialog->showMessage(message);
    connect(dialog, &CredentialsDialog::organisationSaved, this, &SessionController::onOrganisationSaved);
    m_credentialsDialog = dialog;
    dialog->open();
    return dialog;
}

void SessionController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcUi) << "Session state:" << state;
    Q_EMIT stateChanged(state);
}

} // namespace Heficed
