// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenvelope.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox::ListEnvelope {

namespace {

QString link(const QString &path, int limit, int offset, const Filters &filters)
{
    // Built by hand: QUrlQuery writes an empty value as "key" where the API writes "key=".
    QString link = path + u"?limit=%1&offset=%2"_s.arg(limit).arg(offset);
    for (const auto &[key, value] : filters)
        link += u'&' + key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return link;
}

QJsonValue offsetOrNull(bool exists, int offset)
{
    return exists ? QJsonValue(offset) : QJsonValue();
}

bool readNumber(const QUrlQuery &query, const QString &key, int *value)
{
    if (!query.hasQueryItem(key))
        return true;
    bool ok = false;
    *value = query.queryItemValue(key).toInt(&ok);
    return ok;
}

} // namespace

Outcome readPaging(const QUrlQuery &query, Paging *paging)
{
    if (!readNumber(query, u"limit"_s, &paging->limit) || paging->limit < 1 || paging->limit > MaxLimit) {
        return Outcome::invalid(
            u"The limit must be a whole number from 1 to %1; a page holds at most %1 items."_s.arg(MaxLimit),
            QJsonObject{{u"limit"_s, u"must be between 1 and %1"_s.arg(MaxLimit)}});
    }
    if (!readNumber(query, u"offset"_s, &paging->offset) || paging->offset < 0) {
        return Outcome::invalid(u"The offset must be a whole number of 0 or more."_s,
                                QJsonObject{{u"offset"_s, u"must be 0 or more"_s}});
    }
    return Outcome::success();
}

QJsonObject build(const QJsonArray &items, const QString &path, const Paging &paging, const Filters &filters)
{
    const int total = int(items.size());
    QJsonArray page;
    for (int i = paging.offset; i < total && i < paging.offset + paging.limit; ++i)
        page.append(items.at(i));

    const bool hasNext = paging.offset + paging.limit < total;
    const bool hasPrevious = paging.offset > 0;
    const int next = paging.offset + paging.limit;
    const int previous = qMax(0, qMin(paging.offset, total) - paging.limit);
    const QJsonObject links{
        {u"self"_s, link(path, paging.limit, paging.offset, filters)},
        {u"next"_s, hasNext ? link(path, paging.limit, next, filters) : QString()},
        {u"previous"_s, hasPrevious ? link(path, paging.limit, previous, filters) : QString()},
    };
    const QJsonObject offsets{
        {u"current"_s, paging.offset},
        {u"next"_s, offsetOrNull(hasNext, next)},
        {u"previous"_s, offsetOrNull(hasPrevious, previous)},
    };
    const QJsonObject metadata{
        {u"total"_s, total},       {u"limit"_s, paging.limit}, {u"offsets"_s, offsets},
        {u"sort"_s, QJsonValue()}, {u"sdir"_s, QJsonValue()},
    };
    return {
        {u"data"_s, page},
        {u"links"_s, QJsonObject{{u"paging"_s, links}}},
        {u"metadata"_s, QJsonObject{{u"paging"_s, metadata}}},
    };
}

} // namespace Heficed::Sandbox::ListEnvelope
