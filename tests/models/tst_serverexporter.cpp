// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/instance.h"
#include "models/serverexporter.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Heficed;
using namespace Qt::StringLiterals;

class TestServerExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void csvQuoting_data();
    void csvQuoting();
    void csvFollowsTheViewOrderAndFilter();
    void csvHonoursTheColumns();
    void jsonHoldsRawValues();
    void jsonUnknownValuesAreNull();
    void neverWritesThePassword();
    void writesFilesAndReportsFailure();
    void formatFromFileName();

private:
    Instance server(qint64 id, const QString &hostname, qint64 memoryMb) const;

    Instance m_fixture;
    QTemporaryDir m_dir;
};

void TestServerExporter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());

    QFile file(QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
    m_fixture = Instance::fromJson(data.first().toObject());
    QCOMPARE(m_fixture.rootPassword, u"Xk7pQ2mRv9Lw"_s);
}

Instance TestServerExporter::server(qint64 id, const QString &hostname, qint64 memoryMb) const
{
    Instance copy = m_fixture;
    copy.id = id;
    copy.hostname = hostname;
    copy.memoryMb = memoryMb;
    return copy;
}

void TestServerExporter::csvQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << u"web-1"_s << u"web-1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"London, United Kingdom"_s << u"\"London, United Kingdom\""_s;
    QTest::newRow("quote") << u"the \"big\" one"_s << u"\"the \"\"big\"\" one\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading blank") << u" padded"_s << u"\" padded\""_s;
    QTest::newRow("trailing blank") << u"padded "_s << u"\"padded \""_s;
    QTest::newRow("unicode") << u"Zürich – ✓"_s << u"Zürich – ✓"_s;
}

void TestServerExporter::csvQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ServerExporter::csvField(text), field);
}

void TestServerExporter::csvFollowsTheViewOrderAndFilter()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Instance quoted = server(3, u"say \"hi\", world"_s, 1024);
    model.setInstances({server(1, u"b-web"_s, 2048), server(2, u"a-web"_s, 512), quoted, server(4, u"db"_s, 768)});
    proxy.sort(ServerTableModel::Memory, Qt::DescendingOrder);
    proxy.setSearchText(u"web"_s);

    ServerExporter exporter(&proxy, &model);
    exporter.setColumns({ServerTableModel::Hostname, ServerTableModel::Location, ServerTableModel::Memory});
    QCOMPARE(exporter.rowCount(), 2);
    const QByteArray expected = "Hostname,Location,Memory\r\n"
                                "b-web,\"London, United Kingdom\",2 GB\r\n"
                                "a-web,\"London, United Kingdom\",512 MB\r\n";
    QCOMPARE(exporter.toCsv(), expected);

    proxy.setSearchText(u"hi"_s);
    QCOMPARE(exporter.toCsv(), QByteArray("Hostname,Location,Memory\r\n"
                                          "\"say \"\"hi\"\", world\",\"London, United Kingdom\",1 GB\r\n"));
}

void TestServerExporter::csvHonoursTheColumns()
{
    ServerTableModel model;
    model.setInstances({m_fixture});
    ServerExporter exporter(&model, &model);

    // Every column by default, as the table shows the fixture's server.
    const QByteArray all =
        "Status,Hostname,ID,IPv4,IPv6,Location,Template,vCPU,Memory,Disk,Billing,Price,Paid until\r\n"
        "running,hhVyA97bBk,312019,,2a03:fbc6:1:829a::,\"London, United Kingdom\",CentOS 7 v2.0.23,"
        "1,512 MB,10 GB,Monthly,0.00,7/26/21\r\n";
    QCOMPARE(exporter.toCsv(), all);

    exporter.setColumns({ServerTableModel::Id, ServerTableModel::IPv6});
    QCOMPARE(exporter.toCsv(), QByteArray("ID,IPv6\r\n312019,2a03:fbc6:1:829a::\r\n"));
}

