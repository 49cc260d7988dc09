// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

class QJsonObject;

namespace Heficed::Sandbox {

// One HTTP answer before it is written: the status, the body and its type, and extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType; // empty with an empty body
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse empty(int status);
};

// What a store says about one operation, free of HTTP; ApiRouter turns it into a problem object.
struct Outcome
{
    enum class Code
    {
        Ok,
        Invalid,
        NotFound,
        Conflict,
        UnsupportedMediaType
    };

    Code code = Code::Ok;
    QString detail;     // one sentence for a person
    QJsonValue context; // null, a string, or an object with a message per field

    bool ok() const { return code == Code::Ok; }

    static Outcome success() { return {}; }
    static Outcome invalid(const QString &detail, const QJsonValue &context = {});
    static Outcome notFound(const QString &detail);
    static Outcome conflict(const QString &detail, const QJsonValue &context = {});
    static Outcome unsupportedMediaType(const QString &detail);
};

namespace Problem {

// The API's error body: {"type","title","detail","instance","context"} with `status`.
ApiResponse make(int status, const QString &detail, const QString &instance, const QJsonValue &context = {});
ApiResponse fromOutcome(const Outcome &outcome, const QString &instance);
// The reason phrase of a status ("Conflict"); "Error" for one the table does not know.
QString title(int status);
// Whether the HTTP layer can write this status line (it knows only the registered codes).
bool isKnownStatus(int status);

} // namespace Problem

} // namespace Heficed::Sandbox
