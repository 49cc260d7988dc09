// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverexporter.h"

#include "logging.h"
#include "servertablemodel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// Unknown is null, not an empty string or a zero that looks like a value.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue positiveOrNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

template<typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue dateOrNull(const std::optional<QDateTime> &date)
{
    return date ? QJsonValue(date->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue namedRef(const NamedRef &ref)
{
    if (ref.id.isEmpty() && ref.name.isEmpty())
        return {};
    return QJsonObject{{u"id"_s, textOrNull(ref.id)}, {u"name"_s, textOrNull(ref.name)}};
}

QJsonObject network(const NetworkFamily &family)
{
    return {{u"address"_s, textOrNull(family.ipAddress)},
            {u"netmask"_s, textOrNull(family.netmask)},
            {u"gateway"_s, textOrNull(family.gateway)},
            {u"resolvers"_s, QJsonArray::fromStringList(family.resolvers)},
            {u"additionalAddresses"_s, QJsonArray::fromStringList(family.additionalIps)}};
}

QJsonObject billing(const Billing &billing)
{
    return {{u"product"_s, textOrNull(billing.product)},
            {u"type"_s, textOrNull(billing.typeName)},
            {u"status"_s, textOrNull(billing.status)},
            {u"price"_s, optionalValue(billing.price)},
            {u"hourlySpendingRate"_s, optionalValue(billing.hourlySpendingRate)},
            {u"startDate"_s, dateOrNull(billing.startDate)},
            {u"paidUntil"_s, dateOrNull(billing.endDate)},
            {u"invoiceId"_s, optionalValue(billing.invoiceId)},
            {u"invoiceStatus"_s, textOrNull(billing.invoiceStatus)},
            {u"sla"_s, namedRef(billing.sla)},
            {u"cancellationRequest"_s, textOrNull(billing.cancellationRequest)}};
}

QJsonArray additionalDisks(const Instance &instance)
{
    QJsonArray disks;
    for (qint64 size : instance.additionalDisksGb)
        disks.append(positiveOrNull(size));
    return disks;
}

} // namespace

ServerExporter::ServerExporter(const QAbstractItemModel *view, const ServerTableModel *model)
    : m_view(view)
    , m_model(model)
{
    for (int column = 0; column < ServerTableModel::ColumnCount; ++column)
        m_columns.append(column);
}

int ServerExporter::rowCount() const
{
    return m_view->rowCount();
}

// The view's rows name their server by ID; the model holds the whole server behind each.
QList<Instance> ServerExporter::instances() const
{
    QList<Instance> result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = m_view->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong();
        const int modelRow = m_model->rowForId(id);
        if (modelRow >= 0)
            result.append(m_model->instance(modelRow));
    }
    return result;
}

QByteArray ServerExporter::toCsv() const
{
    QStringList lines;
    lines.reserve(rowCount() + 1);

    QStringList fields;
    for (int column : m_columns)
        fields.append(csvField(m_view->headerData(column, Qt::Horizontal).toString()));
    lines.append(fields.join(u','));

    for (int row = 0; row < rowCount(); ++row) {
        fields.clear();
        for (int column : m_columns)
            fields.append(csvField(m_view->index(row, column).data().toString()));
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray ServerExporter::toJson() const
{
    QJsonArray servers;
    const QList<Instance> list = instances();
    for (const Instance &instance : list)
        servers.append(toJsonObject(instance));
    return QJsonDocument(servers).toJson(QJsonDocument::Indented);
}

bool ServerExporter::write(const QString &path, Format format, QString *errorMessage) const
{
    const QByteArray contents = format == Format::Json ? toJson() : toCsv();
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.commit();
    if (!ok) {
        qCWarning(lcModels) << "Exporting servers to" << path << "failed:" << file.errorString();
        if (errorMessage)
            *errorMessage =
                tr("The servers could not be written to %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    qCDebug(lcModels) << "Exported" << rowCount() << "servers to" << path;
    return true;
}

ServerExporter::Format ServerExporter::formatForFileName(const QString &fileName)
{
    return fileName.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

// Quoted only when needed; a quote inside is doubled. Leading or trailing blanks are quoted so
// that spreadsheets do not trim them.
QString ServerExporter::csvField(const QString &text)
{
    static const QString special = u",\"\r\n"_s;
    const bool needsQuotes = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QJsonObject ServerExporter::toJsonObject(const Instance &instance)
{
    return {{u"id"_s, instance.id},
            {u"hostname"_s, textOrNull(instance.hostname)},
            {u"status"_s, textOrNull(instance.status)},
            {u"type"_s, namedRef(instance.instanceType)},
            {u"location"_s, namedRef(instance.location)},
            {u"inRescueMode"_s, instance.inRescueMode},
            {u"cpuLimited"_s, instance.cpuLimited},
            {u"networkLimited"_s, instance.networkLimited},
            {u"template"_s, namedRef({instance.osTemplate.id, instance.osTemplate.name})},
            {u"ipv4"_s, network(instance.v4)},
            {u"ipv6"_s, network(instance.v6)},
            {u"vcpu"_s, positiveOrNull(instance.vcpu)},
            {u"memoryMb"_s, positiveOrNull(instance.memoryMb)},
            {u"diskGb"_s, positiveOrNull(instance.diskGb)},
            {u"additionalDisksGb"_s, additionalDisks(instance)},
            {u"billing"_s, billing(instance.billing)}};
}

} // namespace Heficed
