// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Heficed {

// Hides secrets in what the panel keeps of an HTTP exchange: the root password of an instance
// object, tokens, client secrets and any other field whose name says it is one. Bodies that are
// not JSON (cut off, form-encoded) are masked by pattern, so a broken answer hides them too.
class SecretMasker
{
public:
    static inline const QString Mask = QStringLiteral("********");
    static constexpr qsizetype MaxKeptBody = 16 * 1024; // longer bodies are kept cut, with a note

    static bool isSecretName(QStringView name);
    static QByteArray maskBody(const QByteArray &body);
    static QString maskUrl(const QUrl &url);
    // maskBody() and then at most MaxKeptBody bytes.
    static QByteArray forKeeping(const QByteArray &body);

private:
    static QByteArray maskText(const QByteArray &body);
};

} // namespace Heficed
