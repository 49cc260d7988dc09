// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcommandline.h"

#include "faultinjector.h"
#include "sandboxserver.h"

#include <QCommandLineParser>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

struct NumberOption
{
    const char *name;
    int minimum;
    int maximum;
};

constexpr NumberOption NumberOptions[] = {
    {"port", 0, 65535},         {"instances", 0, 5000},     {"seed", 0, 2147483647}, {"token-lifetime", 0, 86400},
    {"action-seconds", 0, 600}, {"settle-seconds", 0, 600}, {"latency", 0, 600000},  {"retry-after", 0, 86400},
};

bool readNumber(const QCommandLineParser &parser, const NumberOption &option, int *value)
{
    const QString name = QString::fromLatin1(option.name);
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    return ok && *value >= option.minimum && *value <= option.maximum;
}

QString describeFault(const Fault &fault)
{
    const QString target =
        fault.pathContains.isEmpty() ? u"every API request"_s : u"paths with \"%1\""_s.arg(fault.pathContains);
    const QString share = fault.share < 1.0 ? u"%1 % of "_s.arg(qRound(fault.share * 100)) : QString();
    const QString status = fault.kind == Fault::Kind::Status || fault.kind == Fault::Kind::HtmlPage
                               ? u" %1"_s.arg(fault.status)
                               : QString();
    return u"%1%2 on %3%4"_s.arg(FaultInjector::name(fault.kind), status, share, target);
}

} // namespace

void SandboxCommandLine::addOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        {u"port"_s, tr("Port to listen on; 0 picks a free one."), u"N"_s, u"0"_s},
        {u"bind"_s, tr("Address to listen on."), u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"port-file"_s, tr("Write the port to FILE once listening, for scripts."), u"FILE"_s},
        {u"instances"_s, tr("Servers generated besides the fixture's."), u"N"_s, u"40"_s},
        {u"seed"_s, tr("Seed of the generated data and fault shares."), u"N"_s, u"1"_s},
        {u"token-lifetime"_s, tr("Access token lifetime in seconds."), u"SEC"_s, u"3600"_s},
        {u"action-seconds"_s, tr("How long a status change such as starting takes."), u"SEC"_s, u"3"_s},
        {u"settle-seconds"_s, tr("How soon a released subnet may be routed again."), u"SEC"_s, u"4"_s},
        {u"latency"_s, tr("Delay added to every answer, in milliseconds."), u"MS"_s, u"0"_s},
        {u"fault"_s,
         tr("Inject a fault: status:429, status:500, status:503, html, cutoff, empty, drop, "
            "token-reject or delay:MS. May be repeated."),
         u"KIND"_s},
        {u"fault-share"_s, tr("Fraction of matching requests hit by --fault, 0 to 1."), u"P"_s, u"1"_s},
        {u"fault-path"_s, tr("Only requests whose path contains TEXT get --fault."), u"TEXT"_s},
        {u"retry-after"_s, tr("Retry-After seconds sent with status:429."), u"SEC"_s, u"1"_s},
        {u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate (chain)."), u"FILE"_s},
        {u"tls-key"_s, tr("The PEM private key of --tls-cert."), u"FILE"_s},
        {u"client-id"_s, tr("Client ID to accept instead of the demo one."), u"ID"_s},
        {u"client-secret"_s, tr("Client secret to accept instead of the demo one."), u"SECRET"_s},
        {u"tenant"_s, tr("Organisation ID to serve instead of the demo one."), u"UUID"_s},
        {u"scopes"_s, tr("Scopes the application was granted, space-separated."), u"LIST"_s},
        {u"fixture"_s, tr("instances-seed.json to use instead of the embedded copy."), u"FILE"_s},
        {u"quiet"_s, tr("Do not log one line per request.")},
    });
}

std::optional<SandboxCommandLine::Launch> SandboxCommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A local, in-memory Heficed API for trying and testing the panel."));
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(); // prints and exits, like any Qt tool
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    Launch launch;
    if (!readNumbers(parser, &launch, error) || !readFaults(parser, &launch, error))
        return std::nullopt;
    if (!launch.address.setAddress(parser.value(u"bind"_s))) {
        *error = tr("--bind needs an IP address such as 127.0.0.1.");
        return std::nullopt;
    }
    launch.tlsCertFile = parser.value(u"tls-cert"_s);
    launch.tlsKeyFile = parser.value(u"tls-key"_s);
    if (launch.tlsCertFile.isEmpty() != launch.tlsKeyFile.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together.");
        return std::nullopt;
    }
    launch.portFile = parser.value(u"port-file"_s);
    launch.quiet = parser.isSet(u"quiet"_s);
    Options &options = launch.options;
    options.clientId = parser.isSet(u"client-id"_s) ? parser.value(u"client-id"_s) : options.clientId;
    options.clientSecret = parser.isSet(u"client-secret"_s) ? parser.value(u"client-secret"_s) : options.clientSecret;
    options.tenantId = parser.isSet(u"tenant"_s) ? parser.value(u"tenant"_s) : options.tenantId;
    if (parser.isSet(u"scopes"_s))
        options.grantedScopes = parser.value(u"scopes"_s).split(u' ', Qt::SkipEmptyParts);
    options.fixtureFile = parser.value(u"fixture"_s);
    return launch;
}

