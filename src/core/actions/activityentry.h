// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/instanceservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Heficed {

// One action as the activity view shows it and the history keeps it: a server action (Start,
// Stop, ...) followed until the server settles, or a single request that ends with its answer,
// such as routing an address, named by a free-text label. Request and response bodies are stored
// masked (SecretMasker); the token is never part of an exchange.
struct ActivityEntry
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEntry)

public:
    enum class State
    {
        Sending,  // the request is on its way
        Accepted, // the API accepted it; the server is re-read until it settles
        Done,     // the server reached the state the action ends in
        Failed,   // the API refused it, it never arrived, or the server settled elsewhere
        TimedOut, // accepted, but still not settled when the panel stopped watching
    };

    quint64 serial = 0; // unique while the program runs; not stored
    QDateTime time;     // when the action was sent, UTC
    qint64 serverId = 0;
    QString hostname;
    InstanceService::Action action = InstanceService::Action::Start; // when label is empty
    QString label;  // what a request other than a server action did, e.g. "Route 203.0.113.10 to web-1 (337201)"
    QString reason; // the cancellation reason the user typed
    State state = State::Sending;
    int httpStatus = 0;    // the action request's status; 0 while none arrived
    QString message;       // one sentence for a person: the outcome or the error
    QString problemDetail; // the `detail` (or `title`) of the API's problem object
    QString finalStatus;   // the status read back after the action
    qint64 durationMs = -1;

    QByteArray requestMethod;
    QString requestUrl; // no user info; secret query values masked
    QByteArray requestBody;
    int responseStatus = 0;
    QByteArray responseBody;

    bool isFinal() const { return state == State::Done || state == State::Failed || state == State::TimedOut; }
    bool isProblem() const { return state == State::Failed || state == State::TimedOut; }
    bool isServerAction() const { return label.isEmpty(); }
    // The label, or the server action's name ("Force stop").
    QString actionText() const;

    // A command that repeats the request by hand, with the token as the shell variable
    // $HEFICED_TOKEN (never the token itself).
    QString curlCommand() const;
    QString serverText() const; // "web-1.example.com (312019)"

    QJsonObject toJson() const; // one history line; bodies masked again on the way out
    static std::optional<ActivityEntry> fromJson(const QJsonObject &object);

    // A request that is over once its answer arrives (routing) as one finished row: done on a
    // success, failed otherwise, with the masked exchange. `url` is where the request went; it is
    // used when none was sent (no token could be had).
    static ActivityEntry fromExchange(qint64 serverId, const QString &hostname, const QString &label,
                                      const ApiRequest &request, const ApiResult<ApiResponse> &result, const QUrl &url);

    static QString stateText(State state);
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
};

} // namespace Heficed

Q_DECLARE_METATYPE(Heficed::ActivityEntry)
