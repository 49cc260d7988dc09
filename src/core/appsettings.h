// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QSettings;

namespace Heficed {

// The preferences of the Settings dialog, without widgets: what they are, where QSettings keeps
// them, and how each one takes effect. Organisations and credentials are kept elsewhere
// (OrganisationStore, CredentialStore).
//
// The command line wins over these: --language over `language`, --extra-ca over
// `extraCaCertificateFile`.
struct AppSettings
{
    enum class ProxyMode
    {
        System, // the desktop's or the environment's (http_proxy, no_proxy)
        None,
        Manual, // an HTTP proxy at proxyHost:proxyPort
    };

    enum class LogLevel
    {
        Warnings, // the categories' own default
        Information,
        Debug,
    };

    static constexpr int DefaultRefreshSeconds = 30;
    static constexpr int MaxRefreshSeconds = 24 * 60 * 60;
    static constexpr quint16 DefaultProxyPort = 8080;

    int refreshIntervalSeconds = DefaultRefreshSeconds; // 0: no automatic refresh
    // Keys (ActionRules::key) of the confirmations the user chose not to see again.
    QStringList skippedConfirmations;
    QString language; // empty: the system's; else a code such as "en", "de" or "lt"
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = DefaultProxyPort;
    QString extraCaCertificateFile; // empty: none
    LogLevel logLevel = LogLevel::Warnings;

    bool operator==(const AppSettings &other) const = default;

    // Values out of range are brought into range; unknown words fall back to the default.
    static AppSettings load(const QSettings &settings);
    static AppSettings load(); // from the application's QSettings
    void save(QSettings &settings) const;
    void save() const;

    // The confirmations a person may switch off, as ActionRules keys, in menu order.
    static QStringList skippableConfirmations();
    // The languages offered besides the system's: code and the language's own name.
    static QList<std::pair<QString, QString>> languages();

    // Empty when the settings can be used, else a sentence that says what is wrong.
    QString problem() const;
    // Empty when `path` is empty or holds PEM certificates, else a sentence saying why not.
    static QString caFileProblem(const QString &path);

    QNetworkProxy proxy() const;
    // The logging rules for `level`, as QLoggingCategory::setFilterRules takes them.
    static QString loggingRules(LogLevel level);

    // Uses the proxy for `network`'s new connections (open ones are dropped).
    void applyProxy(QNetworkAccessManager *network) const;
    // The extra CA file, unless the connection already has one (from the command line).
    void applyTo(ConnectionSettings *connection) const;
    // What holds for the whole process: the application proxy, which every network access manager
    // without one of its own follows, and the logging rules. QT_LOGGING_RULES still wins.
    void applyProcessWide() const;

    Q_DECLARE_TR_FUNCTIONS(AppSettings) // last: the macro ends in "private:"
};

} // namespace Heficed

Q_DECLARE_METATYPE(Heficed::AppSettings)
