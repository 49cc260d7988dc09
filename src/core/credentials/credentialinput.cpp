// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialinput.h"

#include <QRegularExpression>

namespace Heficed {

namespace {

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The Terminal keeps the organisation in a cookie, so a pasted cookie header names it explicitly.
const QRegularExpression &orgIdCookiePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("orgId\\s*=\\s*[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb");
    return quotes.contains(c);
}

} // namespace

QString CredentialInput::cleanPaste(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(u'\r');
    cleaned.remove(u'\n');
    cleaned = cleaned.trimmed();

    // Quotes come in pairs around a copied value; peel them off, and the spaces between.
    while (cleaned.size() >= 2 && isQuote(cleaned.front()) && isQuote(cleaned.back()))
        cleaned = cleaned.mid(1, cleaned.size() - 2).trimmed();
    return cleaned;
}

QString CredentialInput::extractUuid(const QString &text)
{
    const QString cleaned = cleanPaste(text);

    const QRegularExpressionMatch cookie = orgIdCookiePattern().match(cleaned);
    if (cookie.hasMatch())
        return cookie.captured(1).toLower();

    const QRegularExpressionMatch any = uuidPattern().match(cleaned);
    return any.hasMatch() ? any.captured(0).toLower() : cleaned;
}

bool CredentialInput::isUuid(const QString &text)
{
    const QRegularExpressionMatch match = uuidPattern().match(text);
    return match.hasMatch() && match.capturedLength() == text.size();
}

QString CredentialInput::organisationIdProblem(const QString &organisationId)
{
    if (organisationId.isEmpty())
        return tr("Enter the organisation ID.");
    if (!isUuid(organisationId))
        return tr("The organisation ID is a UUID such as 7bddbff3-2dfb-11e9-895d-c8dbf32f12cd; this is not one.");
    return {};
}

QString CredentialInput::clientIdProblem(const QString &clientId)
{
    if (clientId.isEmpty())
        return tr("Enter the client ID.");
    if (!isUuid(clientId))
        return tr("The client ID is a UUID of 36 characters; copy it again from API > API keys.");
    return {};
}

QString CredentialInput::secretProblem(const QString &secret, bool storedSecretKept)
{
    if (secret.isEmpty())
        return storedSecretKept ? QString() : tr("Enter the client secret.");
    for (const QChar c : secret) {
        if (c.isSpace())
            return tr("The client secret contains spaces; copy it again without them.");
    }
    return {};
}

QString CredentialInput::nameProblem(const QString &name, const QStringList &otherNames)
{
    if (name.isEmpty())
        return tr("Enter a name for the organisation, such as Production.");
    if (otherNames.contains(name, Qt::CaseInsensitive))
        return tr("Another organisation is already called %1; choose a different name.").arg(name);
    return {};
}

} // namespace Heficed
