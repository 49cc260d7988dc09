// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertablemodel.h"

#include "logging.h"

#include <QHostAddress>
#include <QLocale>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace Heficed {

namespace {

bool isNumericColumn(int column)
{
    return column == ServerTableModel::Id || column == ServerTableModel::Vcpu || column == ServerTableModel::Memory ||
           column == ServerTableModel::Disk || column == ServerTableModel::Price;
}

// The address as bytes in network order, so that 10.0.0.9 sorts before 10.0.0.10. Text that is
// not an address sorts after every address rather than being lost.
QVariant addressKey(const QString &address)
{
    if (address.isEmpty())
        return {};
    const QHostAddress parsed(address);
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
        QByteArray bytes(4, Qt::Uninitialized);
        qToBigEndian(parsed.toIPv4Address(), bytes.data());
        return bytes;
    }
    if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR value = parsed.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(value.c), sizeof(value.c));
    }
    return QByteArray(QByteArray(1, '\xff') + address.toUtf8());
}

QString addressToolTip(const NetworkFamily &family)
{
    if (family.additionalIps.isEmpty())
        return {};
    QStringList lines;
    if (!family.ipAddress.isEmpty())
        lines.append(family.ipAddress);
    for (const QString &address : family.additionalIps)
        lines.append(ServerTableModel::tr("%1 (additional)").arg(address));
    return lines.join(u'\n');
}

QString searchText(const Instance &instance)
{
    QStringList parts{instance.hostname, QString::number(instance.id), instance.osTemplate.name};
    parts.append(instance.allAddresses());
    return parts.join(u'\n');
}

QIcon themeStatusIcon(ServerTableModel::StatusKind kind)
{
    switch (kind) {
    case ServerTableModel::StatusKind::Running:
        return QIcon::fromTheme(QStringLiteral("media-playback-start"));
    case ServerTableModel::StatusKind::Stopped:
        return QIcon::fromTheme(QStringLiteral("media-playback-stop"));
    case ServerTableModel::StatusKind::Transitional:
        return QIcon::fromTheme(QStringLiteral("view-refresh"));
    case ServerTableModel::StatusKind::Suspended:
        return QIcon::fromTheme(QStringLiteral("media-playback-pause"));
    case ServerTableModel::StatusKind::Failed:
        return QIcon::fromTheme(QStringLiteral("dialog-error"));
    case ServerTableModel::StatusKind::Unknown:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-question"));
}

QString orId(const NamedRef &ref)
{
    return ref.name.isEmpty() ? ref.id : ref.name;
}

} // namespace

ServerTableModel::ServerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServerTableModel::setStatusIconProvider(StatusIconProvider provider)
{
    m_statusIconProvider = std::move(provider);
    m_statusIcons.clear();
    if (!m_instances.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status), {Qt::DecorationRole});
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_instances.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &server = m_instances.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(server, index.column());
    case Qt::ToolTipRole:
        return toolTipData(server, index.column());
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(statusIcon(server.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return rawData(server, index.column());
    case InstanceIdRole:
        return server.id;
    case StatusRole:
        return server.status;
    case SearchTextRole:
        return searchText(server);
    case LocationRole:
        return locationKey(server);
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case Status:
        return tr("Status");
    case Hostname:
        return tr("Hostname");
    case Id:
        return tr("ID", "server ID column");
    case IPv4:
        return tr("IPv4");
    case IPv6:
        return tr("IPv6");
    case Location:
        return tr("Location");
    case Template:
        return tr("Template", "operating system template column");
    case Vcpu:
        return tr("vCPU", "virtual CPU count column");
    case Memory:
        return tr("Memory");
    case Disk:
        return tr("Disk");
    case Billing:
        return tr("Billing", "monthly or hourly billing column");
    case Price:
        return tr("Price");
    case PaidUntil:
        return tr("Paid until");
    default:
        return {};
    }
}

QVariant ServerTableModel::displayData(const Instance &server, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status:
        return statusText(server.status);
    case Hostname:
        return server.hostname;
    case Id:
        return QString::number(server.id);
    case IPv4:
        return server.v4.ipAddress;
    case IPv6:
        return server.v6.ipAddress;
    case Location:
        return orId(server.location);
    case Template:
        return server.osTemplate.name.isEmpty() ? server.osTemplate.id : server.osTemplate.name;
    case Vcpu:
        return server.vcpu > 0 ? locale.toString(server.vcpu) : QString();
    case Memory:
        return memoryText(server.memoryMb);
    case Disk:
        return server.diskGb > 0 ? tr("%1 GB", "disk size").arg(locale.toString(server.diskGb)) : QString();
    case Billing:
        if (server.billing.type == Heficed::Billing::Type::Monthly)
            return tr("Monthly", "billing type");
        if (server.billing.type == Heficed::Billing::Type::Hourly)
            return tr("Hourly", "billing type");
        return server.billing.typeName;
    case Price:
        return server.billing.price ? locale.toString(*server.billing.price, 'f', 2) : QString();
    case PaidUntil:
        // The API's dates are midnight UTC: shown in local time they would move back a day west of Greenwich.
        return server.billing.endDate ? locale.toString(server.billing.endDate->toUTC().date(), QLocale::ShortFormat)
                                      : QString();
    default:
        return {};
    }
}

