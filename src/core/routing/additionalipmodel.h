// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "additionalip.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace Heficed {

// The organisation's additional addresses as seen from one server (the one they would be routed
// to): a checkbox on each address that can be routed there, its family, location and where it is
// routed now. An address already routed to this server has no checkbox; it can still be selected
// (to take it back).
class AdditionalIpModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Address,
        Version,
        Location,
        RoutedTo,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value: address bytes, 4 or 6, location ID, server ID
        IdRole,                          // the address ID, on every column
        InstanceIdRole,                  // qint64: the server it is routed to now, 0 for none
        LocationIdRole,                  // the location ID, on every column
        RoutedHereRole,                  // bool: routed to this model's server
    };
    Q_ENUM(Role)

    using HostnameLookup = std::function<QString(qint64 instanceId)>; // empty when unknown

    explicit AdditionalIpModel(QObject *parent = nullptr);

    // The server the addresses would be routed to.
    void setServer(qint64 instanceId, const QString &locationId);
    qint64 serverId() const { return m_serverId; }
    QString serverLocationId() const { return m_serverLocationId; }
    void setHostnameLookup(HostnameLookup lookup);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list. When the same addresses come back in the same order (a refresh), rows
    // are updated in place and only changed rows report dataChanged; checks of addresses that can
    // still be checked are kept.
    void setAddresses(const QList<AdditionalIp> &addresses);
    const QList<AdditionalIp> &addresses() const { return m_addresses; }
    const AdditionalIp &address(int row) const { return m_addresses.at(row); }
    int rowForId(const QString &id) const;
    bool isRoutedHere(int row) const;
    bool isCheckable(int row) const;

    bool setChecked(const QString &id, bool checked); // false when the address cannot be checked
    void clearChecks();
    // Unchecks what lies outside `locationId` (when the dialog hides the other locations).
    void uncheckOutside(const QString &locationId);
    QList<AdditionalIp> checkedAddresses() const; // in list order
    int checkedCount() const { return static_cast<int>(m_checked.size()); }
    // The checked addresses that are routed to another server now, and would move away from it.
    QList<AdditionalIp> checkedElsewhere() const;

    // What the "routed to" column says for a server ID.
    QString serverText(qint64 instanceId) const;

Q_SIGNALS:
    void checkedChanged();

private:
    QVariant displayData(const AdditionalIp &ip, int column) const;
    QVariant rawData(const AdditionalIp &ip, int column) const;
    QVariant toolTipData(int row, int column) const;
    void emitRowChanged(int row);
    void dropUncheckable();

    QList<AdditionalIp> m_addresses;
    QSet<QString> m_checked; // address IDs
    qint64 m_serverId = 0;
    QString m_serverLocationId;
    HostnameLookup m_hostnames;
};

// Shows the addresses in the server's location, or all of them; an address routed to the server
// is always shown. Sorts on the model's raw values.
class AdditionalIpFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AdditionalIpFilterModel(QObject *parent = nullptr);

    void setLocationId(const QString &locationId);
    void setShowAllLocations(bool showAll);
    bool showsAllLocations() const { return m_showAll; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_locationId;
    bool m_showAll = false;
};

} // namespace Heficed
