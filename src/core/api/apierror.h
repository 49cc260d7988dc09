// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiexchange.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

class QNetworkReply;

namespace Heficed {

// What went wrong with one API call, with one translated sentence a person can act on.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network,        // refused, unreachable, dropped connection, DNS
        Tls,            // certificate not trusted, handshake failed
        Timeout,        // no complete answer within the configured time
        HttpStatus,     // an HTTP error status without a problem object
        Problem,        // an HTTP error status with a problem object (RFC 7807-like)
        InvalidJson,    // a body that is not the JSON we expect: HTML page, empty, cut off
        Authentication, // the token endpoint refused the credentials or the scopes
        Cancelled,      // the caller gave up (window closed, organisation switched)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when no HTTP answer arrived
    QString message;         // the sentence shown to a person; never holds a secret
    QString serverDetail;    // the problem object's `detail` or `title`, or the OAuth `error_description`
    QString serverErrorCode; // the problem object's `type` or the OAuth `error`
    int retryAfterSeconds = -1;
    // The request and the answer when one was sent (not when no token could be had), so that the
    // activity view can show the body of a refused request.
    std::optional<ApiExchange> exchange;

    bool isError() const { return kind != Kind::None; }

    static ApiError network(const QString &reason);
    static ApiError tls(const QString &reason);
    static ApiError timeout(int seconds);
    static ApiError cancelled();
    static ApiError invalidJson(int httpStatus, const QByteArray &body, const QByteArray &contentType);
    static ApiError fromHttpStatus(int httpStatus, const QByteArray &body, const QByteArray &contentType);
    // A reply that ended without an HTTP status: refused, dropped, TLS refused, or timed out
    // (see ReplyTimeout). `timeoutMs` only phrases the timeout sentence.
    static ApiError fromNetworkReply(const QNetworkReply *reply, int timeoutMs);

    // The sentence for a status, without any server text: what the status means to a person.
    static QString sentenceForStatus(int httpStatus);
    static QString kindName(Kind kind);
};

// A typed result: the value, or an error.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    {}
    ApiResult(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace Heficed
