// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QString>
#include <QStringList>

namespace Heficed {

// What the panel was asked to do on its command line. Parsing is kept apart from main() so that
// the options can be tested without starting the application.
struct CommandLineOptions
{
    enum class Outcome
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };

    Outcome outcome = Outcome::Run;
    QString message; // the help text, the version line or the error sentence

    ConnectionSettings connection; // defaults unless --api-url, --token-url, --extra-ca or --timeout
    // --api-url and --token-url as given, empty when not given: they win over an organisation's own
    // endpoint choice, and `connection` alone cannot tell a given URL from the default.
    QUrl apiUrl;
    QUrl tokenUrl;
    QString organisationName; // --organisation: which stored organisation to open
    QString language;         // --language: a code such as "de" or "lt_LT"; empty for the system's
};

// `arguments` includes the program name first, as QCoreApplication::arguments() gives them.
CommandLineOptions parseCommandLine(const QStringList &arguments);

// Whether the raw arguments ask for the help or the version, which need no display: main() then
// answers them before a QApplication (and its connection to the display) exists.
bool asksForHelpOrVersion(int argc, const char *const *argv);

// Prints the help, the version or the error of a non-Run outcome and returns the exit code.
int reportCommandLineOutcome(const CommandLineOptions &options);

} // namespace Heficed
