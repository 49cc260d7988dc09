// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTemporaryFile>
#include <QTest>

#include <initializer_list>
#include <vector>

using namespace Heficed;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsWithoutOptions();
    void everyOption();
    void helpAndVersion();
    void givenUrlsAreKeptApart();
    void spotsHelpAndVersionBeforeTheApplication();
    void rejectsBadValues_data();
    void rejectsBadValues();

private:
    static CommandLineOptions parse(const QStringList &options);
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("Heficed Panel"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

CommandLineOptions TestCommandLine::parse(const QStringList &options)
{
    return parseCommandLine(QStringList{QStringLiteral("heficed-panel")} + options);
}

void TestCommandLine::defaultsWithoutOptions()
{
    const CommandLineOptions options = parse({});
    QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
    QCOMPARE(options.connection.apiBaseUrl, QUrl(QStringLiteral("https://api.heficed.com")));
    QCOMPARE(options.connection.tokenUrl, QUrl(QStringLiteral("https://iam-proxy.heficed.com/oauth2/token")));
    QCOMPARE(options.connection.timeoutMs, 30'000);
    QCOMPARE(options.connection.extraCaCertificateFile, QString());
    QCOMPARE(options.organisationName, QString());
    QCOMPARE(options.language, QString());
    QCOMPARE(options.apiUrl, QUrl());
    QCOMPARE(options.tokenUrl, QUrl());
}

void TestCommandLine::everyOption()
{
    QTemporaryFile ca;
    QVERIFY(ca.open());

    const CommandLineOptions options =
        parse({QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--token-url"),
               QStringLiteral("http://127.0.0.1:8080/oauth2/token"), QStringLiteral("--organisation"),
               QStringLiteral("Acme Ltd"), QStringLiteral("--extra-ca"), ca.fileName(), QStringLiteral("--timeout"),
               QStringLiteral("12"), QStringLiteral("--language"), QStringLiteral("de")});
    QCOMPARE(options.outcome, CommandLineOptions::Outcome::Run);
    QCOMPARE(options.connection.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(options.connection.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/oauth2/token")));
    QCOMPARE(options.connection.timeoutMs, 12'000);
    QCOMPARE(options.connection.extraCaCertificateFile, ca.fileName());
    QCOMPARE(options.organisationName, QStringLiteral("Acme Ltd"));
    QCOMPARE(options.language, QStringLiteral("de"));
}

void TestCommandLine::helpAndVersion()
{
    const CommandLineOptions help = parse({QStringLiteral("--help")});
    QCOMPARE(help.outcome, CommandLineOptions::Outcome::ShowHelp);
    QVERIFY2(help.message.contains(u"--api-url <URL>"), qPrintable(help.message));
    QVERIFY(help.message.contains(u"--extra-ca <FILE>"));

    const CommandLineOptions version = parse({QStringLiteral("--version")});
    QCOMPARE(version.outcome, CommandLineOptions::Outcome::ShowVersion);
    QCOMPARE(version.message, QStringLiteral("Heficed Panel 1.2.3"));
}

// Only URLs given on the command line win over an organisation's own endpoints.
void TestCommandLine::givenUrlsAreKeptApart()
{
    const CommandLineOptions apiOnly = parse({QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:8080")});
    QCOMPARE(apiOnly.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(apiOnly.tokenUrl, QUrl());
    QCOMPARE(apiOnly.connection.tokenUrl, QUrl(QStringLiteral("https://iam-proxy.heficed.com/oauth2/token")));

    const CommandLineOptions tokenOnly =
        parse({QStringLiteral("--token-url"), QStringLiteral("http://127.0.0.1:8080/oauth2/token")});
    QCOMPARE(tokenOnly.apiUrl, QUrl());
    QCOMPARE(tokenOnly.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/oauth2/token")));
}

void TestCommandLine::spotsHelpAndVersionBeforeTheApplication()
{
    const auto asks = [](std::initializer_list<const char *> arguments) {
        const std::vector<const char *> argv(arguments);
        return asksForHelpOrVersion(int(argv.size()), argv.data());
    };
    QVERIFY(asks({"heficed-panel", "--help"}));
    QVERIFY(asks({"heficed-panel", "--api-url", "http://127.0.0.1:1", "-h"}));
    QVERIFY(asks({"heficed-panel", "--help-all"}));
    QVERIFY(asks({"heficed-panel", "-v"}));
    QVERIFY(asks({"heficed-panel", "--version"}));
    QVERIFY(!asks({"heficed-panel"}));
    QVERIFY(!asks({"heficed-panel", "-platform", "offscreen", "--organisation", "Acme"}));
    QVERIFY(!asks({"heficed-panel", "--", "--help"}));
    QVERIFY(!asks({"--help"})); // the program's own name is not an option
}

void TestCommandLine::rejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("ftp api url") << QStringList{QStringLiteral("--api-url"), QStringLiteral("ftp://example.com")}
                                 << QStringLiteral("The value of --api-url is not an http or https URL: "
                                                   "ftp://example.com");
    QTest::newRow("relative token url") << QStringList{QStringLiteral("--token-url"), QStringLiteral("oauth2/token")}
                                        << QStringLiteral(
                                               "The value of --token-url is not an http or https URL: oauth2/token");
    QTest::newRow("timeout text") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}
                                  << QStringLiteral("The value of --timeout must be a number of seconds from 1 to "
                                                    "3600: soon");
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                  << QStringLiteral("The value of --timeout must be a number of seconds from 1 to "
                                                    "3600: 0");
    QTest::newRow("missing ca") << QStringList{QStringLiteral("--extra-ca"), QStringLiteral("/nonexistent/ca.pem")}
                                << QStringLiteral("Cannot read the CA file /nonexistent/ca.pem.");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("servers")}
                                    << QStringLiteral("Unexpected argument: servers");
}

void TestCommandLine::rejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CommandLineOptions options = parse(arguments);
    QCOMPARE(options.outcome, CommandLineOptions::Outcome::Error);
    QCOMPARE(options.message, message);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
