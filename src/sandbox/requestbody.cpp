// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbody.h"

#include "recordedrequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox::RequestBody {

namespace {

Outcome parse(const RecordedRequest &request, QJsonDocument *document)
{
    QJsonParseError error;
    *document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Outcome::invalid(
            u"The body is not valid JSON: %1 at character %2."_s.arg(error.errorString()).arg(error.offset),
            QJsonObject{{u"body"_s, error.errorString()}});
    }
    return Outcome::success();
}

Outcome requireJsonType(const RecordedRequest &request)
{
    if (isJson(request))
        return Outcome::success();
    const QString sent = QString::fromLatin1(request.header("Content-Type"));
    return Outcome::unsupportedMediaType(
        u"Send this body as application/json; the request said Content-Type: %1."_s.arg(sent.isEmpty() ? u"(none)"_s
                                                                                                       : sent));
}

} // namespace

bool isJson(const RecordedRequest &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    return type == "application/json";
}

Outcome object(const RecordedRequest &request, QJsonObject *object)
{
    if (request.body.trimmed().isEmpty()) {
        *object = {};
        return Outcome::success();
    }
    QJsonDocument document;
    const Outcome parsed = parse(request, &document);
    if (!parsed.ok())
        return parsed;
    if (!document.isObject())
        return Outcome::invalid(u"The body must be a JSON object."_s, QJsonObject{{u"body"_s, u"not an object"_s}});
    *object = document.object();
    return Outcome::success();
}

Outcome indexedIds(const RecordedRequest &request, QStringList *ids)
{
    const Outcome typed = requireJsonType(request);
    if (!typed.ok())
        return typed;
    QJsonObject body;
    const Outcome parsed = object(request, &body);
    if (!parsed.ok())
        return parsed;
    ids->clear();
    for (int index = 0; index < body.size(); ++index) {
        const QJsonValue value = body.value(QString::number(index));
        if (!value.isString() || value.toString().isEmpty()) {
            return Outcome::invalid(u"The body must map \"0\", \"1\", ... to IP address IDs, like "
                                    u"{\"0\":\"60bde87f311fc2ed1f6aeac9\"}."_s,
                                    QJsonObject{{QString::number(index), u"missing or not an ID"_s}});
        }
        ids->append(value.toString());
    }
    if (ids->isEmpty())
        return Outcome::invalid(u"The body names no IP address to route."_s, QJsonObject{{u"0"_s, u"missing"_s}});
    return Outcome::success();
}

Outcome idArray(const RecordedRequest &request, QStringList *ids)
{
    const Outcome typed = requireJsonType(request);
    if (!typed.ok())
        return typed;
    QJsonDocument document;
    const Outcome parsed = parse(request, &document);
    if (!parsed.ok())
        return parsed;
    const QJsonArray array = document.array();
    ids->clear();
    for (const QJsonValue &value : array) {
        if (value.isString() && !value.toString().isEmpty())
            ids->append(value.toString());
    }
    if (!document.isArray() || ids->isEmpty() || ids->size() != array.size()) {
        return Outcome::invalid(u"The body must be a JSON array of subnet IDs, like [\"<uuid>\"]."_s,
                                QJsonObject{{u"body"_s, u"not a non-empty array of IDs"_s}});
    }
    return Outcome::success();
}

std::optional<qint64> instanceId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Outcome unknownInstance(const QString &text)
{
    return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(text));
}

} // namespace Heficed::Sandbox::RequestBody
