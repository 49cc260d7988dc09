// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenissuer.h"

#include "recordedrequest.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

constexpr int TokenWords = 8; // 256 random bits

// Form values use '+' or %20 for a space; QUrlQuery only decodes the latter.
QUrlQuery readForm(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

QByteArray newToken()
{
    std::array<quint32, TokenWords> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TokenIssuer::TokenIssuer(const Options &options)
    : m_options(options)
{}

ApiResponse TokenIssuer::issue(const RecordedRequest &request)
{
    if (!clientAuthenticated(request)) {
        ApiResponse refused = oauthError(401, u"invalid_client"_s, u"Client authentication failed"_s);
        refused.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"heficed-sandbox\"");
        return refused;
    }
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return oauthError(400, u"invalid_request"_s, u"The body must be application/x-www-form-urlencoded."_s);

    const QUrlQuery form = readForm(request.body);
    if (form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded) != u"client_credentials"_s)
        return oauthError(400, u"unsupported_grant_type"_s, u"Only grant_type=client_credentials is supported."_s);

    QStringList scopes = form.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        scopes = m_options.grantedScopes;
    QStringList refused;
    for (const QString &scope : std::as_const(scopes)) {
        if (!m_options.grantedScopes.contains(scope))
            refused.append(scope);
    }
    if (!refused.isEmpty()) {
        return oauthError(400, u"invalid_scope"_s,
                          u"The application was not granted the scope(s): %1."_s.arg(refused.join(u", "_s)));
    }
    return grant(scopes);
}

bool TokenIssuer::clientAuthenticated(const RecordedRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QString id = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    return id == m_options.clientId && secret == m_options.clientSecret;
}

ApiResponse TokenIssuer::grant(const QStringList &scopes)
{
    const QByteArray token = newToken();
    const int lifetime = qMax(0, m_options.tokenLifetimeSeconds);
    m_tokens.insert(token, {scopes, QDeadlineTimer(qint64(lifetime) * 1000)});
    m_issued.append(QString::fromLatin1(token));
    ApiResponse response = ApiResponse::json(200, {
                                                      {u"access_token"_s, QString::fromLatin1(token)},
                                                      {u"token_type"_s, u"Bearer"_s},
                                                      {u"expires_in"_s, lifetime},
                                                      {u"scope"_s, scopes.join(u' ')},
                                                  });
    response.headers.emplaceBack("Cache-Control", "no-store");
    return response;
}

TokenIssuer::Verdict TokenIssuer::verify(const QByteArray &authorization, QStringList *scopes) const
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return Verdict::Missing;
    const auto found = m_tokens.constFind(authorization.mid(7).trimmed());
    if (found == m_tokens.constEnd())
        return Verdict::Unknown;
    if (found->expiry.hasExpired())
        return Verdict::Expired;
    *scopes = found->scopes;
    return Verdict::Valid;
}

void TokenIssuer::revokeAll()
{
    m_tokens.clear();
}

void TokenIssuer::expireAll()
{
    for (Token &token : m_tokens)
        token.expiry = QDeadlineTimer(0);
}

ApiResponse TokenIssuer::oauthError(int status, const QString &error, const QString &description)
{
    return ApiResponse::json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

} // namespace Heficed::Sandbox
