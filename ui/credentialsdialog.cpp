// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialsdialog.h"

#include "api/accesstokenprovider.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "credentials/credentialinput.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "logging.h"
#include "ui_credentialsdialog.h"

#include <QAction>
#include <QPushButton>
#include <QStyle>

namespace Heficed {

namespace {

// Red and green that stay readable on light and dark palettes.
QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb0, 0x00, 0x20) : QColor(0xff, 0x8a, 0x80);
}

QColor successColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0x1b, 0x6e, 0x20) : QColor(0x81, 0xc7, 0x84);
}

QString serviceName(const QString &scope)
{
    if (scope == QLatin1String(Endpoints::ScopeKronosCloud))
        return CredentialsDialog::tr("Cloud servers (kronoscloud)");
    if (scope == QLatin1String(Endpoints::ScopeIpSwitch))
        return CredentialsDialog::tr("IP Switch (ipswitch)");
    return scope;
}

// What to say when the token endpoint refused some of the ticked services (scopes).
QString refusedServicesSentence(const QStringList &refused)
{
    QStringList names;
    for (const QString &scope : refused)
        names.append(serviceName(scope));
    if (names.isEmpty())
        return CredentialsDialog::tr("The API key is not allowed to use all the ticked services together. Check the "
                                     "services of the key under API > API keys in the Heficed Terminal.");
    if (refused.contains(QLatin1String(Endpoints::ScopeKronosCloud)))
        return CredentialsDialog::tr("The API key is not allowed to use %1, which the panel needs. Enable it for the "
                                     "key under API > API keys in the Heficed Terminal.")
            .arg(names.join(QStringLiteral(", ")));
    return CredentialsDialog::tr("The API key is not allowed to use %1. Enable it for the key under API > API keys "
                                 "in the Heficed Terminal, or untick it here.")
        .arg(names.join(QStringLiteral(", ")));
}

bool isScopeRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Authentication &&
           (error.serverErrorCode == u"invalid_scope" || error.httpStatus == 400);
}

} // namespace

CredentialsDialog::CredentialsDialog(OrganisationStore *organisations, CredentialStore *credentials,
                                     const ConnectionSettings &connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_organisations(organisations)
    , m_credentials(credentials)
    , m_connection(connection)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add Organisation"));
    setupFields();

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CredentialsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &CredentialsDialog::keepForSessionOnly);
    connect(m_ui->ipSwitchCheck, &QCheckBox::toggled, this, &CredentialsDialog::validate);
    validate();
}

CredentialsDialog::~CredentialsDialog()
{
    // Closing moves the focus out of a field, whose editingFinished would reach a half-destroyed form.
    for (const Field &field : m_fields)
        disconnect(field.edit, nullptr, this, nullptr);
}

void CredentialsDialog::setupFields()
{
    m_fields[NameField] = {m_ui->nameEdit, m_ui->nameProblem};
    m_fields[OrganisationIdField] = {m_ui->organisationIdEdit, m_ui->organisationIdProblem};
    m_fields[ClientIdField] = {m_ui->clientIdEdit, m_ui->clientIdProblem};
    m_fields[SecretField] = {m_ui->secretEdit, m_ui->secretProblem};

    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < FieldCount; ++i) {
        Field &field = m_fields[i];
        field.warning = field.edit->addAction(warningIcon, QLineEdit::TrailingPosition);
        field.warning->setVisible(false);
        QPalette palette = field.problem->palette();
        palette.setColor(QPalette::WindowText, problemColor(palette));
        field.problem->setPalette(palette);

        connect(field.edit, &QLineEdit::textEdited, this, [this, i] { cleanPastedText(i); });
        connect(field.edit, &QLineEdit::textChanged, this, &CredentialsDialog::validate);
        connect(field.edit, &QLineEdit::editingFinished, this, [this, i] {
            m_fields[i].touched = true;
            validate();
        });
    }
    // The "where to find it" lines read as secondary text, below the problems in weight.
    for (QLabel *hint :
         {m_ui->nameHint, m_ui->organisationIdHint, m_ui->clientIdHint, m_ui->secretHint, m_ui->servicesHint}) {
        QPalette palette = hint->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        hint->setPalette(palette);
    }
    m_ui->secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
}

void CredentialsDialog::editOrganisation(const OrganisationProfile &profile)
{
    m_profile = profile;
    m_editing = true;
    setWindowTitle(tr("Edit Organisation"));
    m_ui->nameEdit->setText(profile.name);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->ipSwitchCheck->setChecked(profile.usesScope(Endpoints::ScopeIpSwitch));

    // Only the organisation ID comes back into the form; the stored secret never does.
    m_readingStored = true;
    m_ui->organisationIdEdit->setEnabled(false);
    m_ui->organisationIdEdit->setPlaceholderText(tr("Reading the keychain…"));
    m_credentials->load(profile, this,
                        [this](const KeychainResult<Credentials> &result) { onOrganisationIdRead(result); });
    validate();
}

