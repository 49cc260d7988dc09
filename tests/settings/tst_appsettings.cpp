// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: what is stored under which key, how bad values are read, and that each setting
// takes effect: the proxy carries real requests, the extra CA makes a TLS sandbox trusted, the
// log level switches the heficed.* categories.
#include "../common/testcerts.h"
#include "api/apiclient.h"
#include "appsettings.h"
#include "logging.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Heficed::Sandbox::SandboxServer;

namespace {

constexpr int answerTimeoutMs = 15'000;

// An HTTP proxy that proxies nothing: it keeps the first line of each request it is sent and
// answers 502, which is enough to prove which requests went through a proxy.
class RecordingProxy : public QObject
{
public:
    RecordingProxy()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &RecordingProxy::accept);
    }

    quint16 port() const { return m_server.serverPort(); }
    QStringList requestLines() const { return m_lines; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket)
    {
        if (!socket->canReadLine() || socket->property("answered").toBool())
            return;
        m_lines.append(QString::fromLatin1(socket->readLine()).trimmed());
        socket->setProperty("answered", true);
        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QStringList m_lines;
};

AppSettings changedSettings()
{
    AppSettings settings;
    settings.refreshIntervalSeconds = 90;
    settings.skippedConfirmations = {u"force-stop"_s, u"reboot"_s};
    settings.language = u"lt"_s;
    settings.proxyMode = AppSettings::ProxyMode::Manual;
    settings.proxyHost = u"proxy.example.com"_s;
    settings.proxyPort = 3128;
    settings.extraCaCertificateFile = u"/etc/ssl/gateway.pem"_s;
    settings.logLevel = AppSettings::LogLevel::Debug;
    return settings;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWhenNothingIsStored();
    void savedSettingsReadBack();
    void badValuesAreBroughtIntoRange();
    void unknownConfirmationsAreKept();
    void skippableConfirmationsAreTheServerActions();
    void problemsAreSaid();
    void logLevelSwitchesTheCategories();
    void proxyIsSetForTheProcess();
    void manualProxyCarriesTheRequests();
    void extraCaFromTheSettingsIsTrusted();

private:
    std::unique_ptr<QSettings> freshSettings();
    std::optional<ApiResult<ApiResponse>> listInstances(ApiClient *client);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // ctest switches the heficed.* categories on by environment, which would win over the rules
    // tested here; CMakeLists.txt runs this test without them.
    QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES").isEmpty(), "run with QT_LOGGING_RULES unset");
}

void TestAppSettings::init()
{
    QLoggingCategory::setFilterRules({});
}

void TestAppSettings::cleanup()
{
    AppSettings().applyProcessWide(); // the system's proxy and the categories' own levels again
}

std::unique_ptr<QSettings> TestAppSettings::freshSettings()
{
    const QString file = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files));
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

std::optional<ApiResult<ApiResponse>> TestAppSettings::listInstances(ApiClient *client)
{
    auto result = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
    client->send({Endpoints::listInstances(client->tenant(), 10, 0), {}, {}}, this,
                 [result](const ApiResult<ApiResponse> &answer) { *result = answer; });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, answerTimeoutMs))
        return std::nullopt;
    return *result;
}

