// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Heficed {

// Sits between ServerTableModel and the view: filters on the model's search text (case-insensitively),
// its status and its location, and sorts on its raw values, so numbers sort as numbers, dates by time and addresses by
// their bytes.
class ServerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServerFilterProxyModel(QObject *parent = nullptr);

    // Every word of `text` must appear somewhere in a server's hostname, ID, addresses or template.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Only servers whose status word is exactly `status` (as the API sent it); empty shows all.
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_statusFilter; }

    // Only servers at the location with this key (ServerTableModel::LocationRole); empty shows all.
    void setLocationFilter(const QString &locationKey);
    QString locationFilter() const { return m_locationFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int compareValues(const QVariant &left, const QVariant &right) const;
    template<typename Change>
    void changeRowsFilter(Change change);

    QString m_searchText;
    QString m_statusFilter;
    QString m_locationFilter;
    QCollator m_collator;
};

} // namespace Heficed