bool SandboxCommandLine::readNumbers(const QCommandLineParser &parser, Launch *launch, QString *error)
{
    int values[std::size(NumberOptions)] = {0, 40, 1, 3600, 3, 4, 0, 1};
    for (size_t i = 0; i < std::size(NumberOptions); ++i) {
        if (!readNumber(parser, NumberOptions[i], &values[i])) {
            *error = tr("--%1 needs a whole number from %2 to %3.")
                         .arg(QString::fromLatin1(NumberOptions[i].name))
                         .arg(NumberOptions[i].minimum)
                         .arg(NumberOptions[i].maximum);
            return false;
        }
    }
    launch->port = quint16(values[0]);
    launch->options.instances = values[1];
    launch->options.seed = quint32(values[2]);
    launch->options.tokenLifetimeSeconds = values[3];
    launch->options.actionSeconds = values[4];
    launch->options.settleSeconds = values[5];
    launch->options.latencyMs = values[6];
    return true; // values[7], --retry-after, is applied by readFaults()
}

bool SandboxCommandLine::readFaults(const QCommandLineParser &parser, Launch *launch, QString *error)
{
    bool shareOk = false;
    const double share = parser.value(u"fault-share"_s).toDouble(&shareOk);
    if (!shareOk || share < 0.0 || share > 1.0) {
        *error = tr("--fault-share needs a fraction from 0 to 1, such as 0.3.");
        return false;
    }
    int retryAfter = 1;
    readNumber(parser, NumberOptions[7], &retryAfter);
    for (const QString &text : parser.values(u"fault"_s)) {
        std::optional<Fault> fault = parseFault(text);
        if (!fault) {
            *error = tr("--fault %1 is not a fault this sandbox knows; see --help.").arg(text);
            return false;
        }
        fault->share = share;
        fault->retryAfterSeconds = retryAfter;
        if (parser.isSet(u"fault-path"_s))
            fault->pathContains = parser.value(u"fault-path"_s);
        launch->faults.append(*fault);
    }
    return true;
}

std::optional<Fault> SandboxCommandLine::parseFault(const QString &text)
{
    const QString kind = text.section(u':', 0, 0).trimmed().toLower();
    const QString argument = text.section(u':', 1);
    bool numberOk = false;
    const int number = argument.toInt(&numberOk);
    Fault fault;
    if (kind == u"status"_s && numberOk && Problem::isKnownStatus(number) && number >= 400)
        fault = {Fault::Kind::Status, number};
    else if (kind == u"html"_s && (argument.isEmpty() || (numberOk && Problem::isKnownStatus(number))))
        fault = {Fault::Kind::HtmlPage, argument.isEmpty() ? 502 : number};
    else if (kind == u"cutoff"_s && argument.isEmpty())
        fault = {Fault::Kind::CutOffJson, 200};
    else if (kind == u"empty"_s && argument.isEmpty())
        fault = {Fault::Kind::EmptyBody, 200};
    else if (kind == u"drop"_s && argument.isEmpty())
        fault = {Fault::Kind::DropConnection, 0};
    else if (kind == u"token-reject"_s && argument.isEmpty())
        fault = {Fault::Kind::Status, 401, 1, 0, u"oauth2/token"_s};
    else if (kind == u"delay"_s && numberOk && number >= 0)
        fault = {Fault::Kind::Delay, 200, 1, number};
    else
        return std::nullopt;
    return fault;
}

QString SandboxCommandLine::banner(const SandboxServer &server, const Launch &launch)
{
    const Options &options = server.options();
    QStringList lines{
        tr("Heficed sandbox API is listening."),
        tr("  Base URL:         %1").arg(server.baseUrl().toString()),
        tr("  Token URL:        %1").arg(server.tokenUrl().toString()),
        tr("  Client ID:        %1").arg(options.clientId),
        tr("  Client secret:    %1").arg(options.clientSecret),
        tr("  Organisation ID:  %1").arg(options.tenantId),
        tr("  Scopes granted:   %1").arg(options.grantedScopes.join(u' ')),
        tr("  Servers:          %1 (seed %2)").arg(server.instanceIds().size()).arg(options.seed),
    };
    for (const Fault &fault : launch.faults)
        lines.append(tr("  Fault:            %1").arg(describeFault(fault)));
    lines.append(tr("These are demo credentials: they open nothing but this sandbox. Stop it with Ctrl+C."));
    return lines.join(u'\n') + u'\n';
}

} // namespace Heficed::Sandbox
