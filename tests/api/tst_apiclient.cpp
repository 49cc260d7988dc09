// SPDX-License-Identifier: GPL-3.0-or-later
// The API client against the sandbox server over real loopback HTTP (and HTTPS).
#include "../common/logcapture.h"
#include "../common/testcerts.h"
#include "api/accesstokenprovider.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Heficed;

using namespace Qt::StringLiterals;
using Sandbox::Fault;
using Sandbox::SandboxServer;

namespace {

constexpr int WaitMs = 15'000;

template<typename T>
std::optional<ApiResult<T>> waitFor(const std::shared_ptr<std::optional<ApiResult<T>>> &slot, int timeoutMs = WaitMs)
{
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, timeoutMs));
    return *slot;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QStringList m_secretsSeen;

    Sandbox::Options sandboxOptions() const
    {
        Sandbox::Options options;
        options.instances = 25;
        options.actionSeconds = 1;
        options.settleSeconds = 1;
        options.fixtureFile = QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json");
        return options;
    }

    ConnectionSettings connectionTo(const SandboxServer &sandbox) const
    {
        ConnectionSettings settings;
        settings.apiBaseUrl = sandbox.baseUrl();
        settings.tokenUrl = sandbox.tokenUrl();
        settings.timeoutMs = 5'000;
        return settings;
    }

    Credentials demoCredentials(QStringList scopes = {u"kronoscloud"_s}) const
    {
        const Sandbox::Options &options = m_sandbox->options();
        return {options.tenantId, options.clientId, options.clientSecret, scopes};
    }

    std::optional<ApiResult<ApiResponse>> send(const ApiRequest &request)
    {
        auto slot = std::make_shared<std::optional<ApiResult<ApiResponse>>>();
        m_client->send(request, this, [slot](const ApiResult<ApiResponse> &result) { *slot = result; });
        return waitFor(slot);
    }

    std::optional<ApiResult<ApiResponse>> getInstances()
    {
        return send({Endpoints::listInstances(m_client->tenant(), 200, 0), {}, {}});
    }

    std::optional<ApiResult<ApiResponse>> stopFixtureServer()
    {
        return send(InstanceService::actionRequest(m_client->tenant(), 312019, InstanceService::Action::Stop, {}));
    }

    int apiRequests(const QByteArray &method, const QString &path) const
    {
        return m_sandbox->requestCount(method, path);
    }
    int tokenRequests() const { return m_sandbox->requestCount("POST", u"oauth2/token"_s); }

    void rememberSecretsOfThisSession()
    {
        m_secretsSeen.append(m_sandbox->options().clientSecret);
        m_secretsSeen.append(m_sandbox->issuedTokens());
        m_secretsSeen.append(u"Xk7pQ2mRv9Lw"_s); // the fixture server's root password
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Installed here, not earlier: QTest installs its own handler when the run starts.
        m_log = std::make_unique<LogCapture>();
        // Every category on, so the leak check at the end reads everything the client can say.
        QLoggingCategory::setFilterRules(u"heficed.*.debug=true"_s);
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>(connectionTo(*m_sandbox));
        m_client->setCredentials(demoCredentials());
    }

    void cleanup()
    {
        rememberSecretsOfThisSession();
        m_client.reset();
        m_sandbox.reset();
    }

    void cleanupTestCase()
    {
        // No line of the whole run may hold the client secret, a token or a root password.
        const QString leaked = LogCapture::lineContainingAny(m_secretsSeen);
        QVERIFY2(leaked.isEmpty(), qPrintable(u"A secret reached the log: "_s + leaked.left(60)));
        QVERIFY(LogCapture::lines().size() > 20); // the debug categories were really on
    }

    void tokenIsCachedAcrossCalls()
    {
        QVERIFY(getInstances()->ok());
        QVERIFY(getInstances()->ok());
        QCOMPARE(tokenRequests(), 1);
        QCOMPARE(m_client->tokens()->tokenRequestsSent(), 1);
    }

    void tokenRequestUsesBasicAuthAndSpaceSeparatedScopes()
    {
        m_client->setCredentials(demoCredentials({u"kronoscloud"_s, u"ipswitch"_s}));
        QVERIFY(getInstances()->ok());
        const Sandbox::RecordedRequest tokenRequest = m_sandbox->requests().first();
        QCOMPARE(tokenRequest.path, u"/oauth2/token"_s);
        QCOMPARE(tokenRequest.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(tokenRequest.header("Authorization").startsWith("Basic "));
        const QUrlQuery form(QString::fromUtf8(tokenRequest.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"kronoscloud ipswitch"_s);
    }

    void concurrentCallersShareOneTokenRequest()
    {
        auto results = std::make_shared<int>(0);
        for (int call = 0; call < 5; ++call) {
            m_client->send({Endpoints::listInstances(m_client->tenant(), 10, 0), {}, {}}, this,
                           [results](const ApiResult<ApiResponse> &result) { *results += result.ok() ? 1 : 100; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(*results, 5, WaitMs);
        QCOMPARE(tokenRequests(), 1);
    }

    void expiredTokenIsRenewedBeforeUse()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_client->tokens()->setClock([&now] { return now; });
        QVERIFY(getInstances()->ok());
        now = now.addSecs(3600 - 61); // still inside the lifetime less the renewal margin
        QVERIFY(getInstances()->ok());
        QCOMPARE(tokenRequests(), 1);
        now = now.addSecs(2); // inside the margin: renew before the API would refuse it
        QVERIFY(getInstances()->ok());
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 3);
    }

    void revokedTokenIsRenewedOnceAndTheRequestRepeatedOnce()
    {
        QVERIFY(getInstances()->ok());
        m_sandbox->revokeAllTokens();
        const auto result = getInstances();
        QVERIFY(result->ok());
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 3);
    }

    void secondUnauthorizedIsReportedNotLooped()
    {
        m_sandbox->addFault({Fault::Kind::Status, 401, 1, 0, u"/instances"_s, {}, 5});
        const auto result = getInstances();
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 2);
        QCOMPARE(tokenRequests(), 2);
    }

    void pagingAcrossThreePagesKeepsApiOrder()
    {
        InstanceService service(m_client.get());
        service.setPageSize(10);
        service.setMaxParallelPages(2);
        auto slot = std::make_shared<std::optional<ApiResult<QList<Instance>>>>();
        auto progressCalls = std::make_shared<QList<int>>();
        service.fetchAll(
            this, [slot](const ApiResult<QList<Instance>> &result) { *slot = result; },
            [progressCalls](int loaded, int total) {
                QCOMPARE(total, 26);
                progressCalls->append(loaded);
            });
        const auto result = waitFor(slot);
        QVERIFY(result->ok());
        QCOMPARE(result->value().size(), 26);
        QCOMPARE(result->value().first().hostname, u"hhVyA97bBk"_s);
        QCOMPARE(*progressCalls, (QList<int>{10, 20, 26}).mid(0, progressCalls->size()));
        QCOMPARE(progressCalls->last(), 26);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 3);

        // The merged list is in the sandbox's own order, page boundaries invisible.
        const QJsonArray expected = m_sandbox->instancesJson();
        for (int row = 0; row < 26; ++row)
            QCOMPARE(result->value().at(row).id, expected.at(row).toObject().value(u"id"_s).toInteger());
    }

    void errorStatusesGiveTheirSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("sentencePart");
        QTest::newRow("403") << 403 << ApiError::Kind::Problem << u"Access denied (403)"_s;
        QTest::newRow("404") << 404 << ApiError::Kind::Problem << u"Not found (404)"_s;
        QTest::newRow("409") << 409 << ApiError::Kind::Problem << u"conflicts with the current state (409)"_s;
        QTest::newRow("500") << 500 << ApiError::Kind::Problem << u"The Heficed API failed (500)"_s;
        QTest::newRow("503") << 503 << ApiError::Kind::Problem << u"The Heficed API failed (503)"_s;
    }

    void errorStatusesGiveTheirSentence()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, sentencePart);
        m_sandbox->addFault({Fault::Kind::Status, status, 1, 0, u"/instances"_s, {}, 1});
        const auto result = getInstances();
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, kind);
        QCOMPARE(result->error().httpStatus, status);
        QVERIFY2(result->error().message.contains(sentencePart), qPrintable(result->error().message));
        QVERIFY(!result->error().serverDetail.isEmpty()); // the problem object's detail is passed on
        QCOMPARE(apiRequests("GET", u"/instances"_s), 1);
    }

    void realConflictFromTheSandboxCarriesItsDetail()
    {
        QVERIFY(stopFixtureServer()->ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->instanceJson(312019).value(u"status"_s).toString(), u"stopped"_s, WaitMs);
        const auto second = stopFixtureServer();
        QVERIFY(!second->ok());
        QCOMPARE(second->error().httpStatus, 409);
        QVERIFY(second->error().message.startsWith(
            u"The request conflicts with the current state (409). The server said:"_s));
        // The refused exchange comes along, for the activity view to show the answer's body.
        const std::optional<ApiExchange> &exchange = second->error().exchange;
        QVERIFY(exchange);
        QCOMPARE(exchange->method, QByteArray("POST"));
        QCOMPARE(exchange->httpStatus, 409);
        QVERIFY(exchange->url.path().endsWith(u"/312019/stop"_s));
        QVERIFY(exchange->responseBody.contains(second->error().serverDetail.toUtf8()));
        QCOMPARE(apiRequests("POST", u"/stop"_s), 2);
    }

    void brokenBodiesGiveClearSentences_data()
    {
        QTest::addColumn<Fault::Kind>("fault");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("sentencePart");
        QTest::newRow("html") << Fault::Kind::HtmlPage << ApiError::Kind::HttpStatus << u"failed"_s;
        QTest::newRow("cut-off") << Fault::Kind::CutOffJson << ApiError::Kind::InvalidJson << u"cut off"_s;
        QTest::newRow("empty") << Fault::Kind::EmptyBody << ApiError::Kind::InvalidJson << u"empty answer"_s;
        QTest::newRow("dropped") << Fault::Kind::DropConnection << ApiError::Kind::Network
                                 << u"closed the connection"_s;
    }

    void brokenBodiesGiveClearSentences()
    {
        QFETCH(Fault::Kind, fault);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, sentencePart);
        m_sandbox->addFault({fault, 502, 1, 0, u"/instances"_s, {}, fault == Fault::Kind::DropConnection ? -1 : 1});
        InstanceService service(m_client.get());
        auto slot = std::make_shared<std::optional<ApiResult<QList<Instance>>>>();
        service.fetchAll(this, [slot](const ApiResult<QList<Instance>> &result) { *slot = result; });
        const auto result = waitFor(slot);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, kind);
        QVERIFY2(result->error().message.contains(sentencePart), qPrintable(result->error().message));
        QVERIFY(!result->error().message.contains(u"<html"_s, Qt::CaseInsensitive));
    }

    void htmlPageWithSuccessStatusIsInvalidJson()
    {
        m_sandbox->addFault({Fault::Kind::HtmlPage, 200, 1, 0, u"/instances"_s, {}, 1});
        const auto result = getInstances();
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidJson);
        QVERIFY(result->error().message.contains(u"web page instead of data"_s));
    }

    void timeoutIsReported()
    {
        ConnectionSettings settings = connectionTo(*m_sandbox);
        settings.timeoutMs = 300;
        m_client->setConnection(settings);
        QVERIFY(getInstances()->ok()); // token fetched in time
        m_sandbox->addFault({Fault::Kind::Delay, 200, 1, 2'000, u"/instances"_s, {}, 1});
        const auto result = getInstances();
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(result->error().message.contains(u"did not answer within"_s));
    }

    void refusedConnectionIsReported()
    {
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost));
        const quint16 port = closedPort.serverPort();
        closedPort.close();
        ConnectionSettings settings;
        settings.apiBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        settings.tokenUrl = QUrl(u"http://127.0.0.1:%1/oauth2/token"_s.arg(port));
        m_client->setConnection(settings);
        const auto result = getInstances();
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(result->error().message.contains(u"refused"_s));
    }

    void wrongSecretIsAnAuthenticationError()
    {
        Credentials credentials = demoCredentials();
        credentials.clientSecret = u"wrong-secret-value"_s;
        m_client->setCredentials(credentials);
        const auto result = getInstances();
        QCOMPARE(result->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(result->error().httpStatus, 401);
        QVERIFY(result->error().message.contains(u"client ID or client secret"_s));
        QVERIFY(!result->error().message.contains(credentials.clientSecret));
        QCOMPARE(apiRequests("GET", u"/instances"_s), 0);
    }

    void scopeNotGrantedNamesTheServices()
    {
        m_sandbox.reset();
        Sandbox::Options options = sandboxOptions();
        options.grantedScopes = {u"kronoscloud"_s};
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>(connectionTo(*m_sandbox));
        m_client->setCredentials(demoCredentials({u"kronoscloud"_s, u"ipswitch"_s}));
        const auto result = getInstances();
        QCOMPARE(result->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(result->error().httpStatus, 400);
        QVERIFY(result->error().message.contains(u"kronoscloud, ipswitch"_s));
    }

    void tokenEndpointFailureIsReported()
    {
        m_sandbox->addFault({Fault::Kind::Status, 503, 1, 0, u"oauth2/token"_s, {}, 1});
        const auto result = getInstances();
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus, 503);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 0);
    }

    void tooManyRequestsIsWaitedOutForGet()
    {
        m_sandbox->addFault({Fault::Kind::Status, 429, 1, 0, u"/instances"_s, {}, 1});
        QElapsedTimer elapsed;
        elapsed.start();
        const auto result = getInstances();
        QVERIFY(result->ok());
        QVERIFY(elapsed.elapsed() >= 900); // Retry-After: 1 was honoured
        QCOMPARE(apiRequests("GET", u"/instances"_s), 2);
    }

    void tooManyRequestsGivesUpAfterTheBound()
    {
        ConnectionSettings settings = connectionTo(*m_sandbox);
        settings.maxGetRetriesOn429 = 2;
        m_client->setConnection(settings);
        m_sandbox->addFault({Fault::Kind::Status, 429, 0, 0, u"/instances"_s, {}, 10});
        const auto result = getInstances();
        QCOMPARE(result->error().httpStatus, 429);
        QCOMPARE(result->error().retryAfterSeconds, 0);
        QCOMPARE(apiRequests("GET", u"/instances"_s), 3);
    }

    void postIsNeverRepeated_data()
    {
        QTest::addColumn<Fault::Kind>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("429") << Fault::Kind::Status << 429;
        QTest::newRow("500") << Fault::Kind::Status << 500;
        QTest::newRow("503") << Fault::Kind::Status << 503;
        QTest::newRow("dropped") << Fault::Kind::DropConnection << 0;
        QTest::newRow("cut-off") << Fault::Kind::CutOffJson << 200;
    }

    void postIsNeverRepeated()
    {
        QFETCH(Fault::Kind, fault);
        QFETCH(int, status);
        QVERIFY(getInstances()->ok()); // a warm connection, as in real use
        m_sandbox->addFault({fault, status, 0, 0, u"/stop"_s, "POST", 1});
        const auto result = stopFixtureServer();
        QVERIFY(!result->ok());
        if (fault == Fault::Kind::DropConnection)
            QVERIFY2(result->error().message.contains(u"was not sent again"_s), qPrintable(result->error().message));
        QTest::qWait(1'200); // long enough for any retry (Retry-After 0) to have been sent
        QCOMPARE(apiRequests("POST", u"/stop"_s), 1);
    }

    void untrustedCertificateIsRefused()
    {
        const TestCertificates certificates = TestCertificates::create();
        QVERIFY(certificates.isValid());
        m_sandbox.reset();
        m_sandbox = std::make_unique<SandboxServer>(sandboxOptions());
        QString error;
        QVERIFY2(m_sandbox->enableTls(certificates.certFile, certificates.keyFile, &error), qPrintable(error));
        QVERIFY(m_sandbox->listen());
        QCOMPARE(m_sandbox->baseUrl().scheme(), u"https"_s);

        m_client = std::make_unique<ApiClient>(connectionTo(*m_sandbox));
        m_client->setCredentials(demoCredentials());
        const auto refused = getInstances();
        QCOMPARE(refused->error().kind, ApiError::Kind::Tls);
        QVERIFY(refused->error().message.contains(u"extra CA file"_s));

        ConnectionSettings trusting = connectionTo(*m_sandbox);
        trusting.extraCaCertificateFile = certificates.caFile;
        QVERIFY(m_client->setConnection(trusting));
        const auto accepted = getInstances();
        QVERIFY2(accepted->ok(), qPrintable(accepted->ok() ? QString() : accepted->error().message));
    }

    void unreadableCaFileIsReported()
    {
        ConnectionSettings settings = connectionTo(*m_sandbox);
        settings.extraCaCertificateFile = u"/nonexistent/ca.pem"_s;
        QString error;
        QVERIFY(!m_client->setConnection(settings, &error));
        QVERIFY(error.contains(u"/nonexistent/ca.pem"_s));
    }

    void fetchOneAndMissingServer()
    {
        InstanceService service(m_client.get());
        auto found = std::make_shared<std::optional<ApiResult<Instance>>>();
        service.fetchOne(312019, this, [found](const ApiResult<Instance> &result) { *found = result; });
        QCOMPARE(waitFor(found)->value().hostname, u"hhVyA97bBk"_s);

        auto missing = std::make_shared<std::optional<ApiResult<Instance>>>();
        service.fetchOne(999999999, this, [missing](const ApiResult<Instance> &result) { *missing = result; });
        QCOMPARE(waitFor(missing)->error().httpStatus, 404);
    }

    void callbackIsDroppedWhenContextDies()
    {
        auto context = std::make_unique<QObject>();
        auto called = std::make_shared<bool>(false);
        m_client->send({Endpoints::listInstances(m_client->tenant(), 10, 0), {}, {}}, context.get(),
                       [called](const ApiResult<ApiResponse> &) { *called = true; });
        context.reset();
        QTest::qWait(500);
        QVERIFY(!*called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
