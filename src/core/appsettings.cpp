// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "actions/actionrules.h"
#include "api/apiclient.h"
#include "logging.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

#include <algorithm>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// The refresh key is also read by MainWindow, the confirmation keys by ConfirmationDialog
// ("confirmations/<key>/skip"): the names must not change.
const QString refreshKey = u"refresh/intervalSeconds"_s;
const QString confirmationsGroup = u"confirmations"_s;
const QString skipSuffix = u"/skip"_s;
const QString languageKey = u"ui/language"_s;
const QString proxyModeKey = u"network/proxy"_s;
const QString proxyHostKey = u"network/proxyHost"_s;
const QString proxyPortKey = u"network/proxyPort"_s;
const QString extraCaKey = u"network/extraCaCertificateFile"_s;
const QString logLevelKey = u"logging/level"_s;

// Stored as words rather than numbers, so that a settings file reads for itself.
const QList<std::pair<AppSettings::ProxyMode, QString>> proxyModeWords{
    {AppSettings::ProxyMode::System, u"system"_s},
    {AppSettings::ProxyMode::None, u"none"_s},
    {AppSettings::ProxyMode::Manual, u"manual"_s},
};
const QList<std::pair<AppSettings::LogLevel, QString>> logLevelWords{
    {AppSettings::LogLevel::Warnings, u"warnings"_s},
    {AppSettings::LogLevel::Information, u"info"_s},
    {AppSettings::LogLevel::Debug, u"debug"_s},
};

template<typename Enum>
Enum fromWord(const QList<std::pair<Enum, QString>> &words, const QString &word, Enum fallback)
{
    for (const auto &[value, text] : words) {
        if (text == word)
            return value;
    }
    return fallback;
}

template<typename Enum>
QString toWord(const QList<std::pair<Enum, QString>> &words, Enum value)
{
    for (const auto &[candidate, text] : words) {
        if (candidate == value)
            return text;
    }
    return {};
}

QStringList readSkippedConfirmations(const QSettings &settings)
{
    QStringList skipped;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!key.startsWith(confirmationsGroup + u'/') || !key.endsWith(skipSuffix) || !settings.value(key).toBool())
            continue;
        skipped.append(key.mid(confirmationsGroup.size() + 1).chopped(skipSuffix.size()));
    }
    skipped.sort();
    return skipped;
}

bool isKnownLanguage(const QString &code)
{
    const QList<std::pair<QString, QString>> known = AppSettings::languages();
    return std::any_of(known.cbegin(), known.cend(), [&code](const auto &language) { return language.first == code; });
}

} // namespace

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings result;
    bool ok = false;
    const int seconds = settings.value(refreshKey, DefaultRefreshSeconds).toInt(&ok);
    result.refreshIntervalSeconds = ok ? std::clamp(seconds, 0, MaxRefreshSeconds) : DefaultRefreshSeconds;
    result.skippedConfirmations = readSkippedConfirmations(settings);

    const QString language = settings.value(languageKey).toString().trimmed();
    result.language = isKnownLanguage(language) ? language : QString();

    result.proxyMode = fromWord(proxyModeWords, settings.value(proxyModeKey).toString(), ProxyMode::System);
    result.proxyHost = settings.value(proxyHostKey).toString().trimmed();
    const int port = settings.value(proxyPortKey, DefaultProxyPort).toInt(&ok);
    result.proxyPort = ok && port > 0 && port <= 65535 ? static_cast<quint16>(port) : DefaultProxyPort;

    result.extraCaCertificateFile = settings.value(extraCaKey).toString().trimmed();
    result.logLevel = fromWord(logLevelWords, settings.value(logLevelKey).toString(), LogLevel::Warnings);
    return result;
}

AppSettings AppSettings::load()
{
    return load(QSettings());
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(refreshKey, refreshIntervalSeconds);

    // load() read every skipped confirmation, known or not, so rewriting the group loses nothing.
    settings.remove(confirmationsGroup);
    for (const QString &key : skippedConfirmations)
        settings.setValue(confirmationsGroup + u'/' + key + skipSuffix, true);

    settings.setValue(languageKey, language);
    settings.setValue(proxyModeKey, toWord(proxyModeWords, proxyMode));
    settings.setValue(proxyHostKey, proxyHost);
    settings.setValue(proxyPortKey, proxyPort);
    settings.setValue(extraCaKey, extraCaCertificateFile);
    settings.setValue(logLevelKey, toWord(logLevelWords, logLevel));
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

// Start needs no confirmation, and cancelling always asks (the hostname must be typed).
QStringList AppSettings::skippableConfirmations()
{
    QStringList keys;
    for (const ActionRules::Action action : ActionRules::allActions()) {
        if (ActionRules::needsConfirmation(action) && !ActionRules::isCancel(action))
            keys.append(ActionRules::key(action));
    }
    return keys;
}

// Each language by its own name, as a person who reads only that language looks for it.
QList<std::pair<QString, QString>> AppSettings::languages()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"lt"_s, u"Lietuvių"_s}};
}

QString AppSettings::problem() const
{
    if (proxyMode == ProxyMode::Manual && proxyHost.isEmpty())
        return tr("Enter the host name or address of the proxy server.");
    return caFileProblem(extraCaCertificateFile);
}

QString AppSettings::caFileProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!QFileInfo(path).isFile())
        return tr("The CA certificate file %1 does not exist.").arg(path);

    // Loaded the way the API client loads it, so that what passes here also works there.
    QString error;
    ApiClient::sslConfiguration(path, &error);
    return error;
}

QNetworkProxy AppSettings::proxy() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort);
    }
    // DefaultProxy hands the choice to the application's proxy factory: the system's.
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QString AppSettings::loggingRules(LogLevel level)
{
    switch (level) {
    case LogLevel::Warnings:
        break;
    case LogLevel::Information:
        return u"heficed.*.info=true"_s;
    case LogLevel::Debug:
        return u"heficed.*.info=true\nheficed.*.debug=true"_s;
    }
    return {};
}

void AppSettings::applyProxy(QNetworkAccessManager *network) const
{
    network->setProxy(proxy());
    network->clearConnectionCache();
}

void AppSettings::applyTo(ConnectionSettings *connection) const
{
    if (connection->extraCaCertificateFile.isEmpty())
        connection->extraCaCertificateFile = extraCaCertificateFile;
}

void AppSettings::applyProcessWide() const
{
    // Setting an application proxy drops the system's proxy factory, and using the system's
    // configuration makes the factory win over the application proxy: one or the other.
    if (proxyMode == ProxyMode::System) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    } else {
        QNetworkProxy::setApplicationProxy(proxy());
    }
    QLoggingCategory::setFilterRules(loggingRules(logLevel));
    qCInfo(lcSettings) << "Proxy:" << toWord(proxyModeWords, proxyMode)
                       << (proxyMode == ProxyMode::Manual ? proxyHost + u':' + QString::number(proxyPort) : QString())
                       << "- log level:" << toWord(logLevelWords, logLevel);
}

} // namespace Heficed
