// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/connection.h"
#include "credentials/keychainerror.h"
#include "credentials/organisationprofile.h"

#include <QDialog>
#include <QList>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class CredentialsDialog;
}

namespace Heficed {

class CredentialStore;
class OrganisationStore;

// Asks for the values of one organisation (name, organisation ID, client ID, client secret and
// services), cleans what is pasted, marks invalid values inline, tests the connection without
// blocking, and saves: the organisation ID and secret to the keychain, the rest to the settings.
// Open it with open() or show().
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    // What the last "Test connection" found, for callers and tests.
    enum class TestOutcome
    {
        None,
        Connected,
        WrongCredentials,  // the token endpoint refused the client ID or secret
        ServiceNotEnabled, // a ticked service is not enabled for the API key
        WrongOrganisation, // the list call was refused (403)
        Network,
        Certificate,
        Other,
    };
    Q_ENUM(TestOutcome)

    // `connection`: where "Test connection" goes (the application's --api-url/--token-url applied).
    CredentialsDialog(OrganisationStore *organisations, CredentialStore *credentials,
                      const ConnectionSettings &connection, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    void setConnectionSettings(const ConnectionSettings &connection) { m_connection = connection; }

    // Edits a saved organisation: fills its fields and reads its organisation ID from the
    // keychain. The secret field stays empty; leaving it so keeps the stored secret.
    void editOrganisation(const OrganisationProfile &profile);
    bool isEditing() const { return m_editing; }

    // A sentence shown above the fields, e.g. why the dialog opened ("The keychain holds no
    // credentials for Production ...").
    void showMessage(const QString &message);

    TestOutcome lastTestOutcome() const { return m_lastOutcome; }
    bool isTesting() const { return m_testing != nullptr; }
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    // The organisation is stored (in the keychain, or in memory after "Keep for this session
    // only") and its profile is in the settings. Read its credentials with CredentialStore::load.
    void organisationSaved(const Heficed::OrganisationProfile &profile);
    void connectionTested(Heficed::CredentialsDialog::TestOutcome outcome, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *problem = nullptr;
        QAction *warning = nullptr;
        bool touched = false;
    };
    enum FieldIndex
    {
        NameField,
        OrganisationIdField,
        ClientIdField,
        SecretField,
        FieldCount
    };

    void setupFields();
    void cleanPastedText(int field);
    QString problemOf(int field) const;
    void validate();
    void showProblem(Field &field, const QString &problem);
    void fitHeight();

    QStringList chosenScopes() const;
    Credentials enteredCredentials(const QString &secret) const;
    void onOrganisationIdRead(const KeychainResult<Credentials> &result);

    void testConnection();
    void runTest(const Credentials &credentials);
    void onTestFinished(const Credentials &credentials, const ApiResult<int> &result);
    void findRefusedService(const Credentials &credentials);
    void finishTest(TestOutcome outcome, const QString &message);

    void save();
    void keepForSessionOnly();
    void onSaved(const OrganisationProfile &profile, const KeychainError &error);
    void showKeychainProblem(const KeychainError &error);
    enum class Tone
    {
        Neutral,
        Good,
        Bad
    };
    void setStatusLabel(QLabel *label, const QString &text, Tone tone);

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    OrganisationStore *m_organisations;
    CredentialStore *m_credentials;
    ConnectionSettings m_connection;
    OrganisationProfile m_profile; // the one edited; key empty for a new organisation
    bool m_editing = false;
    bool m_readingStored = false;
    bool m_secretStored = false;
    bool m_saving = false;
    QObject *m_testing = nullptr; // owns one test's API client; deleting it drops the answer
    TestOutcome m_lastOutcome = TestOutcome::None;
    Field m_fields[FieldCount];
};

} // namespace Heficed
