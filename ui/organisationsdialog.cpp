// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationsdialog.h"

#include "credentials/credentialinput.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "ui_organisationsdialog.h"

#include <QPushButton>

namespace Heficed {

namespace {
constexpr int KeyRole = Qt::UserRole;
}

OrganisationsDialog::OrganisationsDialog(OrganisationStore *organisations, CredentialStore *credentials,
                                         const ConnectionSettings &connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationsDialog>())
    , m_organisations(organisations)
    , m_credentials(credentials)
    , m_connection(connection)
{
    m_ui->setupUi(this);

    connect(m_ui->addButton, &QPushButton::clicked, this, &OrganisationsDialog::openAddDialog);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { openEditDialog(selectedKey()); });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->list->currentItem())
            m_ui->list->editItem(item);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { askToRemove(selectedKey()); });
    connect(m_ui->confirmRemoveButton, &QPushButton::clicked, this, &OrganisationsDialog::removeConfirmed);
    connect(m_ui->keepButton, &QPushButton::clicked, m_ui->confirmFrame, &QWidget::hide);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OrganisationsDialog::reject);
    connect(m_ui->list, &QListWidget::currentItemChanged, this, &OrganisationsDialog::updateButtons);
    connect(m_ui->list, &QListWidget::itemChanged, this, &OrganisationsDialog::onItemRenamed);
    connect(m_organisations, &OrganisationStore::organisationsChanged, this, &OrganisationsDialog::reload);
    reload();
}

OrganisationsDialog::~OrganisationsDialog()
{
    // The list reports its current item going away while the form is already destroyed.
    disconnect(m_ui->list, nullptr, this, nullptr);
}

void OrganisationsDialog::reload()
{
    const QString selected = selectedKey();
    m_reloading = true;
    m_ui->list->clear();
    const QList<OrganisationProfile> profiles = m_organisations->organisations();
    for (const OrganisationProfile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_ui->list);
        item->setData(KeyRole, profile.key);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (profile.key == selected || (selected.isEmpty() && profile.key == m_organisations->currentKey()))
            m_ui->list->setCurrentItem(item);
    }
    if (!m_ui->list->currentItem() && m_ui->list->count() > 0)
        m_ui->list->setCurrentRow(0);
    m_reloading = false;
    updateButtons();
}

QString OrganisationsDialog::selectedKey() const
{
    const QListWidgetItem *item = m_ui->list->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void OrganisationsDialog::updateButtons()
{
    const bool hasSelection = !selectedKey().isEmpty();
    m_ui->editButton->setEnabled(hasSelection);
    m_ui->renameButton->setEnabled(hasSelection);
    m_ui->removeButton->setEnabled(hasSelection);
}

CredentialsDialog *OrganisationsDialog::openAddDialog()
{
    return openCredentialsDialog(nullptr);
}

CredentialsDialog *OrganisationsDialog::openEditDialog(const QString &key)
{
    const std::optional<OrganisationProfile> profile = m_organisations->organisation(key);
    return profile ? openCredentialsDialog(&*profile) : nullptr;
}

CredentialsDialog *OrganisationsDialog::openCredentialsDialog(const OrganisationProfile *profile)
{
    auto *dialog = new CredentialsDialog(m_organisations, m_credentials, m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile)
        dialog->editOrganisation(*profile);
    connect(dialog, &CredentialsDialog::organisationSaved, this, &OrganisationsDialog::organisationSaved);
    dialog->open();
    return dialog;
}

void OrganisationsDialog::onItemRenamed(QListWidgetItem *item)
{
    if (m_reloading)
        return;
    const QString key = item->data(KeyRole).toString();
    std::optional<OrganisationProfile> profile = m_organisations->organisation(key);
    if (!profile)
        return;

    const QString name = CredentialInput::cleanName(item->text());
    const QString problem = CredentialInput::nameProblem(name, m_organisations->namesExcept(key));
    if (!problem.isEmpty()) {
        showStatus(problem);
        reload(); // puts the stored name back
        return;
    }
    profile->name = name;
    m_organisations->save(*profile);
    showStatus({});
}

void OrganisationsDialog::askToRemove(const QString &key)
{
    const std::optional<OrganisationProfile> profile = m_organisations->organisation(key);
    if (!profile)
        return;
    m_removingKey = key;
    for (int row = 0; row < m_ui->list->count(); ++row) {
        if (m_ui->list->item(row)->data(KeyRole).toString() == key)
            m_ui->list->setCurrentRow(row);
    }
    m_ui->confirmLabel->setText(tr("Remove %1? Its organisation ID and client secret are deleted from the keychain "
                                   "as well.")
                                    .arg(profile->name));
    m_ui->confirmFrame->setVisible(true);
    m_ui->keepButton->setFocus();
}

void OrganisationsDialog::removeConfirmed()
{
    m_ui->confirmFrame->setVisible(false);
    const std::optional<OrganisationProfile> profile = m_organisations->organisation(m_removingKey);
    if (!profile)
        return;

    m_ui->removeButton->setEnabled(false);
    const OrganisationProfile removed = *profile;
    m_credentials->remove(removed, this, [this, removed](const KeychainError &error) {
        // The organisation goes even when the keychain refuses: the user asked to remove it, and
        // is told what is left behind.
        m_organisations->remove(removed.key);
        showStatus(
            error.isError()
                ? tr("%1 was removed, but its keychain entry could not be deleted: %2").arg(removed.name, error.message)
                : tr("%1 was removed.").arg(removed.name));
        Q_EMIT organisationRemoved(removed.key);
    });
}

void OrganisationsDialog::showStatus(const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

} // namespace Heficed
