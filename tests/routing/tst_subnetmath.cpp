// SPDX-License-Identifier: GPL-3.0-or-later
// CIDR text, sizes and the parsing of subnet and additional-address objects: pure functions.
#include "routing/additionalip.h"
#include "routing/subnet.h"

#include <QJsonDocument>
#include <QTest>

using namespace Heficed;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSubnetMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cidrText_data()
    {
        QTest::addColumn<quint32>("address");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("text");

        QTest::newRow("all ones /32") << 0xffffffffu << 32 << u"255.255.255.255/32"_s;
        QTest::newRow("zero /0") << 0u << 0 << u"0.0.0.0/0"_s;
        QTest::newRow("all ones /0 keeps no host bits") << 0xffffffffu << 0 << u"0.0.0.0/0"_s;
        QTest::newRow("zero /32") << 0u << 32 << u"0.0.0.0/32"_s;
        QTest::newRow("all ones /31") << 0xffffffffu << 31 << u"255.255.255.254/31"_s;
        QTest::newRow("all ones /1") << 0xffffffffu << 1 << u"128.0.0.0/1"_s;
        QTest::newRow("198.18.0.0/22") << 0xc6120000u << 22 << u"198.18.0.0/22"_s;
        QTest::newRow("host bits cleared") << 0xc612001fu << 28 << u"198.18.0.16/28"_s;
        QTest::newRow("prefix 33 is no prefix") << 0x0a000001u << 33 << u"10.0.0.1"_s;
        QTest::newRow("prefix -1 is no prefix") << 0x0a000001u << -1 << u"10.0.0.1"_s;
    }

    void cidrText()
    {
        QFETCH(quint32, address);
        QFETCH(int, prefix);
        QFETCH(QString, text);
        QCOMPARE(Heficed::cidrText(address, prefix), text);
    }

    void sizes()
    {
        QCOMPARE(subnetSize(32), quint64(1));
        QCOMPARE(subnetSize(31), quint64(2));
        QCOMPARE(subnetSize(24), quint64(256));
        QCOMPARE(subnetSize(1), quint64(2147483648));
        QCOMPARE(subnetSize(0), quint64(4294967296)); // does not fit 32 bits
        QCOMPARE(subnetSize(33), quint64(0));
        QCOMPARE(subnetSize(-1), quint64(0));
        QCOMPARE(prefixMask(0), 0u);
        QCOMPARE(prefixMask(32), 0xffffffffu);
        QCOMPARE(prefixMask(24), 0xffffff00u);
        QCOMPARE(dottedQuad(0xffffffffu), u"255.255.255.255"_s);
        QCOMPARE(dottedQuad(0), u"0.0.0.0"_s);
    }

    void subnetFromApi()
    {
        // 198.18.0.16/28 as the API sends it, routed.
        const Subnet subnet = Subnet::fromJson(object(R"({"id":"7f0c1d2e-aaaa-4bbb-8ccc-0123456789ab",
            "address":3323068432,"lastAddress":3323068447,"cidr":28,"parentUuid":null,
            "metadata":{"switch":{"instanceId":337201,"product":"kronoscloud"}}})"));
        QCOMPARE(subnet.id, u"7f0c1d2e-aaaa-4bbb-8ccc-0123456789ab"_s);
        QCOMPARE(subnet.text(), u"198.18.0.16/28"_s);
        QCOMPARE(subnet.size(), quint64(16));
        QCOMPARE(subnet.lastAddress, 3323068447u);
        QCOMPARE(subnet.instanceId, qint64(337201));
    }

    void subnetBoundariesFromApi()
    {
        const Subnet top = Subnet::fromJson(object(R"({"id":"a","address":4294967295,"cidr":32,"metadata":[]})"));
        QCOMPARE(top.text(), u"255.255.255.255/32"_s);
        QCOMPARE(top.size(), quint64(1));
        QCOMPARE(top.lastAddress, 0xffffffffu);
        QCOMPARE(top.instanceId, qint64(0));

        const Subnet everything = Subnet::fromJson(object(R"({"id":"b","address":0,"cidr":0,"metadata":{}})"));
        QCOMPARE(everything.text(), u"0.0.0.0/0"_s);
        QCOMPARE(everything.size(), quint64(4294967296));
        QCOMPARE(everything.lastAddress, 0xffffffffu);
    }

    void subnetOddShapes()
    {
        // Text instead of numbers, and no prefix: the size comes from the two ends.
        const Subnet text = Subnet::fromJson(object(R"({"id":"c","address":"198.18.4.0","lastAddress":"3323069695"})"));
        QCOMPARE(text.cidr, -1);
        QCOMPARE(text.text(), u"198.18.4.0"_s);
        QCOMPARE(text.size(), quint64(256));

        // Out of range values are not taken for addresses.
        const Subnet bad = Subnet::fromJson(object(R"({"id":"d","address":-5,"cidr":40})"));
        QCOMPARE(bad.address, 0u);
        QCOMPARE(bad.cidr, -1);
        QCOMPARE(bad.size(), quint64(0));
        QVERIFY(!Subnet::fromJson(object(R"({"address":1})")).isValid());
    }

    void additionalIpFromApi()
    {
        const AdditionalIp routed = AdditionalIp::fromJson(object(R"({"id":"60bde87f311fc2ed1f6aeac9",
            "address":"203.0.113.10","version":4,"location":{"id":"uk-lon1","name":"London"},"instanceId":337201})"));
        QCOMPARE(routed.id, u"60bde87f311fc2ed1f6aeac9"_s);
        QCOMPARE(routed.version, 4);
        QCOMPARE(routed.locationId, u"uk-lon1"_s);
        QCOMPARE(routed.locationName, u"London"_s);
        QCOMPARE(routed.instanceId, qint64(337201));
        QVERIFY(routed.isRouted());

        // A bare location string, a null instanceId and no version: the text tells IPv6.
        const AdditionalIp free = AdditionalIp::fromJson(object(
            R"({"id":"60bde87f311fc2ed1f6aeaca","address":"2001:db8::5","location":"de-fra1","instanceId":null})"));
        QCOMPARE(free.version, 6);
        QCOMPARE(free.locationId, u"de-fra1"_s);
        QVERIFY(!free.isRouted());
    }
};

QTEST_GUILESS_MAIN(TestSubnetMath)
#include "tst_subnetmath.moc"
