// SPDX-License-Identifier: GPL-3.0-or-later
#include "additionalipmodel.h"

#include <QHostAddress>
#include <QtEndian>

namespace Heficed {

namespace {

// The address as bytes in network order, IPv4 before IPv6, so that .9 sorts before .10.
QVariant addressKey(const QString &address)
{
    const QHostAddress parsed(address);
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
        QByteArray bytes(5, '\x04');
        qToBigEndian(parsed.toIPv4Address(), bytes.data() + 1);
        return bytes;
    }
    if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR value = parsed.toIPv6Address();
        return QByteArray(QByteArray(1, '\x06') + QByteArray(reinterpret_cast<const char *>(value.c), sizeof(value.c)));
    }
    return QByteArray(QByteArray(1, '\xff') + address.toUtf8());
}

} // namespace

AdditionalIpModel::AdditionalIpModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AdditionalIpModel::setServer(qint64 instanceId, const QString &locationId)
{
    m_serverId = instanceId;
    m_serverLocationId = locationId;
    dropUncheckable();
    if (!m_addresses.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AdditionalIpModel::setHostnameLookup(HostnameLookup lookup)
{
    m_hostnames = std::move(lookup);
    if (!m_addresses.isEmpty())
        Q_EMIT dataChanged(index(0, RoutedTo), index(rowCount() - 1, RoutedTo));
}

int AdditionalIpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_addresses.size());
}

int AdditionalIpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AdditionalIpModel::isRoutedHere(int row) const
{
    return m_serverId > 0 && m_addresses.at(row).instanceId == m_serverId;
}

bool AdditionalIpModel::isCheckable(int row) const
{
    return !isRoutedHere(row);
}

Qt::ItemFlags AdditionalIpModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Address && isCheckable(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AdditionalIpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const AdditionalIp &ip = m_addresses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(ip, index.column());
    case Qt::CheckStateRole:
        if (index.column() != Address || !isCheckable(index.row()))
            return {};
        return m_checked.contains(ip.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return toolTipData(index.row(), index.column());
    case RawValueRole:
        return rawData(ip, index.column());
    case IdRole:
        return ip.id;
    case InstanceIdRole:
        return ip.instanceId;
    case LocationIdRole:
        return ip.locationId;
    case RoutedHereRole:
        return isRoutedHere(index.row());
    default:
        return {};
    }
}

QVariant AdditionalIpModel::displayData(const AdditionalIp &ip, int column) const
{
    switch (column) {
    case Address:
        return ip.address;
    case Version:
        return ip.version == 0 ? QString() : tr("IPv%1").arg(ip.version);
    case Location:
        return ip.locationName.isEmpty() ? ip.locationId : ip.locationName;
    case RoutedTo:
        return serverText(ip.instanceId);
    default:
        return {};
    }
}

QVariant AdditionalIpModel::rawData(const AdditionalIp &ip, int column) const
{
    switch (column) {
    case Address:
        return addressKey(ip.address);
    case Version:
        return ip.version;
    case Location:
        return ip.locationId;
    case RoutedTo:
        return ip.instanceId;
    default:
        return {};
    }
}

QVariant AdditionalIpModel::toolTipData(int row, int column) const
{
    const AdditionalIp &ip = m_addresses.at(row);
    if (column == Address && isRoutedHere(row))
        return tr("Routed to this server already. Select it and choose Unroute to take it back.");
    if (column == Location && !ip.locationName.isEmpty())
        return ip.locationId;
    if (column == RoutedTo && ip.isRouted() && !isRoutedHere(row))
        return tr("Routing it here moves it away from server %1.").arg(ip.instanceId);
    return {};
}

QString AdditionalIpModel::serverText(qint64 instanceId) const
{
    if (instanceId <= 0)
        return tr("Not routed");
    const QString hostname = m_hostnames ? m_hostnames(instanceId) : QString();
    if (instanceId == m_serverId)
        return hostname.isEmpty() ? tr("This server") : tr("This server (%1)").arg(hostname);
    return hostname.isEmpty() ? tr("Server %1").arg(instanceId) : hostname;
}

