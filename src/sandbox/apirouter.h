// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "sandboxoptions.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace Heficed::Sandbox {

class AddressApi;
class CloudApi;
class TokenIssuer;
struct RecordedRequest;

// Routes one request to its endpoint after the gateway's checks, in this order: a valid bearer
// token (else 401), a known resource (404) and method (405), the sandbox's own organisation in the
// path (403), and the product's scope on the token (403).
class ApiRouter
{
public:
    ApiRouter(const Options &options, TokenIssuer *tokens, CloudApi *cloud, AddressApi *addresses);

    ApiResponse handle(const RecordedRequest &request) const;
    static bool isTokenPath(const QString &path);

private:
    // Receives the request and the path's captures: for tenant paths the tenant comes first.
    using Handler = std::function<ApiResponse(const RecordedRequest &, const QStringList &)>;

    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        QString scope;
        bool tenantScoped = true;
        Handler handler;
    };

    void addCloudRoutes(CloudApi *cloud);
    void addAddressRoutes(AddressApi *addresses);
    void add(const QByteArray &method, const QString &pattern, const QString &scope, Handler handler);
    std::optional<ApiResponse> authenticate(const RecordedRequest &request, QStringList *scopes) const;
    std::optional<ApiResponse> authorize(const RecordedRequest &request, const Route &route,
                                         const QStringList &captures, const QStringList &scopes) const;
    ApiResponse unmatched(const RecordedRequest &request, const QString &path) const;

    Options m_options;
    TokenIssuer *m_tokens;
    QList<Route> m_routes;
};

} // namespace Heficed::Sandbox
