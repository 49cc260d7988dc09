// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "credentials/organisationprofile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QListWidgetItem;

namespace Ui {
class OrganisationsDialog;
}

namespace Heficed {

class CredentialStore;
class CredentialsDialog;
class OrganisationStore;

// Lists the organisations and adds, edits, renames and removes them. Removing one deletes its
// keychain entry too. The switcher of the main window follows OrganisationStore's signals.
class OrganisationsDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationsDialog(OrganisationStore *organisations, CredentialStore *credentials,
                        const ConnectionSettings &connection, QWidget *parent = nullptr);
    ~OrganisationsDialog() override;

    void setConnectionSettings(const ConnectionSettings &connection) { m_connection = connection; }

    // Opens the credentials dialog (window-modal, deleted on close) and returns it.
    CredentialsDialog *openAddDialog();
    CredentialsDialog *openEditDialog(const QString &key);
    void askToRemove(const QString &key); // shows the inline confirmation

Q_SIGNALS:
    void organisationSaved(const Heficed::OrganisationProfile &profile);
    void organisationRemoved(const QString &key);

private:
    void reload();
    QString selectedKey() const;
    void updateButtons();
    CredentialsDialog *openCredentialsDialog(const OrganisationProfile *profile);
    void onItemRenamed(QListWidgetItem *item);
    void removeConfirmed();
    void showStatus(const QString &message);

    std::unique_ptr<Ui::OrganisationsDialog> m_ui;
    OrganisationStore *m_organisations;
    CredentialStore *m_credentials;
    ConnectionSettings m_connection;
    QString m_removingKey;
    bool m_reloading = false;
};

} // namespace Heficed