QVariant AdditionalIpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address:
        return tr("Address");
    case Version:
        return tr("Family", "IPv4 or IPv6");
    case Location:
        return tr("Location");
    case RoutedTo:
        return tr("Routed to");
    default:
        return {};
    }
}

bool AdditionalIpModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index) || index.column() != Address)
        return false;
    return setChecked(m_addresses.at(index.row()).id, value.toInt() == Qt::Checked);
}

bool AdditionalIpModel::setChecked(const QString &id, bool checked)
{
    const int row = rowForId(id);
    if (row < 0 || !isCheckable(row))
        return false;
    if (m_checked.contains(id) == checked)
        return true;

    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index(row, Address), index(row, Address), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

void AdditionalIpModel::clearChecks()
{
    const QList<QString> checked(m_checked.begin(), m_checked.end());
    for (const QString &id : checked)
        setChecked(id, false);
}

void AdditionalIpModel::uncheckOutside(const QString &locationId)
{
    for (const AdditionalIp &ip : std::as_const(m_addresses)) {
        if (ip.locationId != locationId)
            setChecked(ip.id, false);
    }
}

QList<AdditionalIp> AdditionalIpModel::checkedAddresses() const
{
    QList<AdditionalIp> checked;
    for (const AdditionalIp &ip : m_addresses) {
        if (m_checked.contains(ip.id))
            checked.append(ip);
    }
    return checked;
}

QList<AdditionalIp> AdditionalIpModel::checkedElsewhere() const
{
    QList<AdditionalIp> elsewhere;
    for (const AdditionalIp &ip : m_addresses) {
        if (m_checked.contains(ip.id) && ip.isRouted() && ip.instanceId != m_serverId)
            elsewhere.append(ip);
    }
    return elsewhere;
}

int AdditionalIpModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_addresses.size(); ++row) {
        if (m_addresses.at(row).id == id)
            return row;
    }
    return -1;
}

void AdditionalIpModel::setAddresses(const QList<AdditionalIp> &addresses)
{
    bool sameRows = addresses.size() == m_addresses.size();
    for (qsizetype row = 0; sameRows && row < addresses.size(); ++row)
        sameRows = addresses.at(row).id == m_addresses.at(row).id;

    if (!sameRows) {
        beginResetModel();
        m_addresses = addresses;
        dropUncheckable();
        endResetModel();
        Q_EMIT checkedChanged();
        return;
    }
    // A refresh of the same list: only rows that changed say so.
    const QSet<QString> checkedBefore = m_checked;
    for (int row = 0; row < addresses.size(); ++row) {
        if (addresses.at(row) == m_addresses.at(row))
            continue;
        m_addresses[row] = addresses.at(row);
        emitRowChanged(row);
    }
    dropUncheckable();
    if (m_checked != checkedBefore)
        Q_EMIT checkedChanged();
}

void AdditionalIpModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AdditionalIpModel::dropUncheckable()
{
    // A check is kept by ID only while the address is listed and may still be checked.
    QSet<QString> keep;
    for (int row = 0; row < m_addresses.size(); ++row) {
        if (m_checked.contains(m_addresses.at(row).id) && isCheckable(row))
            keep.insert(m_addresses.at(row).id);
    }
    m_checked = keep;
}

AdditionalIpFilterModel::AdditionalIpFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AdditionalIpModel::RawValueRole);
    setDynamicSortFilter(true);
}

void AdditionalIpFilterModel::setLocationId(const QString &locationId)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_locationId = locationId;
    endFilterChange(Direction::Rows);
#else
    m_locationId = locationId;
    invalidateRowsFilter();
#endif
}

void AdditionalIpFilterModel::setShowAllLocations(bool showAll)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_showAll = showAll;
    endFilterChange(Direction::Rows);
#else
    m_showAll = showAll;
    invalidateRowsFilter();
#endif
}

bool AdditionalIpFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showAll || m_locationId.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, AdditionalIpModel::Address, sourceParent);
    return index.data(AdditionalIpModel::RoutedHereRole).toBool() ||
           index.data(AdditionalIpModel::LocationIdRole).toString() == m_locationId;
}

} // namespace Heficed
