// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "addressapi.h"
#include "apirouter.h"
#include "cloudapi.h"
#include "datagenerator.h"
#include "faultinjector.h"
#include "httpfront.h"
#include "instancestore.h"
#include "ipstore.h"
#include "pendingreply.h"
#include "sandboxlogging.h"
#include "subnetstore.h"
#include "tokenissuer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

// Keeps a long demo run from growing without end; no test comes near it.
constexpr qsizetype MaxRecordedRequests = 50'000;

} // namespace

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_latencyMs(qMax(0, m_options.latencyMs))
    , m_faults(std::make_unique<FaultInjector>(m_options.seed))
{
    buildWorld();
    m_front = new HttpFront([this](const RecordedRequest &request,
                                   std::unique_ptr<PendingReply> reply) { accept(request, std::move(reply)); },
                            this);
}

SandboxServer::~SandboxServer()
{
    // Responders must go before the HTTP server that owns their connections.
    m_pending.clear();
}

void SandboxServer::buildWorld()
{
    DataGenerator generator(m_options.seed);
    QString warning;
    QList<QJsonObject> instances;
    const QJsonObject fixture = DataGenerator::fixtureInstance(m_options.fixtureFile, &warning);
    if (!warning.isEmpty())
        qCWarning(lcSandbox).noquote() << warning;
    if (!fixture.isEmpty())
        instances.append(fixture);
    const QList<QJsonObject> generated = generator.generateInstances(qMax(0, m_options.instances));
    instances.append(generated);

    m_instances = new InstanceStore(instances, m_options.actionSeconds, this);
    m_ips = std::make_unique<IpStore>(generator.generateAdditionalIps(generated), m_instances);
    m_subnets = std::make_unique<SubnetStore>(&generator, m_instances, m_options.settleSeconds);
    routeSampleSubnet(generated);
    m_tokens = std::make_unique<TokenIssuer>(m_options);
    m_cloud = std::make_unique<CloudApi>(m_instances);
    m_addresses = std::make_unique<AddressApi>(m_ips.get(), m_subnets.get());
    m_router = std::make_unique<ApiRouter>(m_options, m_tokens.get(), m_cloud.get(), m_addresses.get());

    connect(m_instances, &InstanceStore::instanceChanged, this, &SandboxServer::instanceChanged);
    connect(m_instances, &InstanceStore::instanceRemoved, this, &SandboxServer::onInstanceRemoved);
}

void SandboxServer::routeSampleSubnet(const QList<QJsonObject> &generated)
{
    // One subnet starts out routed, so a fresh sandbox shows metadata.switch somewhere.
    const auto top = m_subnets->children({});
    const auto blocks = top && !top->isEmpty() ? m_subnets->children(top->first().id) : std::nullopt;
    if (!blocks || blocks->size() < 2)
        return;
    for (const QJsonObject &instance : generated) {
        if (instance[u"status"_s].toString() == u"running"_s) {
            m_subnets->route(instance[u"id"_s].toInteger(), {blocks->at(1).id});
            return;
        }
    }
}

bool SandboxServer::enableTls(const QString &certPemFile, const QString &keyPemFile, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QSslSocket::supportsSsl())
        return fail(u"This Qt build has no TLS backend."_s);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPemFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(u"No PEM certificate could be read from %1."_s.arg(certPemFile));
    QFile keyFile(keyPemFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(u"The key file %1 cannot be read: %2"_s.arg(keyPemFile, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull())
        return fail(u"%1 holds no unencrypted RSA or EC private key in PEM form."_s.arg(keyPemFile));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_tls = configuration;
    return true;
}

QTcpServer *SandboxServer::makeListener()
{
    if (!m_tls)
        return new TrackingTcpServer(m_front->sockets());
    auto *server = new TrackingSslServer(m_front->sockets());
    server->setSslConfiguration(*m_tls);
    return server;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_port != 0) {
        m_error = u"The sandbox is already listening on port %1."_s.arg(m_port);
        return false;
    }
    QTcpServer *listener = makeListener();
    if (!listener->listen(address, port)) {
        m_error = listener->errorString();
        delete listener;
        return false;
    }
    static_cast<void>(m_front->bind(listener)); // returns bool from Qt 6.8 on, void before
    m_port = listener->serverPort();
    const bool anyV4 =
        address == QHostAddress::LocalHost || address == QHostAddress::Any || address == QHostAddress::AnyIPv4;
    const bool anyV6 = address == QHostAddress::LocalHostIPv6 || address == QHostAddress::AnyIPv6;
    m_host = anyV4 ? u"127.0.0.1"_s : anyV6 ? u"::1"_s : address.toString();
    qCDebug(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_host.isEmpty() ? u"127.0.0.1"_s : m_host);
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/oauth2/token"_s);
    return url;
}

