// SPDX-License-Identifier: GPL-3.0-or-later
// heficed-sandbox: the local Heficed API emulation as a program of its own.
#include "sandboxcommandline.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Heficed::Sandbox;
using namespace Qt::StringLiterals;

namespace {

bool writePortFile(const QString &fileName, quint16 port)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray::number(port) + '\n') > 0;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "heficed-sandbox: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"heficed-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HEFICED_VERSION));

    QString error;
    const auto launch = SandboxCommandLine::parse(QCoreApplication::arguments(), &error);
    if (!launch)
        return fail(error);
    if (!launch->quiet)
        QLoggingCategory::setFilterRules(u"heficed.sandbox.debug=true"_s); // QT_LOGGING_RULES still wins
    qSetMessagePattern(u"%{time hh:mm:ss.zzz} %{message}"_s);

    SandboxServer server(launch->options);
    if (!launch->tlsCertFile.isEmpty() && !server.enableTls(launch->tlsCertFile, launch->tlsKeyFile, &error))
        return fail(error);
    for (const Fault &fault : launch->faults)
        server.addFault(fault);
    if (!server.listen(launch->address, launch->port))
        return fail(error.isEmpty() ? server.errorString() : error);
    if (!launch->portFile.isEmpty() && !writePortFile(launch->portFile, server.port()))
        return fail(u"cannot write the port file %1"_s.arg(launch->portFile));

    QTextStream(stdout) << SandboxCommandLine::banner(server, *launch) << Qt::flush;
    return QCoreApplication::exec();
}
