// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Heficed::Sandbox {

class SandboxServer;

// The heficed-sandbox tool's command line: what it accepts, and the banner it prints once
// listening. Kept out of main.cpp so that tests can check the parsing.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    struct Launch
    {
        Options options;
        QList<Fault> faults;
        QHostAddress address{QHostAddress::LocalHost};
        quint16 port = 0;
        QString tlsCertFile;
        QString tlsKeyFile;
        QString portFile;
        bool quiet = false;
    };

    // Parses the arguments; on a mistake, `error` says which option is wrong and how.
    static std::optional<Launch> parse(const QStringList &arguments, QString *error);
    // "status:429", "status:500", "status:503", "html", "html:503", "cutoff", "empty", "drop",
    // "token-reject" or "delay:MS"; the share, path and Retry-After come from their own options.
    static std::optional<Fault> parseFault(const QString &text);
    // The lines printed at start: URLs, the demo credentials (on purpose) and active faults.
    static QString banner(const SandboxServer &server, const Launch &launch);

private:
    static void addOptions(QCommandLineParser *parser);
    static bool readNumbers(const QCommandLineParser &parser, Launch *launch, QString *error);
    static bool readFaults(const QCommandLineParser &parser, Launch *launch, QString *error);
};

} // namespace Heficed::Sandbox
