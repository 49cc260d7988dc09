// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault the sandbox can inject, seen from a real HTTP client; HTTPS with a throw-away CA;
// the command line; and proof that no secret reaches the log.
#include "../common/logcapture.h"
#include "../common/testcerts.h"
#include "sandboxcommandline.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace Heficed::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString Instances = u"/kronoscloud/instances"_s;

Options fastOptions()
{
    Options options;
    options.instances = 10;
    options.actionSeconds = 1;
    options.settleSeconds = 1;
    return options;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log; // made in initTestCase(), after QTest installed its own handler
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QStringList m_secrets;

    void start(const Options &options)
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<SandboxTestClient>(m_server.get());
        QVERIFY(m_client->authenticate());
    }

    HttpResult getInstances() { return m_client->get(m_client->tenantPath(Instances + u"?limit=5"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        // The request lines are debug output; QT_LOGGING_RULES, as ctest sets it, still has the last word.
        QLoggingCategory::setFilterRules(u"heficed.sandbox.debug=true"_s);
        m_log = std::make_unique<LogCapture>();
    }

    void init() { start(fastOptions()); }

    void cleanup()
    {
        m_secrets.append(m_server->issuedTokens());
        m_secrets.append(m_server->options().clientSecret);
        for (const QJsonValue &instance : m_server->instancesJson())
            m_secrets.append(instance[u"password"_s].toString());
        m_client.reset();
        m_server.reset();
    }

    void cleanupTestCase()
    {
        const QString leaked = LogCapture::lineContainingAny(m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(u"A secret reached the log: "_s + leaked.left(50)));
        bool tokenLine = false;
        for (const QString &line : LogCapture::lines())
            tokenLine = tokenLine || line.contains(u"POST /oauth2/token -> 200"_s);
        QVERIFY(tokenLine); // the request lines were really logged
    }

    void statusWithRetryAfter()
    {
        m_server->addFault({Fault::Kind::Status, 429, 7, 0, Instances, {}, 1});
        QSignalSpy answered(m_server.get(), &SandboxServer::requestAnswered);
        const HttpResult limited = getInstances();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(2).toInt(), 429);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(limited.json()[u"title"_s].toString(), u"Too Many Requests"_s);
        QVERIFY(!limited.json()[u"detail"_s].toString().isEmpty());
        QCOMPARE(getInstances().status, 200); // the count is used up
        QCOMPARE(m_server->requestCount("GET", Instances), 2);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("401") << 401;
        QTest::newRow("409") << 409;
    }

    void serverErrors()
    {
        QFETCH(int, status);
        m_server->addFault({Fault::Kind::Status, status, 1, 0, {}, {}, 2});
        QCOMPARE(getInstances().status, status);
        QCOMPARE(getInstances().json()[u"type"_s].toString().isEmpty(), false);
        QCOMPARE(getInstances().status, 200);
    }

    void htmlPage()
    {
        m_server->addFault({Fault::Kind::HtmlPage, 502, 1, 0, Instances, {}, 1});
        const HttpResult page = getInstances();
        QCOMPARE(page.status, 502);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("<html>"));
        QVERIFY(!page.isJson());
    }

    void cutOffJsonHasMatchingLength()
    {
        m_server->addFault({Fault::Kind::CutOffJson, 200, 1, 0, Instances, {}, 1});
        const HttpResult cut = getInstances();
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.header("Content-Length").toInt(), cut.body.size());
        QVERIFY(cut.body.size() > 100);
        QVERIFY(cut.body.startsWith("{"));
        QVERIFY(!cut.isJson());
    }

    void emptyBody()
    {
        m_server->addFault({Fault::Kind::EmptyBody, 500, 1, 0, Instances, {}, 1});
        const HttpResult empty = getInstances();
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.body.isEmpty());
        QCOMPARE(empty.header("Content-Length"), QByteArray("0"));
    }

    void droppedConnectionIsANetworkError()
    {
        QCOMPARE(getInstances().status, 200); // a warm connection that Qt would reuse
        m_server->addFault({Fault::Kind::DropConnection, 0, 1, 0, Instances, {}, -1});
        const HttpResult dropped = getInstances();
        QVERIFY(dropped.finished);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(m_server->requestCount("GET", Instances) >= 2);
        m_server->clearFaults();
        QCOMPARE(getInstances().status, 200);
    }

    void qtResendsARequestDroppedBeforeAnyAnswer()
    {
        // QNetworkAccessManager sends a request again when its connection closes before any byte
        // of an answer: a single drop never reaches the client, and the sandbox sees both tries.
        QCOMPARE(getInstances().status, 200);
        m_server->addFault({Fault::Kind::DropConnection, 0, 1, 0, Instances, {}, 1});
        QCOMPARE(getInstances().status, 200);
        QCOMPARE(m_server->requestCount("GET", Instances), 3);
    }

    void droppedPostNeverReachesTheApi()
    {
        const QString stop = m_client->tenantPath(Instances + u"/312019/stop"_s);
        m_server->addFault({Fault::Kind::DropConnection, 0, 1, 0, u"/stop"_s, "POST", -1});
        const HttpResult dropped = m_client->postJson(stop, {});
        QCOMPARE(dropped.status, 0);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_server->instanceJson(312019)[u"status"_s].toString(), u"running"_s);
        // Qt itself may have sent the POST more than once before it gave up: each try is counted.
        QVERIFY(m_server->requestCount("POST", u"/stop"_s) >= 1);
    }

    void delayAndLatency()
    {
        m_server->addFault({Fault::Kind::Delay, 200, 1, 600, Instances, {}, 1});
        const HttpResult slow = getInstances();
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 550, qPrintable(QString::number(slow.elapsedMs)));

        m_server->addFault({Fault::Kind::Delay, 200, 1, 3'000, Instances, {}, 1});
        m_client->setTransferTimeout(300);
        const HttpResult timedOut = getInstances();
        QCOMPARE(timedOut.status, 0);
        QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError); // the client's own timeout
        QVERIFY(timedOut.elapsedMs < 2'000);

        m_client->setTransferTimeout(0);
        m_server->setLatency(300);
        QVERIFY(getInstances().elapsedMs >= 280);
    }

    void gatewayFaultsNeverReachTheApi()
    {
        const QString start = m_client->tenantPath(Instances + u"/312019/stop"_s);
        m_server->addFault({Fault::Kind::Status, 503, 1, 0, u"/stop"_s, "POST", 1});
        QCOMPARE(m_client->postJson(start, {}).status, 503);
        QCOMPARE(m_server->instanceJson(312019)[u"status"_s].toString(), u"running"_s);

        m_server->addFault({Fault::Kind::CutOffJson, 200, 1, 0, u"/stop"_s, "POST", 1});
        QCOMPARE(m_client->postJson(start, {}).status, 200);
        QCOMPARE(m_server->instanceJson(312019)[u"status"_s].toString(), u"stopping"_s); // it went through
        QCOMPARE(m_server->requestCount("POST", u"/stop"_s), 2);
    }

    void faultFiltersByMethodAndPath()
    {
        m_server->addFault({Fault::Kind::Status, 500, 1, 0, Instances, "POST", -1});
        m_server->addFault({Fault::Kind::Status, 500, 1, 0, u"/ipswitch/"_s, {}, -1});
        QCOMPARE(getInstances().status, 200);
        QCOMPARE(m_client->get(m_client->tenantPath(u"/ipswitch/v4/subnets"_s)).status, 500);
        QCOMPARE(m_client->postJson(m_client->tenantPath(Instances + u"/312019/reboot"_s), {}).status, 500);
    }

    void tokenEndpointIsHitOnlyWhenNamed()
    {
        m_server->addFault({Fault::Kind::Status, 503, 1, 0, {}, {}, -1}); // every API call
        QVERIFY(m_client->authenticate());
        QCOMPARE(getInstances().status, 503);
        m_server->clearFaults();

        const std::optional<Fault> reject = SandboxCommandLine::parseFault(u"token-reject"_s);
        QVERIFY(reject.has_value());
        m_server->addFault(*reject);
        QVERIFY(!m_client->authenticate());
        const Options &options = m_server->options();
        const HttpResult refused =
            m_client->requestToken(options.clientId, options.clientSecret, "grant_type=client_credentials");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()[u"error"_s].toString(), u"invalid_client"_s);
    }

    void shareIsSeededAndDeterministic()
    {
        const auto pattern = [this] {
            m_server->addFault({Fault::Kind::Status, 503, 1, 0, Instances, {}, -1, 0.5});
            QString hits;
            for (int i = 0; i < 24; ++i)
                hits += getInstances().status == 503 ? u'x' : u'.';
            return hits;
        };
        const QString first = pattern();
        QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
        start(fastOptions());
        QCOMPARE(pattern(), first);
    }

    void servesHttpsWithAGeneratedCertificate()
    {
        const TestCertificates certificates = TestCertificates::create();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
        QString error;
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(fastOptions());
        QVERIFY(!m_server->enableTls(certificates.caFile + u".missing"_s, certificates.keyFile, &error));
        QVERIFY(error.contains(u".missing"_s));
        QVERIFY2(m_server->enableTls(certificates.certFile, certificates.keyFile, &error), qPrintable(error));
        QVERIFY(m_server->listen());
        QCOMPARE(m_server->baseUrl().scheme(), u"https"_s);
        QCOMPARE(m_server->tokenUrl().toString(), m_server->baseUrl().toString() + u"/oauth2/token"_s);

        m_client = std::make_unique<SandboxTestClient>(m_server.get());
        const HttpResult untrusted = getInstances();
        QCOMPARE(untrusted.status, 0);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(certificates.authority());
        m_client->setSslConfiguration(trusting);
        QCOMPARE(getInstances().error, QNetworkReply::SslHandshakeFailedError); // the old connection's settings
        m_client->clearConnections();
        QVERIFY(m_client->authenticate());
        QCOMPARE(getInstances().status, 200);
    }

    void commandLineOptionsAndBanner()
    {
        QString error;
        const auto launch = SandboxCommandLine::parse({u"heficed-sandbox"_s, u"--instances"_s, u"7"_s, u"--seed"_s,
                                                       u"9"_s, u"--fault"_s, u"status:429"_s, u"--fault"_s, u"drop"_s,
                                                       u"--fault-share"_s, u"0.25"_s, u"--retry-after"_s, u"3"_s,
                                                       u"--tenant"_s, u"t-1"_s, u"--settle-seconds"_s, u"2"_s},
                                                      &error);
        QVERIFY2(launch.has_value(), qPrintable(error));
        QCOMPARE(launch->options.instances, 7);
        QCOMPARE(launch->options.seed, 9u);
        QCOMPARE(launch->options.settleSeconds, 2);
        QCOMPARE(launch->options.tenantId, u"t-1"_s);
        QCOMPARE(launch->faults.size(), 2);
        QCOMPARE(launch->faults[0].kind, Fault::Kind::Status);
        QCOMPARE(launch->faults[0].status, 429);
        QCOMPARE(launch->faults[0].retryAfterSeconds, 3);
        QCOMPARE(launch->faults[1].kind, Fault::Kind::DropConnection);
        QCOMPARE(launch->faults[1].share, 0.25);

        const QString banner = SandboxCommandLine::banner(*m_server, *launch);
        QVERIFY(banner.contains(m_server->baseUrl().toString()));
        QVERIFY(banner.contains(m_server->tokenUrl().toString()));
        QVERIFY(banner.contains(m_server->options().clientId));
        QVERIFY(banner.contains(m_server->options().clientSecret)); // demo values, printed on purpose
        QVERIFY(banner.contains(m_server->options().tenantId));
    }

    void commandLineFaultsAndMistakes()
    {
        QString error;
        QCOMPARE(SandboxCommandLine::parseFault(u"html"_s)->status, 502);
        QCOMPARE(SandboxCommandLine::parseFault(u"delay:250"_s)->delayMs, 250);
        QCOMPARE(SandboxCommandLine::parseFault(u"cutoff"_s)->kind, Fault::Kind::CutOffJson);
        QCOMPARE(SandboxCommandLine::parseFault(u"empty"_s)->kind, Fault::Kind::EmptyBody);
        QCOMPARE(SandboxCommandLine::parseFault(u"status:503"_s)->status, 503);
        QVERIFY(!SandboxCommandLine::parseFault(u"status:99"_s));
        QVERIFY(!SandboxCommandLine::parseFault(u"explode"_s));
        QVERIFY(!SandboxCommandLine::parse({u"heficed-sandbox"_s, u"--fault"_s, u"explode"_s}, &error));
        QVERIFY(error.contains(u"explode"_s));
        QVERIFY(!SandboxCommandLine::parse({u"heficed-sandbox"_s, u"--port"_s, u"70000"_s}, &error));
        QVERIFY(error.contains(u"--port"_s));
        QVERIFY(!SandboxCommandLine::parse({u"heficed-sandbox"_s, u"--tls-cert"_s, u"a.pem"_s}, &error));
        QVERIFY(error.contains(u"--tls-key"_s));
    }

    void embeddedFixtureWorksWithoutSharedFolder()
    {
        Options options = fastOptions();
        options.fixtureFile = u"/nonexistent/instances-seed.json"_s;
        SandboxServer fallback(options);
        QCOMPARE(fallback.instanceJson(312019)[u"hostname"_s].toString(), u"hhVyA97bBk"_s);
        options.fixtureFile = QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json");
        SandboxServer shared(options);
        QCOMPARE(shared.instanceJson(312019), fallback.instanceJson(312019));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
