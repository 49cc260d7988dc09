// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitymodel.h"

#include "actionslogging.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// A red that reads on the window's own background, light or dark.
QColor problemColor()
{
    const bool darkTheme = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return darkTheme ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString timeText(const QDateTime &time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActivityModel::setOrganisation(const QString &organisationKey)
{
    if (organisationKey == m_organisation)
        return;

    beginResetModel();
    m_organisation = organisationKey;
    m_entries = organisationKey.isEmpty() ? QList<ActivityEntry>() : m_history.load(organisationKey);
    if (m_entries.size() > m_maxRows)
        m_entries.remove(0, m_entries.size() - m_maxRows);
    for (ActivityEntry &entry : m_entries)
        entry.serial = m_nextSerial++;
    endResetModel();
    qCDebug(lcActions) << "Loaded" << m_entries.size() << "activity entries";
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return toolTipData(entry, index.column());
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
    case Qt::FontRole:
        return problemData(entry, index.column(), role);
    case Qt::TextAlignmentRole:
        return index.column() == HttpStatus || index.column() == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                          : QVariant();
    case RawValueRole:
        return rawData(entry, index.column());
    case SerialRole:
        return entry.serial;
    case ServerIdRole:
        return entry.serverId;
    case IsProblemRole:
        return entry.isProblem();
    default:
        return {};
    }
}

QVariant ActivityModel::displayData(const ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return timeText(entry.time);
    case Server:
        return entry.serverText();
    case Action:
        return entry.actionText();
    case State:
        return ActivityEntry::stateText(entry.state);
    case HttpStatus:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString();
    case Message:
        return entry.message;
    case Duration:
        return entry.durationMs >= 0 ? durationText(entry.durationMs) : QString();
    default:
        return {};
    }
}

QVariant ActivityModel::rawData(const ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.time;
    case Server:
        return entry.hostname;
    case Action:
        return entry.actionText(); // server actions and routing requests sort together by name
    case State:
        return static_cast<int>(entry.state);
    case HttpStatus:
        return entry.httpStatus;
    case Message:
        return entry.message;
    case Duration:
        return entry.durationMs;
    default:
        return {};
    }
}

QVariant ActivityModel::toolTipData(const ActivityEntry &entry, int column) const
{
    if (column == Time)
        return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
    if (column == Action && !entry.isServerAction())
        return entry.label; // long labels are cut in the column
    if (column == Action && !entry.reason.isEmpty())
        return tr("Reason: %1").arg(entry.reason);
    if (column == Message && !entry.message.isEmpty())
        return entry.message;
    return {};
}

// Failed and timed-out rows are red throughout, with an icon and bold text in the State column.
QVariant ActivityModel::problemData(const ActivityEntry &entry, int column, int role) const
{
    if (!entry.isProblem())
        return {};
    if (role == Qt::ForegroundRole)
        return QBrush(problemColor());
    if (column != State)
        return {};
    if (role == Qt::DecorationRole)
        return m_problemIcon ? m_problemIcon() : QIcon::fromTheme(u"dialog-error"_s);
    QFont font;
    font.setBold(true);
    return font;
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case Action:
        return tr("Action");
    case State:
        return tr("State", "state of a server action");
    case HttpStatus:
        return tr("HTTP", "HTTP status column");
    case Message:
        return tr("Message");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

quint64 ActivityModel::add(ActivityEntry entry)
{
    entry.serial = m_nextSerial++;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();

    dropOldestRows();
    if (m_entries.constLast().isFinal() && !m_organisation.isEmpty())
        m_history.append(m_organisation, m_entries.constLast());
    return m_entries.constLast().serial;
}

void ActivityModel::update(quint64 serial, const std::function<void(ActivityEntry &entry)> &change)
{
    const int row = rowForSerial(serial);
    if (row < 0)
        return;

    ActivityEntry &entry = m_entries[row];
    const bool wasFinal = entry.isFinal();
    change(entry);
    entry.serial = serial;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));

    if (entry.isFinal() && !wasFinal && !m_organisation.isEmpty())
        m_history.append(m_organisation, entry);
}

int ActivityModel::rowForSerial(quint64 serial) const
{
    // Updates are nearly always for recent rows: look from the end.
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (m_entries.at(row).serial == serial)
            return static_cast<int>(row);
    }
    return -1;
}

void ActivityModel::dropOldestRows()
{
    if (m_entries.size() <= m_maxRows)
        return;
    const int excess = static_cast<int>(m_entries.size()) - m_maxRows;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.remove(0, excess);
    endRemoveRows();
}

bool ActivityModel::exportTo(const QString &path, QString *error) const
{
    return ActivityHistory::exportTo(m_entries, path, error);
}

void ActivityModel::clearHistory()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (!m_organisation.isEmpty() && !m_history.clear(m_organisation))
        qCWarning(lcActions) << "Cannot delete the activity history file";
}

QString ActivityModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 10'000)
        return tr("%1 s", "duration in seconds").arg(locale.toString(ms / 1000.0, 'f', 1));
    if (ms < 60'000)
        return tr("%1 s", "duration in seconds").arg(ms / 1000);
    return tr("%1 min %2 s", "duration").arg(ms / 60'000).arg((ms / 1000) % 60);
}

} // namespace Heficed