void CredentialsDialog::onOrganisationIdRead(const KeychainResult<Credentials> &result)
{
    m_readingStored = false;
    m_ui->organisationIdEdit->setEnabled(true);
    m_ui->organisationIdEdit->setPlaceholderText(QStringLiteral("7bddbff3-2dfb-11e9-895d-c8dbf32f12cd"));
    m_secretStored = result.ok();
    if (result.ok()) {
        m_ui->organisationIdEdit->setText(result.value().organisationId);
        m_ui->secretEdit->setPlaceholderText(tr("A secret is stored — type to replace it"));
    } else {
        showKeychainProblem(result.error());
    }
    validate();
}

void CredentialsDialog::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    fitHeight();
}

void CredentialsDialog::cleanPastedText(int field)
{
    // Values are cleaned as they arrive, so a pasted cookie or address shows as the bare ID.
    QLineEdit *edit = m_fields[field].edit;
    const QString text = edit->text();
    QString cleaned;
    switch (field) {
    case OrganisationIdField:
    case ClientIdField:
        cleaned = CredentialInput::extractUuid(text);
        if (!CredentialInput::isUuid(cleaned))
            return;
        break;
    case SecretField:
        cleaned = CredentialInput::cleanSecret(text);
        break;
    default:
        return;
    }
    if (cleaned != text)
        edit->setText(cleaned);
}

QString CredentialsDialog::problemOf(int field) const
{
    const QString text = m_fields[field].edit->text();
    switch (field) {
    case NameField:
        return CredentialInput::nameProblem(CredentialInput::cleanName(text),
                                            m_organisations->namesExcept(m_profile.key));
    case OrganisationIdField:
        return CredentialInput::organisationIdProblem(CredentialInput::cleanOrganisationId(text));
    case ClientIdField:
        return CredentialInput::clientIdProblem(CredentialInput::cleanClientId(text));
    case SecretField:
        return CredentialInput::secretProblem(CredentialInput::cleanSecret(text), m_secretStored);
    }
    return {};
}

void CredentialsDialog::validate()
{
    bool allValid = true;
    for (int i = 0; i < FieldCount; ++i) {
        const QString problem = problemOf(i);
        allValid = allValid && problem.isEmpty();
        // An empty field the user has not left yet is not an error to point at.
        const bool show = m_fields[i].touched || !m_fields[i].edit->text().isEmpty();
        showProblem(m_fields[i], show ? problem : QString());
    }
    const bool idle = !m_saving && !m_readingStored;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(allValid && idle);
    m_ui->testButton->setEnabled(m_testing == nullptr && !m_readingStored);
    fitHeight();
}

