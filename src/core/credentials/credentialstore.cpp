// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Heficed {

namespace {

constexpr int EntryVersion = 1;

// Every job is set up the same way: our service, the profile key, and never plaintext storage.
template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    qCInfo(lcKeychain) << "Credential store mode:" << mode;
    Q_EMIT modeChanged(mode);
}

void CredentialStore::save(const OrganisationProfile &profile, const QString &organisationId,
                           const QString &clientSecret, QObject *context, DoneCallback done)
{
    const Secrets secrets{organisationId, clientSecret};
    const auto write = [this, profile, context, done](const Secrets &complete) {
        if (m_mode == Mode::SessionOnly)
            writeSession(profile.key, complete, context, done);
        else
            writeEntry(profile, complete, context, done);
    };
    if (!clientSecret.isEmpty()) {
        write(secrets);
        return;
    }

    // Keep the stored secret: read it first, then write it back beside the new organisation ID.
    QPointer<CredentialStore> self(this);
    const auto merge = [self, secrets, write, done](const KeychainResult<Secrets> &stored) {
        if (!self)
            return;
        if (!stored.ok()) {
            done(stored.error());
            return;
        }
        write({secrets.organisationId, stored.value().clientSecret});
    };
    if (m_mode == Mode::SessionOnly || holdsForSession(profile.key))
        readSession(profile, context, merge);
    else
        readEntry(profile, context, merge);
}

void CredentialStore::load(const OrganisationProfile &profile, QObject *context, LoadCallback done)
{
    const auto deliver = [profile, done](const KeychainResult<Secrets> &stored) {
        if (stored.ok())
            done(profile.credentials(stored.value().organisationId, stored.value().clientSecret));
        else
            done(stored.error());
    };
    if (m_mode == Mode::SessionOnly || holdsForSession(profile.key))
        readSession(profile, context, deliver);
    else
        readEntry(profile, context, deliver);
}

void CredentialStore::remove(const OrganisationProfile &profile, QObject *context, DoneCallback done)
{
    m_session.remove(profile.key);
    if (m_mode == Mode::SessionOnly) {
        // The keychain cannot be reached in this mode; an entry from earlier sessions stays.
        QTimer::singleShot(0, context ? context : this, [done] { done({}); });
        return;
    }
    deleteEntry(profile, context, std::move(done));
}

void CredentialStore::readEntry(const OrganisationProfile &profile, QObject *context, SecretsCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, profile.key);
    const QString name = profile.name;
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, name, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError) {
            const KeychainError error =
                KeychainError::fromJob(job->error(), job->errorString(), KeychainError::Operation::Read, name);
            qCWarning(lcKeychain) << "Reading" << job->key() << "failed:" << KeychainError::kindName(error.kind)
                                  << job->errorString();
            done(error);
            return;
        }
        const std::optional<Secrets> secrets = decode(job->binaryData());
        if (!secrets) {
            qCWarning(lcKeychain) << "Keychain entry" << job->key() << "is not in the expected format";
            done(KeychainError::unreadable(name));
            return;
        }
        qCInfo(lcKeychain) << "Read keychain entry" << job->key();
        done(*secrets);
    });
    qCDebug(lcKeychain) << "Reading keychain entry" << profile.key;
    job->start();
}

void CredentialStore::writeEntry(const OrganisationProfile &profile, const Secrets &secrets, QObject *context,
                                 DoneCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, profile.key);
    job->setTextData(QString::fromUtf8(encode(secrets)));
    const QString name = profile.name;
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, name, done](QKeychain::Job *) {
        const KeychainError error =
            KeychainError::fromJob(job->error(), job->errorString(), KeychainError::Operation::Write, name);
        if (error.isError())
            qCWarning(lcKeychain) << "Writing" << job->key() << "failed:" << KeychainError::kindName(error.kind)
                                  << job->errorString();
        else
            qCInfo(lcKeychain) << "Stored keychain entry" << job->key();
        done(error);
    });
    qCDebug(lcKeychain) << "Writing keychain entry" << profile.key;
    job->start();
}

void CredentialStore::deleteEntry(const OrganisationProfile &profile, QObject *context, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, profile.key);
    const QString name = profile.name;
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, name, done](QKeychain::Job *) {
        if (job->error() == QKeychain::EntryNotFound) {
            qCInfo(lcKeychain) << "Keychain entry" << job->key() << "was already gone";
            done({});
            return;
        }
        const KeychainError error =
            KeychainError::fromJob(job->error(), job->errorString(), KeychainError::Operation::Delete, name);
        if (error.isError())
            qCWarning(lcKeychain) << "Deleting" << job->key() << "failed:" << KeychainError::kindName(error.kind)
                                  << job->errorString();
        else
            qCInfo(lcKeychain) << "Deleted keychain entry" << job->key();
        done(error);
    });
    qCDebug(lcKeychain) << "Deleting keychain entry" << profile.key;
    job->start();
}

void CredentialStore::readSession(const OrganisationProfile &profile, QObject *context, SecretsCallback done)
{
    // Answered later, like the keychain, so callers see one behaviour in both modes.
    const auto found = m_session.constFind(profile.key);
    const KeychainResult<Secrets> result = found != m_session.cend()
                                               ? KeychainResult<Secrets>(*found)
                                               : KeychainResult<Secrets>(KeychainError::notInSession(profile.name));
    QTimer::singleShot(0, context ? context : this, [result, done] { done(result); });
}

void CredentialStore::writeSession(const QString &profileKey, const Secrets &secrets, QObject *context,
                                   DoneCallback done)
{
    m_session.insert(profileKey, secrets);
    qCInfo(lcKeychain) << "Keeping credentials of" << profileKey << "for this session only";
    QTimer::singleShot(0, context ? context : this, [done] { done({}); });
}

QByteArray CredentialStore::encode(const Secrets &secrets)
{
    const QJsonObject object{
        {QStringLiteral("version"), EntryVersion},
        {QStringLiteral("organisationId"), secrets.organisationId},
        {QStringLiteral("clientSecret"), secrets.clientSecret},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<CredentialStore::Secrets> CredentialStore::decode(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Secrets secrets{object.value(u"organisationId").toString(), object.value(u"clientSecret").toString()};
    if (secrets.organisationId.isEmpty() || secrets.clientSecret.isEmpty())
        return std::nullopt;
    return secrets;
}

} // namespace Heficed
