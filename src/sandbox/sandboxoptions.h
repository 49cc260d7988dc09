// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Heficed::Sandbox {

// What to do with matching requests instead of (or on top of) the normal answer. An aggregate on
// purpose, so tests can write {Fault::Kind::Status, 429, 1, 0, u"/instances"_s, {}, 1}.
//
// Status, HtmlPage, EmptyBody and DropConnection stand for a failing gateway: the request never
// reaches the emulated API, so nothing changes state. CutOffJson and Delay let the request through
// (a started server does start) and only spoil or hold back the answer.
//
// Note on DropConnection: when a connection closes before the first byte of an answer,
// QNetworkAccessManager quietly sends the same request again (Qt 6.4 measured: a GET and a POST
// once each). Every attempt is a request here and uses up one of `count`, so a Qt client sees the
// drop only with count >= 3 or -1.
struct Fault
{
    enum class Kind
    {
        None,
        Status,         // a problem object with `status`; 429 also sends Retry-After: retryAfterSeconds
        HtmlPage,       // a text/html error page with `status` (a gateway's 502, or even a 200)
        CutOffJson,     // 200 with the real JSON cut in half; Content-Length matches the cut body
        EmptyBody,      // 200 with Content-Length 0
        DropConnection, // the TCP connection is closed with no answer at all (see the note below)
        Delay,          // the real answer, after delayMs
    };

    Kind kind = Kind::None;
    int status = 500;
    int retryAfterSeconds = 1;
    int delayMs = 0;
    QString pathContains{}; // "" = every API request (not the token endpoint); "oauth2/token" = the token endpoint
    QByteArray method{};    // "" = any method
    int count = -1;         // the next `count` matching requests; -1 = forever
    double share = 1.0;     // with count == -1: the fraction of matching requests hit (seeded, deterministic)
};

struct Options
{
    int instances = 40; // generated servers in addition to the fixture's server
    quint32 seed = 1;
    int tokenLifetimeSeconds = 3600;
    int actionSeconds = 3; // how long a transition such as stopped -> starting -> running takes
    int settleSeconds = 4; // IP Switch: a released subnet cannot be routed again this soon
    int latencyMs = 0;     // added to every answer
    // Demo credentials, printed by the command-line tool on purpose: they protect nothing real.
    QString clientId = QStringLiteral("3f9c2a71-5d04-4e8b-9a6f-1c2d3e4f5a6b");
    QString clientSecret = QStringLiteral("SbxDemo7qKw2");
    QString tenantId = QStringLiteral("7bddbff3-2dfb-11e9-895d-c8dbf32f12cd"); // the fixture's organisation
    QStringList grantedScopes{QStringLiteral("kronoscloud"), QStringLiteral("ipswitch")};
    QString fixtureFile; // instances-seed.json; empty = the copy embedded in the library
};

} // namespace Heficed::Sandbox

Q_DECLARE_METATYPE(Heficed::Sandbox::Fault::Kind)