QVariant ServerTableModel::rawData(const Instance &server, int column) const
{
    const auto positive = [](qint64 value) {
        return value > 0 ? QVariant(value) : QVariant();
    };
    switch (column) {
    case Id:
        return server.id;
    case IPv4:
        return addressKey(server.v4.ipAddress);
    case IPv6:
        return addressKey(server.v6.ipAddress);
    case Vcpu:
        return positive(server.vcpu);
    case Memory:
        return positive(server.memoryMb);
    case Disk:
        return positive(server.diskGb);
    case Price:
        return server.billing.price ? QVariant(*server.billing.price) : QVariant();
    case PaidUntil:
        return server.billing.endDate ? QVariant(*server.billing.endDate) : QVariant();
    default: {
        const QVariant text = displayData(server, column);
        return text.toString().isEmpty() ? QVariant() : text;
    }
    }
}

QVariant ServerTableModel::toolTipData(const Instance &server, int column) const
{
    switch (column) {
    case Status:
        return server.inRescueMode ? tr("%1, in rescue mode").arg(statusText(server.status)) : QVariant();
    case Hostname:
        // Long hostnames are elided in the column; the tooltip shows the whole name.
        return server.hostname.isEmpty() ? QVariant() : QVariant(server.hostname);
    case IPv4:
        return addressToolTip(server.v4);
    case IPv6:
        return addressToolTip(server.v6);
    case Template:
        return server.osTemplate.name.isEmpty() ? QVariant() : QVariant(server.osTemplate.name);
    default:
        return {};
    }
}

ServerTableModel::StatusKind ServerTableModel::statusKind(const QString &status)
{
    const QString word = status.trimmed().toLower();
    if (word == u"running" || word == u"active")
        return StatusKind::Running;
    if (word == u"stopped")
        return StatusKind::Stopped;
    if (word == u"suspended")
        return StatusKind::Suspended;
    if (word == u"failed" || word == u"error")
        return StatusKind::Failed;
    static const QSet<QString> transitional{QStringLiteral("starting"),     QStringLiteral("stopping"),
                                            QStringLiteral("rebooting"),    QStringLiteral("pending"),
                                            QStringLiteral("provisioning"), QStringLiteral("installing"),
                                            QStringLiteral("reinstalling"), QStringLiteral("rescue")};
    return transitional.contains(word) ? StatusKind::Transitional : StatusKind::Unknown;
}

QString ServerTableModel::statusText(const QString &status)
{
    // Known words are translated; anything else is shown exactly as the API sent it.
    static const QHash<QString, const char *> known{
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "running")},
        {QStringLiteral("stopped"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "stopped")},
        {QStringLiteral("starting"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "starting")},
        {QStringLiteral("stopping"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "stopping")},
        {QStringLiteral("rebooting"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "rebooting")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "pending")},
        {QStringLiteral("suspended"), QT_TRANSLATE_NOOP("Heficed::ServerTableModel", "suspended")},
    };
    const char *source = known.value(status, nullptr);
    return source ? tr(source) : status;
}

QString ServerTableModel::memoryText(qint64 megabytes)
{
    if (megabytes <= 0)
        return {};
    const QLocale locale;
    if (megabytes < 1024)
        return tr("%1 MB", "memory size").arg(locale.toString(megabytes));
    // 2048 MB reads "2 GB", 1536 MB "1.5 GB".
    const int decimals = megabytes % 1024 == 0 ? 0 : 1;
    return tr("%1 GB", "memory size").arg(locale.toString(static_cast<double>(megabytes) / 1024.0, 'f', decimals));
}

QString ServerTableModel::locationKey(const Instance &instance)
{
    return instance.location.id.isEmpty() ? instance.location.name : instance.location.id;
}

QStringList ServerTableModel::statuses() const
{
    QSet<QString> seen;
    for (const Instance &server : m_instances)
        seen.insert(server.status);
    QStringList words(seen.cbegin(), seen.cend());
    std::sort(words.begin(), words.end());
    return words;
}