void TestServerExporter::jsonHoldsRawValues()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Instance other = server(5, u"zeta"_s, 16384);
    other.v4.ipAddress = u"192.0.2.10"_s;
    other.v4.additionalIps = {u"198.51.100.7"_s};
    other.additionalDisksGb[2] = 40;
    model.setInstances({other, m_fixture});
    proxy.sort(ServerTableModel::Hostname);

    const QJsonArray servers = QJsonDocument::fromJson(ServerExporter(&proxy, &model).toJson()).array();
    QCOMPARE(servers.size(), 2);
    const QJsonObject fixture = servers.at(0).toObject();
    QCOMPARE(fixture.value(u"id").toInteger(), 312019);
    QVERIFY(fixture.value(u"id").isDouble());
    QCOMPARE(fixture.value(u"hostname").toString(), u"hhVyA97bBk"_s);
    QCOMPARE(fixture.value(u"status").toString(), u"running"_s);
    QCOMPARE(fixture.value(u"memoryMb").toInteger(), 512);
    QCOMPARE(fixture.value(u"diskGb").toInteger(), 10);
    QCOMPARE(fixture.value(u"vcpu").toInteger(), 1);
    QCOMPARE(fixture.value(u"location").toObject().value(u"id").toString(), u"uk-lon1"_s);
    QCOMPARE(fixture.value(u"template").toObject().value(u"name").toString(), u"CentOS 7 v2.0.23"_s);
    QVERIFY(fixture.value(u"ipv4").toObject().value(u"address").isNull());
    QCOMPARE(fixture.value(u"ipv6").toObject().value(u"address").toString(), u"2a03:fbc6:1:829a::"_s);
    QCOMPARE(fixture.value(u"ipv6").toObject().value(u"netmask").toString(), u"48"_s);

    const QJsonObject billing = fixture.value(u"billing").toObject();
    QCOMPARE(billing.value(u"type").toString(), u"monthly"_s);
    QVERIFY(billing.value(u"price").isDouble());
    QCOMPARE(billing.value(u"price").toDouble(), 0.0);
    QCOMPARE(billing.value(u"startDate").toString(), u"2021-02-13T00:00:00Z"_s);
    QCOMPARE(billing.value(u"paidUntil").toString(), u"2021-07-26T00:00:00Z"_s);
    QCOMPARE(billing.value(u"invoiceId").toInteger(), 684282);
    QCOMPARE(billing.value(u"sla").toObject().value(u"name").toString(), u"Standard"_s);

    const QJsonObject zeta = servers.at(1).toObject();
    QCOMPARE(zeta.value(u"memoryMb").toInteger(), 16384);
    QCOMPARE(zeta.value(u"ipv4").toObject().value(u"address").toString(), u"192.0.2.10"_s);
    QCOMPARE(zeta.value(u"ipv4").toObject().value(u"additionalAddresses").toArray(), QJsonArray{u"198.51.100.7"_s});
    QCOMPARE(zeta.value(u"additionalDisksGb").toArray().at(2).toInteger(), 40);
    QVERIFY(zeta.value(u"additionalDisksGb").toArray().at(0).isNull());
}

void TestServerExporter::jsonUnknownValuesAreNull()
{
    const QJsonObject bare = ServerExporter::toJsonObject(Instance::fromJson(QJsonObject{{u"id"_s, 7}}));
    QCOMPARE(bare.value(u"id").toInteger(), 7);
    for (const QString &key :
         {u"hostname"_s, u"status"_s, u"type"_s, u"location"_s, u"template"_s, u"vcpu"_s, u"memoryMb"_s, u"diskGb"_s})
        QVERIFY2(bare.value(key).isNull(), qPrintable(key));
    const QJsonObject billing = bare.value(u"billing").toObject();
    for (const QString &key : {u"price"_s, u"paidUntil"_s, u"invoiceId"_s, u"hourlySpendingRate"_s})
        QVERIFY2(billing.value(key).isNull(), qPrintable(key));
}

void TestServerExporter::neverWritesThePassword()
{
    ServerTableModel model;
    model.setInstances({m_fixture});
    ServerExporter exporter(&model, &model);
    QVERIFY(!exporter.toJson().contains("Xk7pQ2mRv9Lw"));
    QVERIFY(!exporter.toJson().contains("password"));
    QVERIFY(!exporter.toCsv().contains("Xk7pQ2mRv9Lw"));
}

void TestServerExporter::writesFilesAndReportsFailure()
{
    ServerTableModel model;
    model.setInstances({m_fixture, server(9, u"other"_s, 1024)});
    ServerExporter exporter(&model, &model);

    const QString csvPath = m_dir.filePath(u"servers.csv"_s);
    QString error;
    QVERIFY(exporter.write(csvPath, ServerExporter::Format::Csv, &error));
    QVERIFY(error.isEmpty());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), exporter.toCsv());

    const QString jsonPath = m_dir.filePath(u"servers.json"_s);
    QVERIFY(exporter.write(jsonPath, ServerExporter::Format::Json, &error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 2);

    QVERIFY(!exporter.write(m_dir.filePath(u"no-such-folder/servers.csv"_s), ServerExporter::Format::Csv, &error));
    QVERIFY2(error.startsWith(u"The servers could not be written to servers.csv: "_s), qPrintable(error));
}

void TestServerExporter::formatFromFileName()
{
    QCOMPARE(ServerExporter::formatForFileName(u"/tmp/a.JSON"_s), ServerExporter::Format::Json);
    QCOMPARE(ServerExporter::formatForFileName(u"/tmp/a.csv"_s), ServerExporter::Format::Csv);
    QCOMPARE(ServerExporter::formatForFileName(u"/tmp/servers"_s), ServerExporter::Format::Csv);
}

QTEST_GUILESS_MAIN(TestServerExporter)
#include "tst_serverexporter.moc"
