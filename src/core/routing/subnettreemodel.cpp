// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnettreemodel.h"

#include "routinglogging.h"
#include "subnetservice.h"

#include <QLocale>

namespace Heficed {

struct SubnetTreeModel::Node
{
    Subnet subnet; // empty for the root
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    LoadState state = LoadState::NotLoaded;
    bool refreshing = false; // a loaded level is being read again

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return -1;
    }
};

SubnetTreeModel::SubnetTreeModel(SubnetService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_root(std::make_unique<Node>())
{
    m_nodes.insert(QString(), m_root.get());
}

SubnetTreeModel::~SubnetTreeModel() = default;

SubnetTreeModel::Node *SubnetTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SubnetTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex SubnetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children.at(static_cast<size_t>(row)).get());
}

QModelIndex SubnetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int SubnetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int SubnetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SubnetTreeModel::mayHaveChildren(const Node *node) const
{
    // A /32 is a single address; a subnet without a known prefix may still be split.
    return node == m_root.get() || node->subnet.cidr != 32;
}

bool SubnetTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->state == LoadState::Loaded)
        return !node->children.empty();
    // Not read yet: show an expander, so that expanding is what reads the level.
    return mayHaveChildren(node);
}

bool SubnetTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return m_service && node->state == LoadState::NotLoaded && mayHaveChildren(node);
}

void SubnetTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(nodeFor(parent));
}

void SubnetTreeModel::retry(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (node->state != LoadState::Failed)
        return;
    node->state = LoadState::NotLoaded;
    fetchMore(parent);
}

void SubnetTreeModel::refreshLevel(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (node->state == LoadState::NotLoaded) {
        fetchMore(parent);
        return;
    }
    if (node->state != LoadState::Loaded || node->refreshing || !m_service)
        return;
    node->refreshing = true;
    load(node);
}

void SubnetTreeModel::load(Node *node)
{
    if (node->state == LoadState::NotLoaded)
        node->state = LoadState::Loading;
    if (m_loading++ == 0)
        Q_EMIT loadingChanged(true);

    const QString parentId = node->subnet.id;
    qCDebug(lcRouting) << "Reading subnets under" << (parentId.isEmpty() ? QStringLiteral("the top") : parentId);
    m_service->fetchLevel(parentId, this,
                          [this, parentId](const ApiResult<QList<Subnet>> &result) { onLevel(parentId, result); });
}

void SubnetTreeModel::onLevel(const QString &parentId, const ApiResult<QList<Subnet>> &result)
{
    if (--m_loading == 0)
        Q_EMIT loadingChanged(false);
    Node *node = m_nodes.value(parentId);
    if (!node)
        return; // removed by a refresh of its parent while it was read

    const bool wasRefresh = node->refreshing;
    node->refreshing = false;
    if (!result.ok()) {
        if (!wasRefresh)
            node->state = LoadState::Failed;
        Q_EMIT levelFailed(parentId, result.error());
        return;
    }
    if (wasRefresh)
        mergeLevel(node, result.value());
    else
        insertLevel(node, result.value());
    Q_EMIT levelLoaded(parentId, static_cast<int>(result.value().size()));
}

void SubnetTreeModel::insertLevel(Node *node, const QList<Subnet> &level)
{
    const QModelIndex parentIndex = indexFor(node);
    if (level.isEmpty()) {
        // The expander goes away: the level turned out empty.
        node->state = LoadState::Loaded;
        if (node != m_root.get())
            Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
        return;
    }
    beginInsertRows(parentIndex, 0, static_cast<int>(level.size()) - 1);
    for (const Subnet &subnet : level) {
        auto child = std::make_unique<Node>();
        child->subnet = subnet;
        child->parent = node;
        m_nodes.insert(subnet.id, child.get());
        node->children.push_back(std::move(child));
    }
    node->state = LoadState::Loaded;
    endInsertRows();
}

