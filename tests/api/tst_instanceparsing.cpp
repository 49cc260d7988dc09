// SPDX-License-Identifier: GPL-3.0-or-later
// The instance parser against the real fixture, field for field, and against damaged input.
#include "api/instance.h"
#include "api/instanceservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Heficed;

using namespace Qt::StringLiterals;

class TestInstanceParsing : public QObject
{
    Q_OBJECT

private:
    static QJsonDocument fixture()
    {
        QFile file(QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return QJsonDocument::fromJson(file.readAll());
    }

    static QJsonObject fixtureServer() { return fixture().object().value(u"data").toArray().first().toObject(); }

private Q_SLOTS:
    void fixtureGeneralFields()
    {
        const Instance server = Instance::fromJson(fixtureServer());
        QCOMPARE(server.id, 312019);
        QCOMPARE(server.status, u"running"_s);
        QCOMPARE(server.hostname, u"hhVyA97bBk"_s);
        QCOMPARE(server.instanceType, (NamedRef{u"linux"_s, u"Linux"_s}));
        QCOMPARE(server.location, (NamedRef{u"uk-lon1"_s, u"London, United Kingdom"_s}));
        QCOMPARE(server.locationContinent, u"Europe"_s);
        QCOMPARE(server.inRescueMode, false);
        QCOMPARE(server.iso, QString());
        QCOMPARE(server.vcpu, 1);
        QCOMPARE(server.memoryMb, 512);
        QCOMPARE(server.diskGb, 10);
        QCOMPARE(server.ipCount, 1);
        QCOMPARE(server.backup, 0);
        for (qint64 size : server.additionalDisksGb)
            QCOMPARE(size, 0);
        QCOMPARE(server.cpuLimited, false);
        QCOMPARE(server.networkLimited, false);
        QCOMPARE(server.rootPassword, u"Xk7pQ2mRv9Lw"_s);
    }

    void fixtureTemplateWithObjectsAndNulls()
    {
        const OsTemplate osTemplate = Instance::fromJson(fixtureServer()).osTemplate;
        QCOMPARE(osTemplate.id, u"92b22afd-ad6a-4cb1-b9f7-91c2a7b1877b"_s);
        QCOMPARE(osTemplate.name, u"CentOS 7 v2.0.23"_s);
        QCOMPARE(osTemplate.location, (NamedRef{u"uk-lon1"_s, u"London, United Kingdom"_s}));
        QCOMPARE(osTemplate.instanceType, (NamedRef{u"linux"_s, u"Linux"_s}));
        QVERIFY(!osTemplate.created.has_value());
        QVERIFY(!osTemplate.size.has_value());
        QCOMPARE(osTemplate.version, QString());
    }

    void fixtureNetworkQuirks()
    {
        const Instance server = Instance::fromJson(fixtureServer());
        QCOMPARE(server.v4.ipAddress, QString()); // an empty string in the fixture
        QCOMPARE(server.v4.netmask, QString());
        QCOMPARE(server.v4.gateway, QString());
        QVERIFY(server.v4.resolvers.isEmpty()); // ["", ""] holds no resolver
        QCOMPARE(server.v6.ipAddress, u"2a03:fbc6:1:829a::"_s);
        QCOMPARE(server.v6.netmask, u"48"_s); // a number in the fixture
        QCOMPARE(server.v6.gateway, u"2a03:fbc6:1:8000:8000::1"_s);
        QVERIFY(server.v6.additionalIps.isEmpty());
        QCOMPARE(server.primaryAddress(), u"2a03:fbc6:1:829a::"_s);
        QCOMPARE(server.allAddresses(), QStringList{u"2a03:fbc6:1:829a::"_s});
    }

    void fixtureBilling()
    {
        const Billing billing = Instance::fromJson(fixtureServer()).billing;
        QCOMPARE(billing.product, u"Kronos Cloud"_s);
        QCOMPARE(billing.type, Billing::Type::Monthly);
        QCOMPARE(billing.typeName, u"monthly"_s);
        QCOMPARE(billing.status, u"active"_s);
        QVERIFY(!billing.hourlySpendingRate.has_value());
        QCOMPARE(billing.invoiceId, std::optional<qint64>(684282));
        QCOMPARE(billing.invoiceStatus, u"Paid"_s);
        QCOMPARE(billing.price, std::optional<double>(0.0));
        QCOMPARE(billing.startDate, std::optional(QDateTime(QDate(2021, 2, 13), QTime(0, 0), QTimeZone::utc())));
        QCOMPARE(billing.endDate, std::optional(QDateTime(QDate(2021, 7, 26), QTime(0, 0), QTimeZone::utc())));
        QCOMPARE(billing.sla, (NamedRef{u"0"_s, u"Standard"_s}));
        QCOMPARE(billing.cancellationRequest, QString());
    }

    void fixtureEnvelope()
    {
        const ApiResult<InstancePage> page = parseInstancePage(fixture());
        QVERIFY(page.ok());
        QCOMPARE(page.value().instances.size(), 1);
        QCOMPARE(page.value().paging.total, 1);
        QCOMPARE(page.value().paging.limit, 200);
        QCOMPARE(page.value().paging.offset, 0);
        QVERIFY(!page.value().paging.nextOffset.has_value());
    }

    void otherShapesFromOtherClients()
    {
        // Other clients saw template.locationId as a bare string, and numbers sent as text.
        const QJsonObject object = QJsonDocument::fromJson(R"({"id":"77","memory":"2048","disk":40.0,
            "template":{"locationId":"de-fra1","instanceTypeId":"linux","size":"20"},
            "network":{"v4":{"ipaddress":" 203.0.113.5 ","netmask":24,
                "additionalIps":["203.0.113.9",{"address":"203.0.113.10"}]}},
            "billing":{"type":{"id":-1,"name":"hourly"},"hourlySpendingRate":"0.0125",
                "cancellationRequest":{"type":"Immediate"}},
            "inRescueMode":1})")
                                       .object();
        const Instance server = Instance::fromJson(object);
        QCOMPARE(server.id, 77);
        QCOMPARE(server.memoryMb, 2048);
        QCOMPARE(server.diskGb, 40);
        QCOMPARE(server.osTemplate.location, (NamedRef{u"de-fra1"_s, QString()}));
        QCOMPARE(server.osTemplate.size, std::optional<qint64>(20));
        QCOMPARE(server.v4.ipAddress, u"203.0.113.5"_s);
        QCOMPARE(server.v4.netmask, u"24"_s);
        QCOMPARE(server.v4.additionalIps, (QStringList{u"203.0.113.9"_s, u"203.0.113.10"_s}));
        QCOMPARE(server.billing.type, Billing::Type::Hourly);
        QCOMPARE(server.billing.hourlySpendingRate, std::optional<double>(0.0125));
        QCOMPARE(server.billing.cancellationRequest, u"{\"type\":\"Immediate\"}"_s);
        QCOMPARE(server.inRescueMode, true);
    }

