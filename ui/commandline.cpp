// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

namespace Heficed {

namespace {

struct Options
{
    QCommandLineOption apiUrl{QStringLiteral("api-url"),
                              QCoreApplication::translate("CommandLine", "Base URL of the Heficed API (default %1).")
                                  .arg(QString::fromLatin1(Endpoints::DefaultApiBaseUrl)),
                              QStringLiteral("URL")};
    QCommandLineOption tokenUrl{
        QStringLiteral("token-url"),
        QCoreApplication::translate("CommandLine", "URL of the OAuth token endpoint (default %1).")
            .arg(QString::fromLatin1(Endpoints::DefaultTokenUrl)),
        QStringLiteral("URL")};
    QCommandLineOption organisation{QStringLiteral("organisation"),
                                    QCoreApplication::translate("CommandLine", "Open the organisation with this name."),
                                    QStringLiteral("NAME")};
    QCommandLineOption extraCa{
        QStringLiteral("extra-ca"),
        QCoreApplication::translate("CommandLine", "Also trust the CA certificates in this PEM file."),
        QStringLiteral("FILE")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        QCoreApplication::translate("CommandLine", "Give up on an API request after this many seconds (default 30)."),
        QStringLiteral("SEC")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine", "Use this user interface language, e.g. de or lt."),
        QStringLiteral("CODE")};
};

CommandLineOptions finished(CommandLineOptions::Outcome outcome, const QString &message)
{
    CommandLineOptions result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

CommandLineOptions failure(const QString &message)
{
    return finished(CommandLineOptions::Outcome::Error, message);
}

// Only absolute http(s) URLs are accepted: anything else would fail later, less clearly.
bool readUrl(const QString &text, QUrl *url)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return false;
    *url = parsed;
    return true;
}

QString invalidUrl(const QString &option, const QString &value)
{
    return QCoreApplication::translate("CommandLine", "The value of --%1 is not an http or https URL: %2")
        .arg(option, value);
}

} // namespace

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Desktop control panel for Heficed cloud servers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    parser.addOptions(
        {options.apiUrl, options.tokenUrl, options.organisation, options.extraCa, options.timeout, options.language});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help))
        return finished(CommandLineOptions::Outcome::ShowHelp, parser.helpText());
    if (parser.isSet(version)) {
        const QString line = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return finished(CommandLineOptions::Outcome::ShowVersion, line);
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst()));

    CommandLineOptions result;
    if (parser.isSet(options.apiUrl) && !readUrl(parser.value(options.apiUrl), &result.connection.apiBaseUrl))
        return failure(invalidUrl(QStringLiteral("api-url"), parser.value(options.apiUrl)));
    if (parser.isSet(options.tokenUrl) && !readUrl(parser.value(options.tokenUrl), &result.connection.tokenUrl))
        return failure(invalidUrl(QStringLiteral("token-url"), parser.value(options.tokenUrl)));
    if (parser.isSet(options.apiUrl))
        result.apiUrl = result.connection.apiBaseUrl;
    if (parser.isSet(options.tokenUrl))
        result.tokenUrl = result.connection.tokenUrl;

    if (parser.isSet(options.timeout)) {
        bool ok = false;
        const int seconds = parser.value(options.timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return failure(QCoreApplication::translate("CommandLine",
                                                       "The value of --timeout must be a number of seconds "
                                                       "from 1 to 3600: %1")
                               .arg(parser.value(options.timeout)));
        result.connection.timeoutMs = seconds * 1000;
    }

    if (parser.isSet(options.extraCa)) {
        const QFileInfo file(parser.value(options.extraCa));
        if (!file.isFile() || !file.isReadable())
            return failure(
                QCoreApplication::translate("CommandLine", "Cannot read the CA file %1.").arg(file.filePath()));
        result.connection.extraCaCertificateFile = file.absoluteFilePath();
    }

    result.organisationName = parser.value(options.organisation).trimmed();
    result.language = parser.value(options.language).trimmed();
    return result;
}

bool asksForHelpOrVersion(int argc, const char *const *argv)
{
    static const QByteArrayList answeredWithoutDisplay{"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (answeredWithoutDisplay.contains(argument))
            return true;
    }
    return false;
}

int reportCommandLineOutcome(const CommandLineOptions &options)
{
    // Help and version go to standard output and succeed; errors go to standard error.
    const bool isError = options.outcome == CommandLineOptions::Outcome::Error;
    std::FILE *stream = isError ? stderr : stdout;
    const QByteArray text = options.message.toLocal8Bit();
    std::fputs(text.constData(), stream);
    if (!text.endsWith('\n'))
        std::fputc('\n', stream);
    return isError ? 1 : 0;
}

} // namespace Heficed
