// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "keychainerror.h"
#include "organisationprofile.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Heficed {

// The organisation ID and client secret of each organisation, kept in the OS keychain through
// QtKeychain: one entry per organisation, named by the profile key under the application's
// service name, holding {"organisationId": ..., "clientSecret": ...}. Every call is asynchronous
// and runs no event loop of its own. QtKeychain's plaintext fallback is never switched on.
//
// When the keychain cannot be used, the user may choose SessionOnly: credentials are then kept in
// this object's memory and forgotten when the application quits.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Keychain,
        SessionOnly,
    };
    Q_ENUM(Mode)

    static constexpr auto DefaultService = "com.heficed.Panel";

    using LoadCallback = std::function<void(const KeychainResult<Credentials> &result)>;
    using DoneCallback = std::function<void(const KeychainError &error)>; // !error.isError() = done

    explicit CredentialStore(QObject *parent = nullptr, const QString &service = QString::fromLatin1(DefaultService));

    QString service() const { return m_service; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // Stores both values for `profile`. An empty `clientSecret` keeps the secret already stored
    // (editing an organisation without retyping it). Each `done` runs once, later, unless
    // `context` is destroyed first.
    void save(const OrganisationProfile &profile, const QString &organisationId, const QString &clientSecret,
              QObject *context, DoneCallback done);
    // The complete credentials of `profile`: its client ID and scopes plus the stored values.
    void load(const OrganisationProfile &profile, QObject *context, LoadCallback done);
    // Deletes the entry; an entry that is already gone counts as removed.
    void remove(const OrganisationProfile &profile, QObject *context, DoneCallback done);

    // Whether `profileKey`'s values are held in memory for this session only.
    bool holdsForSession(const QString &profileKey) const { return m_session.contains(profileKey); }

Q_SIGNALS:
    void modeChanged(Heficed::CredentialStore::Mode mode);

private:
    struct Secrets
    {
        QString organisationId;
        QString clientSecret;
    };
    using SecretsCallback = std::function<void(const KeychainResult<Secrets> &result)>;

    void readEntry(const OrganisationProfile &profile, QObject *context, SecretsCallback done);
    void writeEntry(const OrganisationProfile &profile, const Secrets &secrets, QObject *context, DoneCallback done);
    void deleteEntry(const OrganisationProfile &profile, QObject *context, DoneCallback done);

    void readSession(const OrganisationProfile &profile, QObject *context, SecretsCallback done);
    void writeSession(const QString &profileKey, const Secrets &secrets, QObject *context, DoneCallback done);

    static QByteArray encode(const Secrets &secrets);
    static std::optional<Secrets> decode(const QByteArray &data);

    QString m_service;
    Mode m_mode = Mode::Keychain;
    QHash<QString, Secrets> m_session;
};

} // namespace Heficed
