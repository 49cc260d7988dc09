// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityentry.h"
#include "activityhistory.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <functional>

namespace Heficed {

// Every server action of the current organisation, oldest first: those of earlier sessions read
// from the history file, then those of this one as they happen. Finished actions are appended to
// the history as they finish.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Server,
        Action,
        State,
        HttpStatus,
        Message,
        Duration,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value: QDateTime, numbers, the state as int
        SerialRole,                      // quint64 ActivityEntry::serial, on every column
        ServerIdRole,                    // qint64, on every column
        IsProblemRole,                   // bool: failed or timed out, on every column
    };
    Q_ENUM(Role)

    // The icon a failed or timed-out row carries; without one the desktop theme's is used.
    using ProblemIconProvider = std::function<QIcon()>;

    static constexpr int DefaultMaxRows = 2000;

    explicit ActivityModel(QObject *parent = nullptr);

    void setHistory(const ActivityHistory &history) { m_history = history; }
    const ActivityHistory &history() const { return m_history; }
    void setProblemIconProvider(ProblemIconProvider provider) { m_problemIcon = std::move(provider); }
    void setMaxRows(int rows) { m_maxRows = qMax(1, rows); }

    // Shows the history of another organisation (empty: none and nothing is stored). Actions
    // still on their way for the previous one are no longer shown or stored.
    void setOrganisation(const QString &organisationKey);
    QString organisation() const { return m_organisation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a row and returns its serial; `entry.serial` is ignored.
    quint64 add(ActivityEntry entry);
    // Changes the row of `serial`, if it is still shown; a row that becomes final is stored.
    void update(quint64 serial, const std::function<void(ActivityEntry &entry)> &change);

    const ActivityEntry &entry(int row) const { return m_entries.at(row); }
    const QList<ActivityEntry> &entries() const { return m_entries; }
    int rowForSerial(quint64 serial) const;

    bool exportTo(const QString &path, QString *error = nullptr) const;
    // Empties the view and deletes the organisation's history file.
    void clearHistory();

    static QString durationText(qint64 ms);

private:
    QVariant displayData(const ActivityEntry &entry, int column) const;
    QVariant rawData(const ActivityEntry &entry, int column) const;
    QVariant toolTipData(const ActivityEntry &entry, int column) const;
    QVariant problemData(const ActivityEntry &entry, int column, int role) const;
    void dropOldestRows();

    QList<ActivityEntry> m_entries;
    ActivityHistory m_history;
    QString m_organisation;
    ProblemIconProvider m_problemIcon;
    quint64 m_nextSerial = 1;
    int m_maxRows = DefaultMaxRows;
};

} // namespace Heficed
