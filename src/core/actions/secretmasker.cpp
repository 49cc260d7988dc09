// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretmasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

QJsonValue maskValue(const QJsonValue &value);

QJsonObject maskObject(const QJsonObject &object)
{
    QJsonObject masked;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool hide = SecretMasker::isSecretName(it.key()) && !it.value().isNull() && !it.value().isObject() &&
                          !it.value().isArray();
        masked.insert(it.key(), hide ? QJsonValue(SecretMasker::Mask) : maskValue(it.value()));
    }
    return masked;
}

QJsonArray maskArray(const QJsonArray &array)
{
    QJsonArray masked;
    for (const QJsonValue &item : array)
        masked.append(maskValue(item));
    return masked;
}

QJsonValue maskValue(const QJsonValue &value)
{
    if (value.isObject())
        return maskObject(value.toObject());
    if (value.isArray())
        return maskArray(value.toArray());
    return value;
}

} // namespace

bool SecretMasker::isSecretName(QStringView name)
{
    static const QStringList parts{u"password"_s,      u"passwd"_s, u"secret"_s, u"token"_s,
                                   u"authorization"_s, u"apikey"_s, u"api_key"_s};
    for (const QString &part : parts) {
        if (name.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray SecretMasker::maskBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return body;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return maskText(body);
    if (document.isObject())
        return QJsonDocument(maskObject(document.object())).toJson(QJsonDocument::Compact);
    return QJsonDocument(maskArray(document.array())).toJson(QJsonDocument::Compact);
}

// JSON that does not parse (an answer cut off mid-way) and form bodies: every "name": "value"
// and name=value whose name says secret loses its value, also when the closing quote is missing.
QByteArray SecretMasker::maskText(const QByteArray &body)
{
    static const QRegularExpression jsonField(
        uR"re("([^"\\]*(?:password|passwd|secret|token|authorization|api_?key)[^"\\]*)")re"
        uR"re(\s*:\s*"(?:[^"\\]|\\.)*("?))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formField(
        uR"re((^|[&\s])([\w.\-]*(?:password|passwd|secret|token|api_?key)[\w.\-]*)=[^&\s]*)re"_s,
        QRegularExpression::CaseInsensitiveOption);

    QString text = QString::fromUtf8(body);
    text.replace(jsonField, uR"("\1": ")"_s + Mask + u"\\2"_s);
    text.replace(formField, u"\\1\\2="_s + Mask);
    return text.toUtf8();
}

QString SecretMasker::maskUrl(const QUrl &url)
{
    QUrl masked = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(masked);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (isSecretName(name)) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, Mask);
        }
    }
    if (!items.isEmpty())
        masked.setQuery(query);
    return masked.toString();
}

QByteArray SecretMasker::forKeeping(const QByteArray &body)
{
    const QByteArray masked = maskBody(body);
    if (masked.size() <= MaxKeptBody)
        return masked;
    // Cut on a character boundary so that the kept text stays valid UTF-8.
    QString kept = QString::fromUtf8(masked.left(MaxKeptBody));
    if (!kept.isEmpty() && kept.back() == QChar::ReplacementCharacter)
        kept.chop(1);
    return kept.toUtf8() + "\n[… " + QByteArray::number(masked.size() - MaxKeptBody) + " more bytes not kept]";
}

} // namespace Heficed
