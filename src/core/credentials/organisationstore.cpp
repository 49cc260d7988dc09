// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationstore.h"

#include "logging.h"

#include <QSettings>

#include <algorithm>

namespace Heficed {

namespace {

const QString Group = QStringLiteral("organisations");
const QString CurrentKey = QStringLiteral("organisations/current");

OrganisationProfile readProfile(QSettings &settings, const QString &key)
{
    settings.beginGroup(Group + u'/' + key);
    OrganisationProfile profile;
    profile.key = key;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.clientId = settings.value(QStringLiteral("clientId")).toString();
    profile.scopes = settings.value(QStringLiteral("scopes"), profile.scopes).toStringList();
    profile.apiBaseUrl = settings.value(QStringLiteral("apiBaseUrl")).toUrl();
    profile.tokenUrl = settings.value(QStringLiteral("tokenUrl")).toUrl();
    settings.endGroup();
    return profile;
}

} // namespace

OrganisationStore::OrganisationStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{}

OrganisationStore::~OrganisationStore() = default;

QList<OrganisationProfile> OrganisationStore::organisations() const
{
    m_settings->beginGroup(Group);
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();

    QList<OrganisationProfile> profiles;
    for (const QString &key : keys) {
        OrganisationProfile profile = readProfile(*m_settings, key);
        if (profile.isValid())
            profiles.append(profile);
        else
            qCWarning(lcSettings) << "Ignoring organisation entry without a name:" << key;
    }
    std::sort(profiles.begin(), profiles.end(), [](const OrganisationProfile &a, const OrganisationProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

bool OrganisationStore::isEmpty() const
{
    return organisations().isEmpty();
}

std::optional<OrganisationProfile> OrganisationStore::organisation(const QString &key) const
{
    if (key.isEmpty() || key.contains(u'/'))
        return std::nullopt;
    OrganisationProfile profile = readProfile(*m_settings, key);
    if (!profile.isValid())
        return std::nullopt;
    return profile;
}

std::optional<OrganisationProfile> OrganisationStore::findByName(const QString &name) const
{
    const QList<OrganisationProfile> profiles = organisations();
    for (const OrganisationProfile &profile : profiles) {
        if (profile.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QStringList OrganisationStore::namesExcept(const QString &key) const
{
    QStringList names;
    const QList<OrganisationProfile> profiles = organisations();
    for (const OrganisationProfile &profile : profiles) {
        if (profile.key != key)
            names.append(profile.name);
    }
    return names;
}

void OrganisationStore::save(const OrganisationProfile &profile)
{
    Q_ASSERT(profile.isValid());
    m_settings->beginGroup(Group + u'/' + profile.key);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(QStringLiteral("scopes"), profile.scopes);
    m_settings->setValue(QStringLiteral("apiBaseUrl"), profile.apiBaseUrl);
    m_settings->setValue(QStringLiteral("tokenUrl"), profile.tokenUrl);
    m_settings->endGroup();
    m_settings->sync();

    qCInfo(lcSettings) << "Saved organisation" << profile.key;
    Q_EMIT organisationsChanged();
}

void OrganisationStore::remove(const QString &key)
{
    if (!organisation(key))
        return;
    m_settings->remove(Group + u'/' + key);
    const bool wasCurrent = currentKey() == key;
    if (wasCurrent)
        m_settings->remove(CurrentKey);
    m_settings->sync();

    qCInfo(lcSettings) << "Removed organisation" << key;
    Q_EMIT organisationsChanged();
    if (wasCurrent)
        Q_EMIT currentChanged({});
}

QString OrganisationStore::currentKey() const
{
    return m_settings->value(CurrentKey).toString();
}

std::optional<OrganisationProfile> OrganisationStore::current() const
{
    return organisation(currentKey());
}

void OrganisationStore::setCurrentKey(const QString &key)
{
    if (key == currentKey())
        return;
    m_settings->setValue(CurrentKey, key);
    m_settings->sync();
    Q_EMIT currentChanged(key);
}

} // namespace Heficed