QList<NamedRef> ServerTableModel::locations() const
{
    QHash<QString, NamedRef> byKey;
    for (const Instance &server : m_instances) {
        const QString key = locationKey(server);
        if (!key.isEmpty() && !byKey.contains(key))
            byKey.insert(key, {key, orId(server.location)});
    }
    QList<NamedRef> result = byKey.values();
    std::sort(result.begin(), result.end(),
              [](const NamedRef &a, const NamedRef &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

QIcon ServerTableModel::statusIcon(const QString &status) const
{
    const StatusKind kind = statusKind(status);
    const int key = static_cast<int>(kind);
    if (const auto cached = m_statusIcons.constFind(key); cached != m_statusIcons.cend())
        return *cached;

    const QIcon icon = m_statusIconProvider ? m_statusIconProvider(kind) : themeStatusIcon(kind);
    m_statusIcons.insert(key, icon);
    return icon;
}

// A refresh in place: rows of servers that are gone are removed, rows of servers that changed
// report only the columns that changed, new servers are inserted after their predecessor in the
// API's order. Existing rows are never moved; a sorting proxy puts them where the user wants.
void ServerTableModel::setInstances(const QList<Instance> &instances)
{
    QList<Instance> unique;
    unique.reserve(instances.size());
    QSet<qint64> seen;
    for (const Instance &server : instances) {
        // A server that moved between pages while they loaded can come twice: the first one counts.
        if (seen.contains(server.id))
            continue;
        seen.insert(server.id);
        unique.append(server);
    }

    removeMissing(unique);
    updateExisting(unique);
    insertNew(unique);
    qCDebug(lcModels) << "server list now has" << m_instances.size() << "rows";
}

void ServerTableModel::clear()
{
    if (m_instances.isEmpty())
        return;
    beginResetModel();
    m_instances.clear();
    m_rowById.clear();
    endResetModel();
}

void ServerTableModel::removeMissing(const QList<Instance> &instances)
{
    QSet<qint64> listed;
    for (const Instance &server : instances)
        listed.insert(server.id);

    // From the end, so that the rows still to visit keep their numbers; one signal per run of rows.
    for (int last = static_cast<int>(m_instances.size()) - 1; last >= 0; --last) {
        if (listed.contains(m_instances.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !listed.contains(m_instances.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_instances.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
        last = first;
    }
}

void ServerTableModel::updateExisting(const QList<Instance> &instances)
{
    for (const Instance &server : instances) {
        const int row = rowForId(server.id);
        if (row < 0 || m_instances.at(row) == server)
            continue;

        int first = -1;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (!columnDiffers(m_instances.at(row), server, column))
                continue;
            first = first < 0 ? column : first;
            last = column;
        }
        // The search text is served on every column, so a change to it concerns the whole row.
        if (searchText(m_instances.at(row)) != searchText(server)) {
            first = 0;
            last = ColumnCount - 1;
        }

        // A change to fields no column shows (e.g. the invoice) is kept without a signal.
        m_instances[row] = server;
        if (first >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

void ServerTableModel::insertNew(const QList<Instance> &instances)
{
    const int count = static_cast<int>(instances.size());
    for (int start = 0; start < count; ++start) {
        if (m_rowById.contains(instances.at(start).id))
            continue;
        int end = start;
        while (end + 1 < count && !m_rowById.contains(instances.at(end + 1).id))
            ++end;

        // Everything before `start` in the API's list is in the model by now.
        const int position = start == 0 ? 0 : rowForId(instances.at(start - 1).id) + 1;
        beginInsertRows({}, position, position + end - start);
        for (int offset = 0; offset <= end - start; ++offset)
            m_instances.insert(position + offset, instances.at(start + offset));
        rebuildIndex();
        endInsertRows();
        start = end;
    }
}

void ServerTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_instances.size());
    for (int row = 0; row < m_instances.size(); ++row)
        m_rowById.insert(m_instances.at(row).id, row);
}

bool ServerTableModel::columnDiffers(const Instance &before, const Instance &after, int column) const
{
    if (column == Status && statusKind(before.status) != statusKind(after.status))
        return true;
    // The location filter looks at the key, which can change while the name shown stays.
    if (column == Location && locationKey(before) != locationKey(after))
        return true;
    return displayData(before, column) != displayData(after, column) ||
           rawData(before, column) != rawData(after, column) ||
           toolTipData(before, column) != toolTipData(after, column);
}

QList<Instance> ServerTableModel::instancesAt(const QModelIndexList &indexes) const
{
    QList<Instance> servers;
    for (const QModelIndex &index : indexes) {
        const int row = rowForId(index.data(InstanceIdRole).toLongLong());
        if (row >= 0)
            servers.append(m_instances.at(row));
    }
    return servers;
}

} // namespace Heficed
