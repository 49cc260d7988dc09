// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisationprofile.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace Heficed {

// The organisations the user added, kept in QSettings under organisations/<key>/..., and which
// one is current (organisations/current). It never sees a secret or an organisation ID.
class OrganisationStore : public QObject
{
    Q_OBJECT

public:
    // `settings` is used as it is and not owned; nullptr uses the application's default QSettings.
    explicit OrganisationStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~OrganisationStore() override;

    QList<OrganisationProfile> organisations() const; // sorted by name
    bool isEmpty() const;
    std::optional<OrganisationProfile> organisation(const QString &key) const;
    std::optional<OrganisationProfile> findByName(const QString &name) const; // case-insensitive
    QStringList namesExcept(const QString &key) const;

    // Adds or replaces the organisation with profile.key (a new key is not made here).
    void save(const OrganisationProfile &profile);
    // Forgets the organisation; the caller removes its keychain entry (CredentialStore::remove).
    void remove(const QString &key);

    QString currentKey() const;
    std::optional<OrganisationProfile> current() const;
    void setCurrentKey(const QString &key);

    QSettings *settings() const { return m_settings; }

Q_SIGNALS:
    void organisationsChanged();
    void currentChanged(const QString &key);

private:
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};

} // namespace Heficed