void TestAppSettings::defaultsWhenNothingIsStored()
{
    const auto settings = freshSettings();
    const AppSettings loaded = AppSettings::load(*settings);
    QVERIFY(loaded == AppSettings());
    QCOMPARE(loaded.refreshIntervalSeconds, 30);
    QCOMPARE(loaded.proxyMode, AppSettings::ProxyMode::System);
    QCOMPARE(loaded.proxy().type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(loaded.logLevel, AppSettings::LogLevel::Warnings);
    QVERIFY(loaded.language.isEmpty());
    QVERIFY(loaded.problem().isEmpty());
}

void TestAppSettings::savedSettingsReadBack()
{
    const auto settings = freshSettings();
    const AppSettings changed = changedSettings();
    changed.save(*settings);
    QVERIFY(AppSettings::load(*settings) == changed);

    // The keys other parts of the panel read, by name: MainWindow the interval,
    // ConfirmationDialog the confirmations.
    QCOMPARE(settings->value(u"refresh/intervalSeconds"_s).toInt(), 90);
    QCOMPARE(settings->value(u"confirmations/reboot/skip"_s).toBool(), true);
    QCOMPARE(settings->value(u"confirmations/force-stop/skip"_s).toBool(), true);
    QVERIFY(!settings->contains(u"confirmations/stop/skip"_s));
    QCOMPARE(settings->value(u"ui/language"_s).toString(), u"lt"_s);
    QCOMPARE(settings->value(u"network/proxy"_s).toString(), u"manual"_s);
    QCOMPARE(settings->value(u"network/proxyHost"_s).toString(), u"proxy.example.com"_s);
    QCOMPARE(settings->value(u"network/proxyPort"_s).toInt(), 3128);
    QCOMPARE(settings->value(u"network/extraCaCertificateFile"_s).toString(), u"/etc/ssl/gateway.pem"_s);
    QCOMPARE(settings->value(u"logging/level"_s).toString(), u"debug"_s);

    // Saving the defaults over it turns everything back, confirmations included.
    AppSettings().save(*settings);
    QVERIFY(AppSettings::load(*settings) == AppSettings());
    QVERIFY(!settings->contains(u"confirmations/reboot/skip"_s));
}

void TestAppSettings::badValuesAreBroughtIntoRange()
{
    const auto settings = freshSettings();
    settings->setValue(u"refresh/intervalSeconds"_s, -5);
    settings->setValue(u"ui/language"_s, u"xx"_s);
    settings->setValue(u"network/proxy"_s, u"carrier-pigeon"_s);
    settings->setValue(u"network/proxyPort"_s, 70000);
    settings->setValue(u"logging/level"_s, u"loud"_s);
    AppSettings loaded = AppSettings::load(*settings);
    QCOMPARE(loaded.refreshIntervalSeconds, 0);
    QVERIFY(loaded.language.isEmpty());
    QCOMPARE(loaded.proxyMode, AppSettings::ProxyMode::System);
    QCOMPARE(loaded.proxyPort, AppSettings::DefaultProxyPort);
    QCOMPARE(loaded.logLevel, AppSettings::LogLevel::Warnings);

    settings->setValue(u"refresh/intervalSeconds"_s, 10'000'000);
    QCOMPARE(AppSettings::load(*settings).refreshIntervalSeconds, 86'400);
    settings->setValue(u"refresh/intervalSeconds"_s, u"soon"_s);
    QCOMPARE(AppSettings::load(*settings).refreshIntervalSeconds, 30);
    settings->setValue(u"ui/language"_s, u" de "_s);
    QCOMPARE(AppSettings::load(*settings).language, u"de"_s);
}

void TestAppSettings::unknownConfirmationsAreKept()
{
    const auto settings = freshSettings();
    settings->setValue(u"confirmations/stop/skip"_s, false);
    settings->setValue(u"confirmations/future-action/skip"_s, true);
    settings->setValue(u"confirmations/reboot/skip"_s, true);
    AppSettings loaded = AppSettings::load(*settings);
    QCOMPARE(loaded.skippedConfirmations, (QStringList{u"future-action"_s, u"reboot"_s}));

    loaded.skippedConfirmations.removeAll(u"reboot"_s);
    loaded.save(*settings);
    settings->sync();
    QVERIFY(!settings->contains(u"confirmations/reboot/skip"_s));
    QVERIFY(!settings->contains(u"confirmations/stop/skip"_s));
    QCOMPARE(settings->value(u"confirmations/future-action/skip"_s).toBool(), true);
}

void TestAppSettings::skippableConfirmationsAreTheServerActions()
{
    // Start asks nothing, and cancelling always asks: neither can be switched.
    QCOMPARE(AppSettings::skippableConfirmations(),
             (QStringList{u"stop"_s, u"force-stop"_s, u"reboot"_s, u"force-reboot"_s, u"enter-rescue"_s,
                          u"leave-rescue"_s}));
    QStringList names;
    for (const auto &[code, name] : AppSettings::languages())
        names.append(code + u'=' + name);
    QCOMPARE(names, (QStringList{u"en=English"_s, u"de=Deutsch"_s, u"lt=Lietuvių"_s}));
}

void TestAppSettings::problemsAreSaid()
{
    AppSettings settings;
    settings.proxyMode = AppSettings::ProxyMode::Manual;
    QCOMPARE(settings.problem(), u"Enter the host name or address of the proxy server."_s);
    settings.proxyHost = u"proxy.example.com"_s;
    QVERIFY(settings.problem().isEmpty());

    settings.extraCaCertificateFile = m_dir.filePath(u"missing.pem"_s);
    QCOMPARE(settings.problem(), u"The CA certificate file %1 does not exist."_s.arg(settings.extraCaCertificateFile));

    // A file that is there but holds no certificate is refused with the API client's own words.
    const QString notPem = m_dir.filePath(u"not-a-certificate.pem"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();
    QCOMPARE(AppSettings::caFileProblem(notPem),
             u"The extra CA certificate file %1 could not be read as PEM certificates."_s.arg(notPem));

    const TestCertificates certificates = TestCertificates::create();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
    settings.extraCaCertificateFile = certificates.caFile;
    QVERIFY(settings.problem().isEmpty());
}

void TestAppSettings::logLevelSwitchesTheCategories()
{
    const QLoggingCategory &api = lcApi();
    AppSettings settings;
    settings.applyProcessWide();
    QVERIFY(api.isWarningEnabled());
    QVERIFY(!api.isInfoEnabled());
    QVERIFY(!api.isDebugEnabled());

    settings.logLevel = AppSettings::LogLevel::Information;
    settings.applyProcessWide();
    QVERIFY(api.isInfoEnabled());
    QVERIFY(!api.isDebugEnabled());
    QVERIFY(lcKeychain().isInfoEnabled());

    settings.logLevel = AppSettings::LogLevel::Debug;
    settings.applyProcessWide();
    QVERIFY(api.isDebugEnabled());
    QVERIFY(lcSettings().isDebugEnabled());
    // Only the panel's own categories: Qt's stay as they are.
    QVERIFY(!QLoggingCategory("qt.network.ssl").isDebugEnabled());

    settings.logLevel = AppSettings::LogLevel::Warnings;
    settings.applyProcessWide();
    QVERIFY(!api.isDebugEnabled());
    QVERIFY(!api.isInfoEnabled());
}

void TestAppSettings::proxyIsSetForTheProcess()
{
    AppSettings settings;
    settings.proxyMode = AppSettings::ProxyMode::Manual;
    settings.proxyHost = u"proxy.example.com"_s;
    settings.proxyPort = 3128;
    settings.applyProcessWide();
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), u"proxy.example.com"_s);
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));

    settings.proxyMode = AppSettings::ProxyMode::None;
    settings.applyProcessWide();
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);

    settings.proxyMode = AppSettings::ProxyMode::System;
    settings.applyProcessWide();
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestAppSettings::manualProxyCarriesTheRequests()
{
    SandboxServer sandbox{Sandbox::Options()};
    QVERIFY(sandbox.listen());
    RecordingProxy proxy;
    QVERIFY(proxy.port() != 0);

    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    connection.timeoutMs = 10'000;
    ApiClient client(connection);
    client.setCredentials(
        {sandbox.options().tenantId, sandbox.options().clientId, sandbox.options().clientSecret, {u"kronoscloud"_s}});

    AppSettings settings;
    settings.proxyMode = AppSettings::ProxyMode::Manual;
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = proxy.port();
    settings.applyProxy(client.network());
    const auto throughProxy = listInstances(&client);
    QVERIFY(throughProxy.has_value());
    QVERIFY(!throughProxy->ok());
    // The token request went to the proxy, in the absolute form proxies are sent, and no further.
    QVERIFY(!proxy.requestLines().isEmpty());
    QCOMPARE(proxy.requestLines().constFirst(), u"POST %1 HTTP/1.1"_s.arg(sandbox.tokenUrl().toString()));
    QCOMPARE(sandbox.requests().size(), 0);

    const qsizetype proxied = proxy.requestLines().size();
    settings.proxyMode = AppSettings::ProxyMode::None;
    settings.applyProxy(client.network());
    const auto direct = listInstances(&client);
    QVERIFY(direct.has_value());
    QVERIFY2(direct->ok(), qPrintable(direct->ok() ? QString() : direct->error().message));
    QCOMPARE(proxy.requestLines().size(), proxied);
    QCOMPARE(sandbox.requestCount("GET", u"/kronoscloud/instances"_s), 1);
}

