// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "sandboxoptions.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QStringList>

namespace Heficed::Sandbox {

struct RecordedRequest;

// The OAuth 2 token endpoint (client credentials grant) and the tokens it gave out. Tokens are
// opaque random strings, valid for `tokenLifetimeSeconds`.
class TokenIssuer
{
public:
    enum class Verdict
    {
        Valid,
        Missing,
        Unknown,
        Expired
    };

    explicit TokenIssuer(const Options &options);

    // POST /oauth2/token: 200 with a token, 401 invalid_client, 400 invalid_scope,
    // unsupported_grant_type or invalid_request.
    ApiResponse issue(const RecordedRequest &request);
    // Checks an Authorization header; `scopes` receives the token's scopes when it is valid.
    Verdict verify(const QByteArray &authorization, QStringList *scopes) const;

    void revokeAll();
    void expireAll();
    QStringList issued() const { return m_issued; }

    static ApiResponse oauthError(int status, const QString &error, const QString &description);

private:
    struct Token
    {
        QStringList scopes;
        QDeadlineTimer expiry;
    };

    bool clientAuthenticated(const RecordedRequest &request) const;
    ApiResponse grant(const QStringList &scopes);

    Options m_options;
    QHash<QByteArray, Token> m_tokens;
    QStringList m_issued; // every token ever given out, so tests can prove none reached a log
};

} // namespace Heficed::Sandbox
