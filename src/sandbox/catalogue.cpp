// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox::Catalogue {

namespace {

// The fixture's server runs this template in London; the catalogue keeps its real ID.
constexpr auto FixtureTemplateName = "CentOS 7 v2.0.23";
constexpr auto FixtureTemplateLocation = "uk-lon1";
constexpr auto FixtureTemplateId = "92b22afd-ad6a-4cb1-b9f7-91c2a7b1877b";

struct TemplateSpec
{
    const char *name;
    const char *instanceType;
    const char *version;
    qint64 sizeGb;
    qint64 created;
};

constexpr TemplateSpec TemplateSpecs[] = {
    {"CentOS 7 v2.0.23", "linux", "2.0.23", 10, 1596240000},
    {"Ubuntu 22.04 LTS", "linux", "22.04.4", 10, 1682899200},
    {"Debian 12", "linux", "12.5", 10, 1689638400},
    {"AlmaLinux 9", "linux", "9.3", 10, 1700438400},
    {"Windows Server 2022 Standard", "windows", "21H2", 40, 1667260800},
};

QString templateId(const TemplateSpec &spec, const QString &locationId)
{
    const QString name = QString::fromLatin1(spec.name);
    if (name == QLatin1StringView(FixtureTemplateName) && locationId == QLatin1StringView(FixtureTemplateLocation))
        return QString::fromLatin1(FixtureTemplateId);
    // A name-based UUID: the same on every run and every machine.
    static const QUuid Namespace(u"5d1f0b7e-3c2a-4e59-8f61-0a9b8c7d6e5f"_s);
    return QUuid::createUuidV5(Namespace, name + u'@' + locationId).toString(QUuid::WithoutBraces);
}

QList<OsTemplate> buildTemplates()
{
    QList<OsTemplate> all;
    for (const Location &where : locations()) {
        for (const TemplateSpec &spec : TemplateSpecs) {
            all.append({templateId(spec, where.id), QString::fromLatin1(spec.name),
                        QString::fromLatin1(spec.instanceType), where.id, QString::fromLatin1(spec.version),
                        spec.sizeGb, spec.created});
        }
    }
    return all;
}

} // namespace

QJsonObject Location::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"continent"_s, continent}};
}

const QList<Location> &locations()
{
    static const QList<Location> all{
        {u"br-sao1"_s, u"São Paulo, Brazil"_s, u"South America"_s},
        {u"de-fra1"_s, u"Frankfurt, Germany"_s, u"Europe"_s},
        {u"uk-lon1"_s, u"London, United Kingdom"_s, u"Europe"_s},
        {u"us-chi1"_s, u"Chicago, United States"_s, u"North America"_s},
        {u"us-lax1"_s, u"Los Angeles, United States"_s, u"North America"_s},
        {u"za-jhb1"_s, u"Johannesburg, South Africa"_s, u"Africa"_s},
    };
    return all;
}

std::optional<Location> location(const QString &id)
{
    for (const Location &candidate : locations()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

QJsonObject instanceTypeJson(const QString &typeId)
{
    if (typeId == u"linux"_s)
        return {{u"id"_s, typeId}, {u"name"_s, u"Linux"_s}};
    if (typeId == u"windows"_s)
        return {{u"id"_s, typeId}, {u"name"_s, u"Windows"_s}};
    return {};
}

bool isInstanceType(const QString &typeId)
{
    return !instanceTypeJson(typeId).isEmpty();
}

const QList<OsTemplate> &templates()
{
    static const QList<OsTemplate> all = buildTemplates();
    return all;
}

QList<OsTemplate> templatesIn(const QString &locationId, const QString &instanceTypeId)
{
    QList<OsTemplate> matching;
    for (const OsTemplate &candidate : templates()) {
        const bool locationMatches = locationId.isEmpty() || candidate.locationId == locationId;
        const bool typeMatches = instanceTypeId.isEmpty() || candidate.instanceTypeId == instanceTypeId;
        if (locationMatches && typeMatches)
            matching.append(candidate);
    }
    return matching;
}

QJsonObject templateJson(const OsTemplate &osTemplate)
{
    return {
        {u"id"_s, osTemplate.id},
        {u"name"_s, osTemplate.name},
        {u"created"_s, osTemplate.created},
        {u"size"_s, osTemplate.sizeGb},
        {u"version"_s, osTemplate.version},
        {u"locationId"_s, osTemplate.locationId},
        {u"instanceTypeId"_s, osTemplate.instanceTypeId},
    };
}

} // namespace Heficed::Sandbox::Catalogue
