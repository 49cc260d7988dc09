// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityhistory.h"

#include "actionslogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// A trimmed file keeps this share of the cap, so that not every append rewrites it.
constexpr qint64 KeepPercentAfterTrim = 75;

} // namespace

ActivityHistory::ActivityHistory(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/activity"_s
                      : directory)
{}

QString ActivityHistory::fileFor(const QString &organisationKey) const
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]{1,64}$"_s);
    const QString name =
        safe.match(organisationKey).hasMatch()
            ? organisationKey
            : QString::fromLatin1(
                  QCryptographicHash::hash(organisationKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return m_directory + u'/' + name + u".jsonl"_s;
}

QList<ActivityEntry> ActivityHistory::load(const QString &organisationKey) const
{
    QFile file(fileFor(organisationKey));
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QList<ActivityEntry> entries;
    int skipped = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto entry = ActivityEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (entry)
            entries.append(*entry);
        else
            ++skipped;
    }
    if (skipped > 0)
        qCWarning(lcActions) << "Skipped" << skipped << "unreadable lines of the activity history";
    return entries;
}

QByteArray ActivityHistory::toLine(const ActivityEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

bool ActivityHistory::append(const QString &organisationKey, const ActivityEntry &entry)
{
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcActions) << "Cannot create the activity history folder" << m_directory;
        return false;
    }
    const QString path = fileFor(organisationKey);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(toLine(entry)) < 0) {
        qCWarning(lcActions) << "Cannot write the activity history" << path << file.errorString();
        return false;
    }
    const qint64 size = file.size();
    file.close();
    return size <= m_maxBytes || trim(path);
}

// Drops the oldest lines until the newest ones fit in KeepPercentAfterTrim of the cap.
bool ActivityHistory::trim(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();

    const qint64 budget = m_maxBytes * KeepPercentAfterTrim / 100;
    qint64 used = 0;
    qsizetype first = lines.size();
    while (first > 0 && used + lines.at(first - 1).size() + 1 <= budget)
        used += lines.at(--first).size() + 1;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    for (qsizetype i = first; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            out.write(lines.at(i) + '\n');
    }
    qCDebug(lcActions) << "Trimmed the activity history to" << used << "bytes";
    return out.commit();
}

bool ActivityHistory::clear(const QString &organisationKey)
{
    QFile file(fileFor(organisationKey));
    return !file.exists() || file.remove();
}

bool ActivityHistory::exportTo(const QList<ActivityEntry> &entries, const QString &path, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        for (const ActivityEntry &entry : entries)
            out.write(toLine(entry));
        if (out.commit())
            return true;
    }
    if (error)
        *error = out.errorString();
    return false;
}

} // namespace Heficed
