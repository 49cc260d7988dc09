// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityentry.h"

#include "actionrules.h"
#include "secretmasker.h"

#include <QJsonValue>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
constexpr ActivityEntry::State AllStates[] = {ActivityEntry::State::Sending, ActivityEntry::State::Accepted,
                                              ActivityEntry::State::Done, ActivityEntry::State::Failed,
                                              ActivityEntry::State::TimedOut};

// Single quotes keep everything literal in a POSIX shell; a quote inside is closed, escaped and reopened.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', uR"('\'')"_s);
    return u'\'' + quoted + u'\'';
}

QString bodyText(const QByteArray &body)
{
    return QString::fromUtf8(SecretMasker::maskBody(body));
}

void readExchange(const QJsonObject &object, ActivityEntry &entry)
{
    const QJsonObject request = object.value(u"request").toObject();
    entry.requestMethod = request.value(u"method").toString().toLatin1();
    entry.requestUrl = request.value(u"url").toString();
    entry.requestBody = request.value(u"body").toString().toUtf8();
    const QJsonObject response = object.value(u"response").toObject();
    entry.responseStatus = response.value(u"status").toInt();
    entry.responseBody = response.value(u"body").toString().toUtf8();
}

} // namespace

QString ActivityEntry::curlCommand() const
{
    QStringList lines;
    lines.append(u"curl -X "_s + QString::fromLatin1(requestMethod) + u' ' + shellQuoted(requestUrl));
    // Double quotes here so that the shell puts the token in from the variable.
    lines.append(uR"(  -H "Authorization: Bearer $HEFICED_TOKEN")"_s);
    lines.append(u"  -H 'Accept: application/json'"_s);
    if (!requestBody.isEmpty()) {
        lines.append(u"  -H 'Content-Type: application/json'"_s);
        lines.append(u"  --data "_s + shellQuoted(bodyText(requestBody)));
    }
    return lines.join(u" \\\n"_s);
}

QString ActivityEntry::actionText() const
{
    return isServerAction() ? ActionRules::name(action) : label;
}

QString ActivityEntry::serverText() const
{
    if (hostname.isEmpty())
        return QString::number(serverId);
    return tr("%1 (%2)", "hostname (server ID)").arg(hostname).arg(serverId);
}

QJsonObject ActivityEntry::toJson() const
{
    const QJsonObject request{{u"method"_s, QString::fromLatin1(requestMethod)},
                              {u"url"_s, SecretMasker::maskUrl(QUrl(requestUrl))},
                              {u"body"_s, bodyText(requestBody)}};
    const QJsonObject response{{u"status"_s, responseStatus}, {u"body"_s, bodyText(responseBody)}};
    QJsonObject object{{u"v"_s, FormatVersion},       {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                       {u"serverId"_s, serverId},     {u"hostname"_s, hostname},
                       {u"reason"_s, reason},         {u"state"_s, stateKey(state)},
                       {u"httpStatus"_s, httpStatus}, {u"message"_s, message},
                       {u"problem"_s, problemDetail}, {u"finalStatus"_s, finalStatus},
                       {u"durationMs"_s, durationMs}, {u"request"_s, request},
                       {u"response"_s, response}};
    // A server action keeps the line it always had; a labelled request adds a field instead of a
    // new format, so older builds skip just those lines and read the rest.
    if (isServerAction())
        object.insert(u"action"_s, ActionRules::key(action));
    else
        object.insert(u"label"_s, label);
    return object;
}

std::optional<ActivityEntry> ActivityEntry::fromJson(const QJsonObject &object)
{
    const QString label = object.value(u"label").toString();
    const auto action = ActionRules::fromKey(object.value(u"action").toString());
    const auto state = stateFromKey(object.value(u"state").toString());
    const QDateTime time = QDateTime::fromString(object.value(u"time").toString(), Qt::ISODateWithMs);
    if ((label.isEmpty() && !action) || !state || !time.isValid() || object.value(u"v").toInt() != FormatVersion)
        return std::nullopt;

    ActivityEntry entry;
    entry.time = time;
    entry.serverId = object.value(u"serverId").toInteger();
    entry.hostname = object.value(u"hostname").toString();
    entry.action = action.value_or(InstanceService::Action::Start);
    entry.label = label;
    entry.reason = object.value(u"reason").toString();
    entry.state = *state;
    entry.httpStatus = object.value(u"httpStatus").toInt();
    entry.message = object.value(u"message").toString();
    entry.problemDetail = object.value(u"problem").toString();
    entry.finalStatus = object.value(u"finalStatus").toString();
    entry.durationMs = object.value(u"durationMs").toInteger(-1);
    readExchange(object, entry);
    return entry;
}

ActivityEntry ActivityEntry::fromExchange(qint64 serverId, const QString &hostname, const QString &label,
                                          const ApiRequest &request, const ApiResult<ApiResponse> &result,
                                          const QUrl &url)
{
    const std::optional<ApiExchange> exchange = result.ok() ? result.value().exchange : result.error().exchange;
    ActivityEntry entry;
    entry.serverId = serverId;
    entry.hostname = hostname;
    entry.label = label;
    entry.requestMethod = request.endpoint.method;
    entry.requestUrl = SecretMasker::maskUrl(exchange && exchange->url.isValid() ? exchange->url : url);
    entry.requestBody = SecretMasker::forKeeping(request.body);

    // The row is made when the answer arrives; it is dated when the request went out.
    entry.durationMs = exchange ? exchange->elapsedMs : -1;
    entry.time = QDateTime::currentDateTimeUtc().addMSecs(-qMax<qint64>(0, entry.durationMs));
    if (exchange) {
        entry.responseStatus = exchange->httpStatus;
        entry.responseBody = SecretMasker::forKeeping(exchange->responseBody);
    }

    if (result.ok()) {
        entry.state = State::Done;
        entry.httpStatus = result.value().httpStatus;
        entry.message = tr("The API accepted the request.");
    } else {
        entry.state = State::Failed;
        entry.httpStatus = result.error().httpStatus;
        entry.message = result.error().message;
        entry.problemDetail = result.error().serverDetail;
    }
    return entry;
}

QString ActivityEntry::stateText(State state)
{
    switch (state) {
    case State::Sending:
        return tr("sending", "action state");
    case State::Accepted:
        return tr("accepted", "action state");
    case State::Done:
        return tr("done", "action state");
    case State::Failed:
        return tr("failed", "action state");
    case State::TimedOut:
        return tr("timed out", "action state");
    }
    return {};
}

QString ActivityEntry::stateKey(State state)
{
    switch (state) {
    case State::Sending:
        return u"sending"_s;
    case State::Accepted:
        return u"accepted"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    case State::TimedOut:
        return u"timed-out"_s;
    }
    return {};
}

std::optional<ActivityEntry::State> ActivityEntry::stateFromKey(const QString &key)
{
    for (const State state : AllStates) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace Heficed
