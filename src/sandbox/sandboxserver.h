// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "recordedrequest.h"
#include "sandboxoptions.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

namespace Heficed::Sandbox {

class AddressApi;
class ApiRouter;
class CloudApi;
class FaultInjector;
class HttpFront;
class InstanceStore;
class IpStore;
class PendingReply;
class SubnetStore;
class TokenIssuer;

// A stateful, in-memory Heficed API on a local port (contract: shared/heficed-api.md): the token
// endpoint, cloud servers with timed status changes, additional IPs, IP Switch subnets and the
// template catalogue, plus injected faults for testing clients. Tests embed it in-process on
// 127.0.0.1 port 0; the heficed-sandbox tool runs it on its own.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Serving
    bool enableTls(const QString &certPemFile, const QString &keyPemFile, QString *error); // before listen()
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;  // http(s)://127.0.0.1:<port>
    QUrl tokenUrl() const; // baseUrl + /oauth2/token
    const Options &options() const { return m_options; }

    // Faults and latency
    void addFault(const Fault &fault);
    void clearFaults();
    void setLatency(int ms);

    // Tokens
    void revokeAllTokens(); // every token given out so far is unknown from now on (401)
    void expireAllTokens(); // every token given out so far has expired (401)
    QStringList issuedTokens() const;

    // What arrived: every request counts, faulted or not (the last 50 000 are kept)
    int requestCount(const QByteArray &method, const QString &pathContains) const;
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests();

    // State, for assertions and set-up
    QJsonArray instancesJson() const;          // in list order
    QJsonObject instanceJson(qint64 id) const; // empty when there is no such server
    QList<qint64> instanceIds() const;
    void setInstanceStatus(qint64 id, const QString &status);
    QJsonArray additionalIpsJson() const;
    qint64 ipOwner(const QString &ipId) const; // the server an address is routed to; 0 for none
    QJsonArray subnetsJson(const QString &parentUuid = {}) const;
    qint64 subnetOwner(const QString &subnetId) const; // 0 when not routed

Q_SIGNALS:
    void requestAnswered(const QByteArray &method, const QString &path, int status); // 0: dropped unanswered
    void instanceChanged(qint64 id);

private:
    struct Pending
    {
        std::unique_ptr<PendingReply> reply;
        RecordedRequest request;
        ApiResponse response;
        bool drop = false; // close the connection instead of answering
        QString faultName;
        QElapsedTimer since;
    };

    void buildWorld();
    void routeSampleSubnet(const QList<QJsonObject> &generated);
    QTcpServer *makeListener();
    void accept(const RecordedRequest &request, std::unique_ptr<PendingReply> reply);
    Pending prepare(const RecordedRequest &request, std::unique_ptr<PendingReply> reply, int *delayMs);
    void finish(quint64 serial);
    void onInstanceRemoved(qint64 id);

    Options m_options;
    int m_latencyMs;
    QString m_error;
    QString m_host;
    quint16 m_port = 0;
    std::optional<QSslConfiguration> m_tls;

    std::unique_ptr<TokenIssuer> m_tokens;
    InstanceStore *m_instances = nullptr; // child QObject
    std::unique_ptr<IpStore> m_ips;
    std::unique_ptr<SubnetStore> m_subnets;
    std::unique_ptr<CloudApi> m_cloud;
    std::unique_ptr<AddressApi> m_addresses;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<FaultInjector> m_faults;
    HttpFront *m_front = nullptr; // child QObject

    QList<RecordedRequest> m_requests;
    std::map<quint64, Pending> m_pending;
    quint64 m_nextSerial = 0;
};

} // namespace Heficed::Sandbox