void SandboxServer::accept(const RecordedRequest &request, std::unique_ptr<PendingReply> reply)
{
    if (m_requests.size() >= MaxRecordedRequests)
        m_requests.remove(0, MaxRecordedRequests / 10);
    m_requests.append(request);
    int delayMs = 0;
    Pending pending = prepare(request, std::move(reply), &delayMs);
    const quint64 serial = ++m_nextSerial;
    m_pending.emplace(serial, std::move(pending));
    // Always answered from the event loop, never inside Qt's request handling: one path for
    // prompt, delayed and dropped answers alike.
    QTimer::singleShot(delayMs, this, [this, serial] { finish(serial); });
}

SandboxServer::Pending SandboxServer::prepare(const RecordedRequest &request, std::unique_ptr<PendingReply> reply,
                                              int *delayMs)
{
    const bool tokenEndpoint = ApiRouter::isTokenPath(request.path);
    const std::optional<Fault> fault = m_faults->take(request, tokenEndpoint);
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::None;

    Pending pending;
    pending.reply = std::move(reply);
    pending.request = request;
    pending.since.start();
    pending.faultName = fault ? FaultInjector::name(kind) : QString();
    pending.drop = kind == Fault::Kind::DropConnection;
    if (FaultInjector::passesThrough(kind))
        pending.response = m_router->handle(request);
    else if (!pending.drop)
        pending.response = FaultInjector::gatewayAnswer(*fault, request, tokenEndpoint);
    if (kind == Fault::Kind::CutOffJson)
        pending.response = FaultInjector::cutOff(pending.response);

    *delayMs = m_latencyMs + (kind == Fault::Kind::Delay ? qMax(0, fault->delayMs) : 0);
    return pending;
}

void SandboxServer::finish(quint64 serial)
{
    auto node = m_pending.extract(serial);
    if (node.empty())
        return;
    Pending &pending = node.mapped();
    if (pending.drop)
        pending.reply->drop();
    else
        pending.reply->send(pending.response);

    // One line per request: method, path and query, the outcome. Never headers or bodies.
    const int status = pending.drop ? 0 : pending.response.status;
    const QString outcome = pending.drop ? u"dropped"_s : QString::number(status);
    const QString fault = pending.faultName.isEmpty() ? QString() : u" [fault: %1]"_s.arg(pending.faultName);
    qCDebug(lcSandbox).noquote() << QString::fromLatin1(pending.request.method) << pending.request.target() << "->"
                                 << outcome << u"(%1 ms)"_s.arg(pending.since.elapsed()) + fault;
    Q_EMIT requestAnswered(pending.request.method, pending.request.path, status);
}

void SandboxServer::onInstanceRemoved(qint64 id)
{
    m_ips->releaseAllOf(id);
    m_subnets->releaseAllOf(id);
    Q_EMIT instanceChanged(id);
}

void SandboxServer::addFault(const Fault &fault)
{
    m_faults->add(fault);
}

void SandboxServer::clearFaults()
{
    m_faults->clear();
}

void SandboxServer::setLatency(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void SandboxServer::revokeAllTokens()
{
    m_tokens->revokeAll();
}

void SandboxServer::expireAllTokens()
{
    m_tokens->expireAll();
}

QStringList SandboxServer::issuedTokens() const
{
    return m_tokens->issued();
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathContains) const
{
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if ((method.isEmpty() || request.method == method) && request.path.contains(pathContains))
            ++count;
    }
    return count;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
}

QJsonArray SandboxServer::instancesJson() const
{
    QJsonArray all;
    for (const QJsonObject &instance : m_instances->list())
        all.append(instance);
    return all;
}

QJsonObject SandboxServer::instanceJson(qint64 id) const
{
    return m_instances->find(id).value_or(QJsonObject());
}

QList<qint64> SandboxServer::instanceIds() const
{
    return m_instances->ids();
}

void SandboxServer::setInstanceStatus(qint64 id, const QString &status)
{
    m_instances->setStatus(id, status);
}

QJsonArray SandboxServer::additionalIpsJson() const
{
    QJsonArray all;
    for (const AdditionalIp &ip : m_ips->list())
        all.append(ip.toJson());
    return all;
}

qint64 SandboxServer::ipOwner(const QString &ipId) const
{
    const AdditionalIp *ip = m_ips->find(ipId);
    return ip ? ip->instanceId : 0;
}

QJsonArray SandboxServer::subnetsJson(const QString &parentUuid) const
{
    QJsonArray level;
    for (const Subnet &subnet : m_subnets->children(parentUuid).value_or(QList<Subnet>()))
        level.append(subnet.toJson());
    return level;
}

qint64 SandboxServer::subnetOwner(const QString &subnetId) const
{
    const Subnet *subnet = m_subnets->find(subnetId);
    return subnet ? subnet->instanceId : 0;
}

} // namespace Heficed::Sandbox