void CredentialsDialog::fitHeight()
{
    // Wrapped lines need more height as problems appear; the minimum size alone does not know it.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void CredentialsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void CredentialsDialog::showProblem(Field &field, const QString &problem)
{
    field.problem->setText(problem);
    field.problem->setVisible(!problem.isEmpty());
    field.warning->setVisible(!problem.isEmpty());
    field.warning->setToolTip(problem);
    field.edit->setAccessibleDescription(problem);
}

QStringList CredentialsDialog::chosenScopes() const
{
    QStringList scopes{QString::fromLatin1(Endpoints::ScopeKronosCloud)};
    if (m_ui->ipSwitchCheck->isChecked())
        scopes.append(QString::fromLatin1(Endpoints::ScopeIpSwitch));
    return scopes;
}

Credentials CredentialsDialog::enteredCredentials(const QString &secret) const
{
    return {CredentialInput::cleanOrganisationId(m_ui->organisationIdEdit->text()),
            CredentialInput::cleanClientId(m_ui->clientIdEdit->text()), secret, chosenScopes()};
}

void CredentialsDialog::testConnection()
{
    const QString secret = CredentialInput::cleanSecret(m_ui->secretEdit->text());
    if (!secret.isEmpty() || !m_secretStored) {
        runTest(enteredCredentials(secret));
        return;
    }

    // Testing an edited organisation with its stored secret: read it first, never show it.
    m_testing = new QObject(this);
    m_ui->testButton->setEnabled(false);
    m_credentials->load(m_profile, m_testing, [this](const KeychainResult<Credentials> &stored) {
        m_testing->deleteLater();
        m_testing = nullptr;
        if (stored.ok())
            runTest(enteredCredentials(stored.value().clientSecret));
        else
            finishTest(TestOutcome::Other, stored.error().message);
    });
}

void CredentialsDialog::runTest(const Credentials &credentials)
{
    if (m_testing)
        m_testing->deleteLater();
    m_testing = new QObject(this);
    auto *client = new ApiClient(m_connection, m_testing);
    client->setCredentials(credentials);
    auto *service = new InstanceService(client, m_testing);

    m_lastOutcome = TestOutcome::None;
    m_ui->testButton->setEnabled(false);
    m_ui->testProgress->setVisible(true);
    setStatusLabel(m_ui->testResult, tr("Testing the connection…"), Tone::Neutral);
    qCInfo(lcApi) << "Testing the connection of organisation" << credentials.organisationId << "with scopes"
                  << credentials.scopes;

    service->fetchAll(m_testing, [this, credentials](const ApiResult<QList<Instance>> &result) {
        onTestFinished(credentials,
                       result.ok() ? ApiResult<int>(int(result.value().size())) : ApiResult<int>(result.error()));
    });
}

void CredentialsDialog::onTestFinished(const Credentials &credentials, const ApiResult<int> &result)
{
    if (result.ok()) {
        finishTest(TestOutcome::Connected,
                   tr("Connected: %n server(s) in this organisation.", nullptr, result.value()));
        return;
    }

    const ApiError &error = result.error();
    if (isScopeRefusal(error)) {
        findRefusedService(credentials);
        return;
    }
    switch (error.kind) {
    case ApiError::Kind::Authentication:
        finishTest(TestOutcome::WrongCredentials,
                   tr("Heficed did not accept the client ID or client secret. Copy both again from API > API keys "
                      "in the Heficed Terminal."));
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        finishTest(TestOutcome::Network, error.message);
        return;
    case ApiError::Kind::Tls:
        finishTest(TestOutcome::Certificate, error.message);
        return;
    default:
        break;
    }
    if (error.httpStatus == 403) {
        finishTest(TestOutcome::WrongOrganisation,
                   tr("Heficed refused access to organisation %1. Check the organisation ID: it is in the Terminal "
                      "address or the orgId cookie.")
                       .arg(credentials.organisationId));
        return;
    }
    finishTest(TestOutcome::Other, error.message);
}

void CredentialsDialog::findRefusedService(const Credentials &credentials)
{
    // A token request fails as a whole when one scope is not granted, so ask for each scope
    // alone to name the one that is missing.
    struct Probe
    {
        QStringList refused;
        int pending = 0;
    };
    auto probe = std::make_shared<Probe>();
    probe->pending = int(credentials.scopes.size());

    for (const QString &scope : credentials.scopes) {
        Credentials single = credentials;
        single.scopes = QStringList{scope};
        auto *client = new ApiClient(m_connection, m_testing);
        client->setCredentials(single);
        client->tokens()->withToken(m_testing, [this, probe, scope](const ApiResult<QString> &token) {
            if (!token.ok() && isScopeRefusal(token.error()))
                probe->refused.append(scope);
            if (--probe->pending > 0)
                return;

            finishTest(TestOutcome::ServiceNotEnabled, refusedServicesSentence(probe->refused));
        });
    }
}

void CredentialsDialog::finishTest(TestOutcome outcome, const QString &message)
{
    if (m_testing) {
        m_testing->deleteLater();
        m_testing = nullptr;
    }
    m_lastOutcome = outcome;
    m_ui->testProgress->setVisible(false);
    setStatusLabel(m_ui->testResult, message, outcome == TestOutcome::Connected ? Tone::Good : Tone::Bad);
    validate();
    Q_EMIT connectionTested(outcome, message);
}

void CredentialsDialog::save()
{
    OrganisationProfile profile = m_profile;
    if (!m_editing)
        profile.key = OrganisationProfile::newKey();
    profile.name = CredentialInput::cleanName(m_ui->nameEdit->text());
    profile.clientId = CredentialInput::cleanClientId(m_ui->clientIdEdit->text());
    profile.scopes = chosenScopes();
    const QString organisationId = CredentialInput::cleanOrganisationId(m_ui->organisationIdEdit->text());
    const QString secret = CredentialInput::cleanSecret(m_ui->secretEdit->text());

    // The keychain first: a profile in the settings without its secret would be a dead entry.
    m_saving = true;
    m_ui->keychainBanner->setVisible(false);
    validate();
    m_credentials->save(profile, organisationId, secret, this,
                        [this, profile](const KeychainError &error) { onSaved(profile, error); });
}

void CredentialsDialog::onSaved(const OrganisationProfile &profile, const KeychainError &error)
{
    m_saving = false;
    if (error.isError()) {
        showKeychainProblem(error);
        validate();
        return;
    }
    m_organisations->save(profile);
    m_profile = profile;
    m_editing = true;
    Q_EMIT organisationSaved(profile);
    accept();
}

void CredentialsDialog::keepForSessionOnly()
{
    m_credentials->setMode(CredentialStore::Mode::SessionOnly);
    m_ui->keychainBanner->setVisible(false);
    m_secretStored = m_editing && m_credentials->holdsForSession(m_profile.key);
    validate();
    if (m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        save();
}

void CredentialsDialog::showKeychainProblem(const KeychainError &error)
{
    setStatusLabel(m_ui->keychainMessage, error.message, Tone::Bad);
    m_ui->keychainMessage->setToolTip(error.backendDetail);
    m_ui->sessionOnlyButton->setVisible(error.offersSessionOnly() &&
                                        m_credentials->mode() == CredentialStore::Mode::Keychain);
    m_ui->keychainBanner->setVisible(true);
    fitHeight();
}

void CredentialsDialog::setStatusLabel(QLabel *label, const QString &text, Tone tone)
{
    QPalette palette = this->palette();
    if (tone != Tone::Neutral)
        palette.setColor(QPalette::WindowText, tone == Tone::Good ? successColor(palette) : problemColor(palette));
    label->setPalette(palette);
    label->setText(text);
}

} // namespace Heficed
