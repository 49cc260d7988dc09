// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

struct StatusInfo
{
    int status;
    const char *title;
    const char *slug;
};

// The statuses the sandbox sends, with the problem type each gets.
constexpr StatusInfo Statuses[] = {
    {200, "OK", "ok"},
    {202, "Accepted", "accepted"},
    {204, "No Content", "no-content"},
    {400, "Bad Request", "invalid-input"},
    {401, "Unauthorized", "unauthorized"},
    {403, "Forbidden", "forbidden"},
    {404, "Not Found", "not-found"},
    {405, "Method Not Allowed", "method-not-allowed"},
    {409, "Conflict", "wrong-state"},
    {415, "Unsupported Media Type", "unsupported-media-type"},
    {422, "Unprocessable Entity", "unprocessable-entity"},
    {429, "Too Many Requests", "too-many-requests"},
    {500, "Internal Server Error", "internal-error"},
    {502, "Bad Gateway", "bad-gateway"},
    {503, "Service Unavailable", "service-unavailable"},
    {504, "Gateway Timeout", "gateway-timeout"},
};

const StatusInfo *findStatus(int status)
{
    for (const StatusInfo &info : Statuses) {
        if (info.status == status)
            return &info;
    }
    return nullptr;
}

int statusOf(Outcome::Code code)
{
    switch (code) {
    case Outcome::Code::Ok:
        return 200;
    case Outcome::Code::Invalid:
        return 400;
    case Outcome::Code::NotFound:
        return 404;
    case Outcome::Code::Conflict:
        return 409;
    case Outcome::Code::UnsupportedMediaType:
        return 415;
    }
    return 500;
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

ApiResponse ApiResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

Outcome Outcome::invalid(const QString &detail, const QJsonValue &context)
{
    return {Code::Invalid, detail, context};
}

Outcome Outcome::notFound(const QString &detail)
{
    return {Code::NotFound, detail, QJsonValue()};
}

Outcome Outcome::conflict(const QString &detail, const QJsonValue &context)
{
    return {Code::Conflict, detail, context};
}

Outcome Outcome::unsupportedMediaType(const QString &detail)
{
    return {Code::UnsupportedMediaType, detail, QJsonValue()};
}

namespace Problem {

ApiResponse make(int status, const QString &detail, const QString &instance, const QJsonValue &context)
{
    const StatusInfo *info = findStatus(status);
    const QString slug = info ? QString::fromLatin1(info->slug) : u"error"_s;
    const QJsonObject problem{
        {u"type"_s, QString(u"urn:heficed-sandbox:problem:"_s + slug)},
        {u"title"_s, title(status)},
        {u"detail"_s, detail},
        {u"instance"_s, instance},
        {u"context"_s, context},
    };
    return ApiResponse::json(status, problem);
}

ApiResponse fromOutcome(const Outcome &outcome, const QString &instance)
{
    return make(statusOf(outcome.code), outcome.detail, instance, outcome.context);
}

QString title(int status)
{
    const StatusInfo *info = findStatus(status);
    return info ? QString::fromLatin1(info->title) : u"Error"_s;
}

bool isKnownStatus(int status)
{
    return findStatus(status) != nullptr;
}

} // namespace Problem

} // namespace Heficed::Sandbox
