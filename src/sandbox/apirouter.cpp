// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirouter.h"

#include "addressapi.h"
#include "cloudapi.h"
#include "recordedrequest.h"
#include "tokenissuer.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

const QString TokenPath = u"/oauth2/token"_s;
const QString Cloud = u"kronoscloud"_s;
const QString IpSwitch = u"ipswitch"_s;

QString normalised(const QString &path)
{
    return path.size() > 1 && path.endsWith(u'/') ? path.chopped(1) : path;
}

ApiResponse unauthorized(const RecordedRequest &request, const QString &detail)
{
    ApiResponse response = Problem::make(401, detail, request.path);
    response.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"heficed-sandbox\", error=\"invalid_token\"");
    return response;
}

} // namespace

ApiRouter::ApiRouter(const Options &options, TokenIssuer *tokens, CloudApi *cloud, AddressApi *addresses)
    : m_options(options)
    , m_tokens(tokens)
{
    addCloudRoutes(cloud);
    addAddressRoutes(addresses);
}

void ApiRouter::addCloudRoutes(CloudApi *cloud)
{
    add("GET", u"^/([^/]+)/kronoscloud/instances$"_s, Cloud,
        [cloud](const RecordedRequest &request, const QStringList &) { return cloud->listInstances(request); });
    add("GET", u"^/([^/]+)/kronoscloud/instances/([^/]+)$"_s, Cloud,
        [cloud](const RecordedRequest &request, const QStringList &parts) {
            return cloud->instance(request, parts[1]);
        });
    add("POST", u"^/([^/]+)/kronoscloud/instances/([^/]+)/(start|stop|reboot|rescue|unrescue|cancel)$"_s, Cloud,
        [cloud](const RecordedRequest &request, const QStringList &parts) {
            return cloud->action(request, parts[1], parts[2]);
        });
    // The catalogue belongs to no tenant.
    Route catalogue{"GET", QRegularExpression(u"^/common/kronoscloud/templates$"_s), Cloud, false,
                    [cloud](const RecordedRequest &request, const QStringList &) {
                        return cloud->templates(request);
                    }};
    m_routes.append(catalogue);
}

void ApiRouter::addAddressRoutes(AddressApi *addresses)
{
    add("GET", u"^/([^/]+)/kronoscloud/ips$"_s, Cloud,
        [addresses](const RecordedRequest &request, const QStringList &) { return addresses->listIps(request); });
    add("POST", u"^/([^/]+)/kronoscloud/instances/([^/]+)/ips$"_s, Cloud,
        [addresses](const RecordedRequest &request, const QStringList &parts) {
            return addresses->routeIps(request, parts[1]);
        });
    add("DELETE", u"^/([^/]+)/kronoscloud/instances/([^/]+)/ips/([^/]+)$"_s, Cloud,
        [addresses](const RecordedRequest &request, const QStringList &parts) {
            return addresses->unrouteIp(request, parts[1], parts[2]);
        });
    add("GET", u"^/([^/]+)/ipswitch/v4/subnets$"_s, IpSwitch,
        [addresses](const RecordedRequest &request, const QStringList &) { return addresses->listSubnets(request); });
    add("POST", u"^/([^/]+)/ipswitch/v4/subnets/(route|release)/kronoscloud/([^/]+)$"_s, IpSwitch,
        [addresses](const RecordedRequest &request, const QStringList &parts) {
            return addresses->switchSubnets(request, parts[1], parts[2]);
        });
}

void ApiRouter::add(const QByteArray &method, const QString &pattern, const QString &scope, Handler handler)
{
    m_routes.append({method, QRegularExpression(pattern), scope, true, std::move(handler)});
}

bool ApiRouter::isTokenPath(const QString &path)
{
    return normalised(path) == TokenPath;
}

ApiResponse ApiRouter::handle(const RecordedRequest &request) const
{
    const QString path = normalised(request.path);
    if (path == TokenPath) {
        if (request.method == "POST")
            return m_tokens->issue(request);
        return TokenIssuer::oauthError(405, u"invalid_request"_s, u"The token endpoint only takes POST."_s);
    }
    QStringList scopes;
    if (const auto refused = authenticate(request, &scopes))
        return *refused;

    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch() || route.method != request.method)
            continue;
        const QStringList captures = match.capturedTexts().mid(1);
        if (const auto refused = authorize(request, route, captures, scopes))
            return *refused;
        return route.handler(request, captures);
    }
    return unmatched(request, path);
}

std::optional<ApiResponse> ApiRouter::authenticate(const RecordedRequest &request, QStringList *scopes) const
{
    switch (m_tokens->verify(request.header("Authorization"), scopes)) {
    case TokenIssuer::Verdict::Valid:
        return std::nullopt;
    case TokenIssuer::Verdict::Missing:
        return unauthorized(request, u"This request needs an access token: send Authorization: Bearer <token>, "
                                     u"with a token from POST /oauth2/token."_s);
    case TokenIssuer::Verdict::Unknown:
        return unauthorized(request, u"The access token is not valid (unknown or revoked). Ask for a new one."_s);
    case TokenIssuer::Verdict::Expired:
        return unauthorized(request, u"The access token has expired. Ask for a new one."_s);
    }
    return std::nullopt;
}

std::optional<ApiResponse> ApiRouter::authorize(const RecordedRequest &request, const Route &route,
                                                const QStringList &captures, const QStringList &scopes) const
{
    if (route.tenantScoped && captures.value(0) != m_options.tenantId) {
        return Problem::make(403, u"These credentials do not belong to organisation %1."_s.arg(captures.value(0)),
                             request.path, u"tenant"_s);
    }
    if (!scopes.contains(route.scope)) {
        return Problem::make(403,
                             u"The access token was not granted the scope \"%1\". Ask for a token with that scope, "
                             u"and allow the service for the application in the Terminal."_s.arg(route.scope),
                             request.path, QJsonObject{{u"scope"_s, route.scope}});
    }
    return std::nullopt;
}

ApiResponse ApiRouter::unmatched(const RecordedRequest &request, const QString &path) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        if (route.pattern.match(path).hasMatch() && !allowed.contains(route.method))
            allowed.append(route.method);
    }
    const QString target = QString::fromLatin1(request.method) + u' ' + request.path;
    if (allowed.isEmpty())
        return Problem::make(404, u"There is no API resource at %1."_s.arg(target), request.path);
    ApiResponse response = Problem::make(
        405, u"%1 is not allowed here; use %2."_s.arg(target, QString::fromLatin1(allowed.join(", "))), request.path);
    response.headers.emplaceBack("Allow", allowed.join(", "));
    return response;
}

} // namespace Heficed::Sandbox
