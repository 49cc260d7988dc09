// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/instance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Heficed {

class ServerTableModel;

// Writes the servers a view shows, in the view's order, to a file:
// - CSV: the given columns as the table shows them (a header line of column titles, then one
//   line per server), quoted as RFC 4180 says, UTF-8, CRLF line ends;
// - JSON: an array with one object per server holding the raw values (numbers as numbers, dates
//   as ISO 8601 UTC, null when unknown), independent of the columns and the locale.
// The root password is never written.
class ServerExporter
{
    Q_DECLARE_TR_FUNCTIONS(Heficed::ServerExporter)

public:
    enum class Format
    {
        Csv,
        Json
    };

    // `view` is a proxy over `model` (or the model itself); both must outlive the exporter.
    ServerExporter(const QAbstractItemModel *view, const ServerTableModel *model);

    // The CSV columns (ServerTableModel::Column) in the order to write; all of them by default.
    void setColumns(const QList<int> &columns) { m_columns = columns; }

    int rowCount() const;
    QList<Instance> instances() const;
    QByteArray toCsv() const;
    QByteArray toJson() const;

    // Replaces the file only once everything is written. On failure returns false and a sentence.
    bool write(const QString &path, Format format, QString *errorMessage) const;

    static Format formatForFileName(const QString &fileName);
    static QString csvField(const QString &text);
    static QJsonObject toJsonObject(const Instance &instance);

private:
    const QAbstractItemModel *m_view;
    const ServerTableModel *m_model;
    QList<int> m_columns;
};

} // namespace Heficed
