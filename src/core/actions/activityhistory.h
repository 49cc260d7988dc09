// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityentry.h"

#include <QList>
#include <QString>

namespace Heficed {

// The activity of each organisation across restarts: one JSON Lines file per organisation in
// the application's data folder, one finished action per line, oldest first. The file is kept
// under a size cap by dropping its oldest lines. Entries are masked on the way in (see
// ActivityEntry::toJson), so no secret is ever written.
class ActivityHistory
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;

    // `directory` empty: <AppDataLocation>/activity.
    explicit ActivityHistory(const QString &directory = {});

    QString directory() const { return m_directory; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = qMax<qint64>(1024, bytes); }
    qint64 maxBytes() const { return m_maxBytes; }

    // The file of one organisation; keys that are not safe file names are hashed.
    QString fileFor(const QString &organisationKey) const;

    // Unreadable lines (a crash mid-write, a newer format) are skipped, never fatal.
    QList<ActivityEntry> load(const QString &organisationKey) const;
    bool append(const QString &organisationKey, const ActivityEntry &entry);
    bool clear(const QString &organisationKey);

    // Writes `entries` as JSON Lines to `path` (any place the user picks).
    static bool exportTo(const QList<ActivityEntry> &entries, const QString &path, QString *error);
    static QByteArray toLine(const ActivityEntry &entry);

private:
    bool trim(const QString &path) const;

    QString m_directory;
    qint64 m_maxBytes = DefaultMaxBytes;
};

} // namespace Heficed
