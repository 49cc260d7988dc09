// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "subnet.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace Heficed {

class SubnetService;

// The IP Switch subnet tree, read one level at a time: the top blocks when a view first asks
// (canFetchMore on the root), a subnet's children only when it is expanded. Each row shows the
// subnet in CIDR form, its number of addresses and the server it is routed to.
class SubnetTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Network,
        Size,
        RoutedTo,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value: address, size (quint64), server ID
        SubnetIdRole,                    // the UUID, on every column
        InstanceIdRole,                  // qint64: the server it is routed to, 0 for none
        CidrRole,                        // int prefix length, -1 when unknown
        RoutedHereRole,                  // bool: routed to this model's server
    };
    Q_ENUM(Role)

    enum class LoadState
    {
        NotLoaded,
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(LoadState)

    using HostnameLookup = std::function<QString(qint64 instanceId)>; // empty when unknown

    explicit SubnetTreeModel(SubnetService *service, QObject *parent = nullptr);
    ~SubnetTreeModel() override;

    void setServer(qint64 instanceId) { m_serverId = instanceId; }
    qint64 serverId() const { return m_serverId; }
    void setHostnameLookup(HostnameLookup lookup) { m_hostnames = std::move(lookup); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Reads the level under `parent` again and merges it in place: changed rows report
    // dataChanged, loaded subtrees stay. An unloaded level is simply fetched.
    void refreshLevel(const QModelIndex &parent);
    // Tries a level that failed to load again (never done without being asked).
    void retry(const QModelIndex &parent);

    Subnet subnet(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &subnetId, int column = Network) const;
    LoadState loadState(const QModelIndex &parent) const;
    int levelsLoading() const { return m_loading; }
    QString serverText(qint64 instanceId) const;

Q_SIGNALS:
    void levelLoaded(const QString &parentId, int count);
    void levelFailed(const QString &parentId, const Heficed::ApiError &error);
    void loadingChanged(bool loading);

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = Network) const;
    bool mayHaveChildren(const Node *node) const;
    void load(Node *node);
    void onLevel(const QString &parentId, const ApiResult<QList<Subnet>> &result);
    void insertLevel(Node *node, const QList<Subnet> &level);
    void mergeLevel(Node *node, const QList<Subnet> &level);
    void removeChild(Node *node, int row);
    void forget(Node *node);
    QVariant displayData(const Subnet &subnet, int column) const;
    QVariant rawData(const Subnet &subnet, int column) const;

    QPointer<SubnetService> m_service;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_nodes; // by subnet ID; the root under ""
    qint64 m_serverId = 0;
    HostnameLookup m_hostnames;
    int m_loading = 0;
};

} // namespace Heficed