    void everyFieldNullOrWrongTypeKeepsTheServer_data()
    {
        QTest::addColumn<QJsonValue>("replacement");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("array") << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"x"_s, 1}});
        QTest::newRow("string") << QJsonValue(u"surprise"_s);
        QTest::newRow("bool") << QJsonValue(true);
    }

    void everyFieldNullOrWrongTypeKeepsTheServer()
    {
        QFETCH(QJsonValue, replacement);
        const QJsonObject original = fixtureServer();
        for (const QString &key : original.keys()) {
            if (key == u"id")
                continue;
            QJsonObject damaged = original;
            damaged.insert(key, replacement);
            const Instance server = Instance::fromJson(damaged);
            QVERIFY2(server.isValid(), qPrintable(key));
            QCOMPARE(server.id, 312019);
            QCOMPARE(server.hostname,
                     key == u"hostname" ? (replacement.isString() ? u"surprise"_s : server.hostname) : u"hhVyA97bBk"_s);
        }
    }

    void missingEverythingButId()
    {
        const Instance server = Instance::fromJson(QJsonObject{{u"id"_s, 5}});
        QVERIFY(server.isValid());
        QCOMPARE(server.status, QString());
        QCOMPARE(server.primaryAddress(), QString());
        QVERIFY(!server.billing.endDate.has_value());
    }

    void envelopeWithoutDataIsAnError()
    {
        const ApiResult<InstancePage> page = parseInstancePage(QJsonDocument(QJsonObject{{u"items"_s, QJsonArray{}}}));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::InvalidJson);
        QVERIFY(!page.error().message.isEmpty());
    }

    void entryWithoutIdIsSkippedOthersKept()
    {
        QJsonObject envelope = fixture().object();
        QJsonArray data = envelope.value(u"data").toArray();
        data.append(QJsonObject{{u"hostname"_s, u"no-id"_s}});
        data.append(u"not an object"_s);
        envelope.insert(u"data"_s, data);
        const ApiResult<InstancePage> page = parseInstancePage(QJsonDocument(envelope));
        QVERIFY(page.ok());
        QCOMPARE(page.value().instances.size(), 1);
        QCOMPARE(page.value().instances.first().hostname, u"hhVyA97bBk"_s);
    }
};

QTEST_GUILESS_MAIN(TestInstanceParsing)
#include "tst_instanceparsing.moc"