void SubnetTreeModel::mergeLevel(Node *node, const QList<Subnet> &level)
{
    QHash<QString, const Subnet *> fresh;
    for (const Subnet &subnet : level)
        fresh.insert(subnet.id, &subnet);

    // Gone ones go (with their subtrees), known ones are updated in place, new ones are added.
    for (int row = static_cast<int>(node->children.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(node->children[static_cast<size_t>(row)]->subnet.id))
            removeChild(node, row);
    }
    QList<Subnet> added;
    for (const Subnet &subnet : level) {
        Node *known = m_nodes.value(subnet.id);
        if (!known || known->parent != node) {
            added.append(subnet);
            continue;
        }
        if (known->subnet == subnet)
            continue;
        known->subnet = subnet;
        const QModelIndex changed = indexFor(known);
        Q_EMIT dataChanged(changed, changed.siblingAtColumn(ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(indexFor(node), first, first + static_cast<int>(added.size()) - 1);
    for (const Subnet &subnet : std::as_const(added)) {
        auto child = std::make_unique<Node>();
        child->subnet = subnet;
        child->parent = node;
        m_nodes.insert(subnet.id, child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

void SubnetTreeModel::removeChild(Node *node, int row)
{
    beginRemoveRows(indexFor(node), row, row);
    forget(node->children[static_cast<size_t>(row)].get());
    node->children.erase(node->children.begin() + row);
    endRemoveRows();
}

void SubnetTreeModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    m_nodes.remove(node->subnet.id);
}

Qt::ItemFlags SubnetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SubnetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Subnet &subnet = nodeFor(index)->subnet;
    const bool here = m_serverId > 0 && subnet.instanceId == m_serverId;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(subnet, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Network)
            return tr("%1 to %2").arg(dottedQuad(subnet.address), dottedQuad(subnet.lastAddress));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(subnet, index.column());
    case SubnetIdRole:
        return subnet.id;
    case InstanceIdRole:
        return subnet.instanceId;
    case CidrRole:
        return subnet.cidr;
    case RoutedHereRole:
        return here;
    default:
        return {};
    }
}

QVariant SubnetTreeModel::displayData(const Subnet &subnet, int column) const
{
    switch (column) {
    case Network:
        return subnet.text();
    case Size: {
        const quint64 size = subnet.size();
        return size == 0 ? QString() : QLocale().toString(size);
    }
    case RoutedTo:
        return serverText(subnet.instanceId);
    default:
        return {};
    }
}

QVariant SubnetTreeModel::rawData(const Subnet &subnet, int column) const
{
    switch (column) {
    case Network:
        return subnet.address;
    case Size:
        return subnet.size();
    case RoutedTo:
        return subnet.instanceId;
    default:
        return {};
    }
}

QString SubnetTreeModel::serverText(qint64 instanceId) const
{
    if (instanceId <= 0)
        return {};
    const QString hostname = m_hostnames ? m_hostnames(instanceId) : QString();
    if (instanceId == m_serverId)
        return hostname.isEmpty() ? tr("This server") : tr("This server (%1)").arg(hostname);
    return hostname.isEmpty() ? tr("Server %1").arg(instanceId) : tr("%1 (%2)").arg(hostname).arg(instanceId);
}

QVariant SubnetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Network:
        return tr("Subnet");
    case Size:
        return tr("Addresses");
    case RoutedTo:
        return tr("Routed to");
    default:
        return {};
    }
}

Subnet SubnetTreeModel::subnet(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->subnet : Subnet();
}

QModelIndex SubnetTreeModel::indexOf(const QString &subnetId, int column) const
{
    if (subnetId.isEmpty())
        return {};
    return indexFor(m_nodes.value(subnetId), column);
}

SubnetTreeModel::LoadState SubnetTreeModel::loadState(const QModelIndex &parent) const
{
    return nodeFor(parent)->state;
}

} // namespace Heficed
