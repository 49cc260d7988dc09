// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfilterproxymodel.h"

#include "servertablemodel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Heficed {

ServerFilterProxyModel::ServerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(ServerTableModel::SearchTextRole);
    setFilterKeyColumn(ServerTableModel::Hostname);
    setSortRole(ServerTableModel::RawValueRole);
    setDynamicSortFilter(true);

    // "web10" after "web9", and "Web" beside "web".
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ServerFilterProxyModel::setSearchText(const QString &text)
{
    m_searchText = text;

    // One lookahead per word: all words must match, in any order, anywhere in the search text.
    QString pattern;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        pattern += u"(?=.*" + QRegularExpression::escape(word) + u')';
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption |
                         QRegularExpression::UseUnicodePropertiesOption;
    setFilterRegularExpression(QRegularExpression(pattern.isEmpty() ? QString() : u'^' + pattern, options));
}

void ServerFilterProxyModel::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    changeRowsFilter([this, status] { m_statusFilter = status; });
}

void ServerFilterProxyModel::setLocationFilter(const QString &locationKey)
{
    if (locationKey == m_locationFilter)
        return;
    changeRowsFilter([this, locationKey] { m_locationFilter = locationKey; });
}

// Qt 6.10 wants the change bracketed; older versions only know the invalidation afterwards.
template<typename Change>
void ServerFilterProxyModel::changeRowsFilter(Change change)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    change();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    change();
    invalidateRowsFilter();
#endif
}

bool ServerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statusFilter.isEmpty() && index.data(ServerTableModel::StatusRole).toString() != m_statusFilter)
        return false;
    if (!m_locationFilter.isEmpty() && index.data(ServerTableModel::LocationRole).toString() != m_locationFilter)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ServerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (order != 0)
        return order < 0;
    // Equal values keep a stable order by server ID, so a refresh does not shuffle them.
    return left.data(ServerTableModel::InstanceIdRole).toLongLong() <
           right.data(ServerTableModel::InstanceIdRole).toLongLong();
}

// Unknown values sort after known ones; values are compared by their type, never as formatted text.
int ServerFilterProxyModel::compareValues(const QVariant &left, const QVariant &right) const
{
    if (!left.isValid() || !right.isValid())
        return int(right.isValid()) - int(left.isValid());

    const int type = left.metaType().id();
    if (type != right.metaType().id())
        return m_collator.compare(left.toString(), right.toString());

    switch (type) {
    case QMetaType::QString:
        return m_collator.compare(left.toString(), right.toString());
    case QMetaType::QDateTime: {
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case QMetaType::QByteArray:
        return left.toByteArray().compare(right.toByteArray());
    default: {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    }
}

} // namespace Heficed
