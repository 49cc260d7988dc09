// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/instance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <functional>

namespace Heficed {

// The organisation's cloud servers, one row each, in the order the API listed them. A refresh
// updates rows in place by server ID so that selection, scroll position and sorting survive it.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Hostname,
        Id,
        IPv4,
        IPv6,
        Location,
        Template,
        Vcpu,
        Memory,
        Disk,
        Billing,
        Price,
        PaidUntil,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value: numbers, QDateTime, address bytes; invalid when unknown
        InstanceIdRole,                  // qint64 server ID, on every column
        StatusRole,                      // the status word as the API sent it, on every column
        SearchTextRole,                  // hostname, ID, every address and the template, on every column
        LocationRole,                    // the location's ID (its name when the API sent no ID), on every column
    };
    Q_ENUM(Role)

    enum class StatusKind
    {
        Running,
        Stopped,
        Transitional,
        Suspended,
        Failed,
        Unknown
    };

    // Gives the status column its icon. The core library has no icons of its own: the window hands
    // in the application's; without one the desktop theme's are used.
    using StatusIconProvider = std::function<QIcon(StatusKind kind)>;

    explicit ServerTableModel(QObject *parent = nullptr);

    void setStatusIconProvider(StatusIconProvider provider);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list, keeping rows whose server ID is still listed (see the .cpp).
    void setInstances(const QList<Instance> &instances);
    void clear();

    const Instance &instance(int row) const { return m_instances.at(row); }
    const QList<Instance> &instances() const { return m_instances; }
    int rowForId(qint64 id) const { return m_rowById.value(id, -1); }
    // The servers behind `indexes` of this model or of any proxy over it (found by server ID);
    // an index whose server is gone is skipped.
    QList<Instance> instancesAt(const QModelIndexList &indexes) const;

    // What the list holds, for the filters: each status word once, and each location once as
    // {key, name} where the key is what LocationRole serves. Both sorted for people to read.
    QStringList statuses() const;
    QList<NamedRef> locations() const;

    static StatusKind statusKind(const QString &status);
    static QString statusText(const QString &status);
    static QString memoryText(qint64 megabytes);
    static QString locationKey(const Instance &instance);

private:
    QVariant displayData(const Instance &instance, int column) const;
    QVariant rawData(const Instance &instance, int column) const;
    QVariant toolTipData(const Instance &instance, int column) const;
    QIcon statusIcon(const QString &status) const;
    bool columnDiffers(const Instance &before, const Instance &after, int column) const;

    void removeMissing(const QList<Instance> &instances);
    void updateExisting(const QList<Instance> &instances);
    void insertNew(const QList<Instance> &instances);
    void rebuildIndex();

    QList<Instance> m_instances;
    QHash<qint64, int> m_rowById;
    StatusIconProvider m_statusIconProvider;
    mutable QHash<int, QIcon> m_statusIcons; // by StatusKind
};

} // namespace Heficed