void TestAppSettings::extraCaFromTheSettingsIsTrusted()
{
    const TestCertificates certificates = TestCertificates::create();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
    SandboxServer sandbox{Sandbox::Options()};
    QString error;
    QVERIFY2(sandbox.enableTls(certificates.certFile, certificates.keyFile, &error), qPrintable(error));
    QVERIFY(sandbox.listen());

    AppSettings settings;
    settings.extraCaCertificateFile = certificates.caFile;
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    connection.timeoutMs = 10'000;

    ApiClient client(connection);
    client.setCredentials(
        {sandbox.options().tenantId, sandbox.options().clientId, sandbox.options().clientSecret, {u"kronoscloud"_s}});
    const auto refused = listInstances(&client);
    QVERIFY(refused.has_value());
    QCOMPARE(refused->error().kind, ApiError::Kind::Tls);

    settings.applyTo(&connection);
    QCOMPARE(connection.extraCaCertificateFile, certificates.caFile);
    QVERIFY(client.setConnection(connection));
    const auto trusted = listInstances(&client);
    QVERIFY(trusted.has_value());
    QVERIFY2(trusted->ok(), qPrintable(trusted->ok() ? QString() : trusted->error().message));

    // A CA file given on the command line wins over the setting.
    ConnectionSettings fromCommandLine;
    fromCommandLine.extraCaCertificateFile = u"/from/the/command-line.pem"_s;
    settings.applyTo(&fromCommandLine);
    QCOMPARE(fromCommandLine.extraCaCertificateFile, u"/from/the/command-line.pem"_s);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
