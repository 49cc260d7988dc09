// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throw-away certificate authority and a server certificate for 127.0.0.1 and localhost, made
// with the openssl tool into a temporary directory that lives as long as any copy of this value.
// Tests serve HTTPS with certFile/keyFile and prove that a client refuses the server until it
// trusts caFile. Header-only: include it, nothing to link.
struct TestCertificates
{
    QString caFile;   // ca.pem: the authority's certificate, to trust
    QString certFile; // cert.pem: the server's certificate, signed by the authority
    QString keyFile;  // key.pem: the server's private key (EC P-256, unencrypted)
    QString error;    // why create() failed, with openssl's own words
    std::shared_ptr<QTemporaryDir> directory;

    bool isValid() const { return error.isEmpty() && QFile::exists(certFile) && QFile::exists(keyFile); }
    QList<QSslCertificate> authority() const { return QSslCertificate::fromPath(caFile); }

    static TestCertificates create()
    {
        TestCertificates made;
        made.directory = std::make_shared<QTemporaryDir>();
        if (!made.directory->isValid()) {
            made.error = QStringLiteral("no temporary directory: ") + made.directory->errorString();
            return made;
        }
        const QDir dir(made.directory->path());
        made.caFile = dir.filePath(QStringLiteral("ca.pem"));
        made.certFile = dir.filePath(QStringLiteral("cert.pem"));
        made.keyFile = dir.filePath(QStringLiteral("key.pem"));
        made.error = made.run();
        return made;
    }

private:
    QString run() const
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QStringLiteral("the openssl tool is not installed");
        if (!writeExtensions())
            return QStringLiteral("cannot write the extensions file");
        for (const QStringList &arguments : steps()) {
            const QString failure = runStep(openssl, arguments);
            if (!failure.isEmpty())
                return failure;
        }
        return {};
    }

    // The authority, the server's key and request, and the signature with the extensions file.
    QList<QStringList> steps() const
    {
        const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        return {
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), caFile,
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Heficed Panel Test CA"), QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            QStringList{QStringLiteral("req")} + ecKey +
                QStringList{QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), QStringLiteral("server.csr"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
            QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        QStringLiteral("server.csr"), QStringLiteral("-CA"), caFile, QStringLiteral("-CAkey"),
                        QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
                        QStringLiteral("-out"), certFile},
        };
    }

    bool writeExtensions() const
    {
        QFile extensions(QDir(directory->path()).filePath(QStringLiteral("server.ext")));
        if (!extensions.open(QIODevice::WriteOnly))
            return false;
        return extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                "basicConstraints=critical,CA:FALSE\n"
                                "keyUsage=critical,digitalSignature,keyAgreement\n"
                                "extendedKeyUsage=serverAuth\n") > 0;
    }

    QString runStep(const QString &openssl, const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(directory->path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        // A test helper may block: openssl needs well under a second for EC keys.
        if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            return QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.first(), QString::fromLocal8Bit(process.readAll()).trimmed());
        }
        return {};
    }
};
