// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/logcapture.h"
#include "api/instance.h"
#include "serverdetailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString fixturePassword = u"Xk7pQ2mRv9Lw"_s;
const QString mask = QString(8, QChar(0x2022));

} // namespace

class TestServerDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void emptyUntilAServerIsSet();
    void fixtureShowsEveryField();
    void statusReadsAsTheRowReads();
    void unknownValuesAreBlank();
    void extrasOfAGeneratedServer();
    void copyButtonsCopy();
    void passwordHiddenUntilRevealed();
    void copiedPasswordIsClearedAfterTheInterval();
    void clipboardKeptWhenTheUserCopiedSomethingElse();
    void passwordNeverReachesTheLog();

private:
    QString text(const ServerDetailsPane &pane, const QString &name) const;
    QToolButton *button(const ServerDetailsPane &pane, const QString &name) const;

    Instance m_fixture;
    std::unique_ptr<LogCapture> m_log;
};

void TestServerDetailsPane::initTestCase()
{
    m_log = std::make_unique<LogCapture>();
    QLoggingCategory::setFilterRules(u"heficed.*.debug=true"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QFile file(QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
    m_fixture = Instance::fromJson(data.first().toObject());
    QCOMPARE(m_fixture.rootPassword, fixturePassword);
}

void TestServerDetailsPane::init()
{
    QGuiApplication::clipboard()->clear();
}

QString TestServerDetailsPane::text(const ServerDetailsPane &pane, const QString &name) const
{
    const auto *label = pane.findChild<QLabel *>(name);
    if (!label)
        qFatal("No label %s", qPrintable(name));
    return label->text();
}

QToolButton *TestServerDetailsPane::button(const ServerDetailsPane &pane, const QString &name) const
{
    auto *found = pane.findChild<QToolButton *>(name);
    if (!found)
        qFatal("No button %s", qPrintable(name));
    return found;
}

void TestServerDetailsPane::emptyUntilAServerIsSet()
{
    ServerDetailsPane pane;
    auto *pages = pane.findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"emptyPage"_s);
    QCOMPARE(text(pane, u"emptyText"_s), u"Select a server to see its details."_s);
    QVERIFY(!pane.hasInstance());

    pane.setInstance(m_fixture);
    QCOMPARE(pages->currentWidget()->objectName(), u"detailsPage"_s);
    QCOMPARE(pane.instanceId(), 312019);

    pane.showNoInstance(3);
    QCOMPARE(text(pane, u"emptyText"_s), u"3 servers selected."_s);
    QVERIFY(!pane.hasInstance());
}

void TestServerDetailsPane::statusReadsAsTheRowReads()
{
    ServerDetailsPane pane;
    pane.setInstance(m_fixture, u"stopping…"_s);
    QCOMPARE(text(pane, u"statusValue"_s), u"stopping…"_s);

    // The same server again without an action in flight: its own status, the password still hidden.
    pane.setInstance(m_fixture);
    QCOMPARE(text(pane, u"statusValue"_s), u"running"_s);
    QVERIFY(!pane.isPasswordRevealed());
}

void TestServerDetailsPane::fixtureShowsEveryField()
{
    ServerDetailsPane pane;
    pane.setInstance(m_fixture);

    const QList<std::pair<QString, QString>> expected{
        {u"titleLabel"_s, u"hhVyA97bBk"_s},
        // General
        {u"hostnameValue"_s, u"hhVyA97bBk"_s},
        {u"idValue"_s, u"312019"_s},
        {u"statusValue"_s, u"running"_s},
        {u"typeValue"_s, u"Linux"_s},
        {u"locationValue"_s, u"London, United Kingdom (Europe)"_s},
        {u"rescueModeValue"_s, u"No"_s},
        {u"cpuLimitedValue"_s, u"No"_s},
        {u"networkLimitedValue"_s, u"No"_s},
        {u"passwordValue"_s, mask},
        // Network: the fixture's IPv4 is empty and its resolvers are empty strings.
        {u"ipv4Value"_s, QString()},
        {u"ipv4NetmaskValue"_s, QString()},
        {u"ipv4GatewayValue"_s, QString()},
        {u"ipv4ResolversValue"_s, QString()},
        {u"ipv6Value"_s, u"2a03:fbc6:1:829a::"_s},
        {u"ipv6NetmaskValue"_s, u"48"_s},
        {u"ipv6GatewayValue"_s, u"2a03:fbc6:1:8000:8000::1"_s},
        {u"ipv6ResolversValue"_s, QString()},
        {u"ipCountValue"_s, u"1"_s},
        // OS template: created, size and version are null.
        {u"templateNameValue"_s, u"CentOS 7 v2.0.23"_s},
        {u"templateIdValue"_s, u"92b22afd-ad6a-4cb1-b9f7-91c2a7b1877b"_s},
        {u"templateVersionValue"_s, QString()},
        {u"templateSizeValue"_s, QString()},
        {u"templateCreatedValue"_s, QString()},
        {u"templateLocationValue"_s, u"London, United Kingdom"_s},
        {u"templateTypeValue"_s, u"Linux"_s},
        {u"isoValue"_s, QString()},
        // Hardware: all eight additional disks are 0, backup is 0.
        {u"vcpuValue"_s, u"1"_s},
        {u"memoryValue"_s, u"512 MB"_s},
        {u"diskValue"_s, u"10 GB"_s},
        {u"additionalDisksValue"_s, QString()},
        {u"backupValue"_s, QString()},
        // Billing: the hourly rate and the cancellation request are null.
        {u"productValue"_s, u"Kronos Cloud"_s},
        {u"billingTypeValue"_s, u"Monthly"_s},
        {u"billingStatusValue"_s, u"active"_s},
        {u"priceValue"_s, u"0.00"_s},
        {u"hourlyRateValue"_s, QString()},
        {u"periodValue"_s, u"2/13/21 – 7/26/21"_s},
        {u"invoiceValue"_s, u"684282 (Paid)"_s},
        {u"slaValue"_s, u"Standard"_s},
        {u"cancellationValue"_s, QString()},
    };
    for (const auto &[name, value] : expected)
        QCOMPARE(std::make_pair(name, text(pane, name)), std::make_pair(name, value));

    // Every value label is listed above: nothing shows without being checked.
    int valueLabels = 0;
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        valueLabels += label->objectName().endsWith(u"Value"_s) ? 1 : 0;
        QVERIFY2(!label->text().contains(u"null"_s, Qt::CaseInsensitive), qPrintable(label->objectName()));
    }
    QCOMPARE(valueLabels + 1, expected.size());
    QVERIFY(pane.findChildren<QLabel *>(u"additionalAddressValue"_s).isEmpty());

    QVERIFY(!button(pane, u"copyIpv4Button"_s)->isEnabled());
    QVERIFY(button(pane, u"copyIpv6Button"_s)->isEnabled());
    QVERIFY(button(pane, u"copyPasswordButton"_s)->isEnabled());
}

void TestServerDetailsPane::unknownValuesAreBlank()
{
    ServerDetailsPane pane;
    const QJsonObject bare{{u"id"_s, 7},
                           {u"billing"_s, QJsonValue()},
                           {u"template"_s, QJsonValue()},
                           {u"network"_s, QJsonValue()},
                           {u"memory"_s, QJsonValue()},
                           {u"password"_s, QJsonValue()}};
    pane.setInstance(Instance::fromJson(bare));

    QCOMPARE(text(pane, u"titleLabel"_s), u"Server 7"_s);
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString name = label->objectName();
        if (!name.endsWith(u"Value"_s))
            continue;
        QString expected;
        if (name == u"idValue"_s)
            expected = u"7"_s;
        else if (name == u"rescueModeValue"_s || name == u"cpuLimitedValue"_s || name == u"networkLimitedValue"_s)
            expected = u"No"_s;
        QCOMPARE(std::make_pair(name, label->text()), std::make_pair(name, expected));
    }
    QVERIFY(!button(pane, u"revealPasswordButton"_s)->isEnabled());
    QVERIFY(!button(pane, u"copyPasswordButton"_s)->isEnabled());
    QVERIFY(!button(pane, u"copyHostnameButton"_s)->isEnabled());
}

void TestServerDetailsPane::extrasOfAGeneratedServer()
{
    Instance server = m_fixture;
    server.id = 400123;
    server.v4.ipAddress = u"192.0.2.10"_s;
    server.v4.netmask = u"255.255.255.0"_s;
    server.v4.resolvers = {u"192.0.2.53"_s, u"198.51.100.53"_s};
    server.v4.additionalIps = {u"203.0.113.77"_s};
    server.v6.additionalIps = {u"2001:db8::5"_s};
    server.additionalDisksGb = {50, 100, 0, 0, 0, 0, 0, 0};
    server.backup = 1;
    server.inRescueMode = true;
    server.cpuLimited = true;
    server.billing.type = Billing::Type::Hourly;
    server.billing.hourlySpendingRate = 0.0068;
    server.billing.invoiceId.reset();
    server.billing.invoiceStatus.clear();
    server.billing.cancellationRequest =
        u"{\"type\":\"EndOfBillingPeriod\",\"reason\":\"Moving to a larger plan\",\"effectiveDate\":1627257600}"_s;

    ServerDetailsPane pane;
    pane.setInstance(server);
    QCOMPARE(text(pane, u"ipv4Value"_s), u"192.0.2.10"_s);
    QCOMPARE(text(pane, u"ipv4NetmaskValue"_s), u"255.255.255.0"_s);
    QCOMPARE(text(pane, u"ipv4ResolversValue"_s), u"192.0.2.53, 198.51.100.53"_s);
    QCOMPARE(text(pane, u"additionalDisksValue"_s), u"Disk 1: 50 GB\nDisk 2: 100 GB"_s);
    QCOMPARE(text(pane, u"backupValue"_s), u"1"_s);
    QCOMPARE(text(pane, u"rescueModeValue"_s), u"Yes"_s);
    QCOMPARE(text(pane, u"cpuLimitedValue"_s), u"Yes"_s);
    QCOMPARE(text(pane, u"billingTypeValue"_s), u"Hourly"_s);
    QCOMPARE(text(pane, u"hourlyRateValue"_s), u"0.0068 per hour"_s);
    QCOMPARE(text(pane, u"invoiceValue"_s), QString());
    QCOMPARE(text(pane, u"cancellationValue"_s), u"Moving to a larger plan (effective 7/26/21)"_s);

    QStringList additional;
    const QList<QLabel *> rows = pane.findChildren<QLabel *>(u"additionalAddressValue"_s);
    for (const QLabel *row : rows)
        additional.append(row->text());
    QCOMPARE(additional, (QStringList{u"203.0.113.77"_s, u"2001:db8::5"_s}));

    // Another refresh with fewer addresses leaves no stale rows behind.
    server.v6.additionalIps.clear();
    pane.setInstance(server);
    QTRY_COMPARE(pane.findChildren<QLabel *>(u"additionalAddressValue"_s).size(), 1);
}

void TestServerDetailsPane::copyButtonsCopy()
{
    Instance server = m_fixture;
    server.v4.ipAddress = u"192.0.2.10"_s;
    server.v6.additionalIps = {u"2001:db8::5"_s};
    ServerDetailsPane pane;
    pane.setInstance(server);
    QSignalSpy messages(&pane, &ServerDetailsPane::message);
    QClipboard *clipboard = QGuiApplication::clipboard();

    QTest::mouseClick(button(pane, u"copyHostnameButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"hhVyA97bBk"_s);
    QCOMPARE(messages.last().first().toString(), u"Copied the hostname."_s);
    QTest::mouseClick(button(pane, u"copyIdButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"312019"_s);
    QTest::mouseClick(button(pane, u"copyIpv4Button"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"192.0.2.10"_s);
    QTest::mouseClick(button(pane, u"copyIpv6Button"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"2a03:fbc6:1:829a::"_s);
    QCOMPARE(messages.last().first().toString(), u"Copied 2a03:fbc6:1:829a::."_s);

    auto *additional = pane.findChild<QToolButton *>(u"copyAdditionalAddressButton"_s);
    QVERIFY(additional);
    QCOMPARE(additional->toolTip(), u"Copy 2001:db8::5"_s);
    QTest::mouseClick(additional, Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"2001:db8::5"_s);
    QCOMPARE(messages.size(), 5);
}

void TestServerDetailsPane::passwordHiddenUntilRevealed()
{
    ServerDetailsPane pane;
    pane.setInstance(m_fixture);
    QToolButton *reveal = button(pane, u"revealPasswordButton"_s);
    QCOMPARE(text(pane, u"passwordValue"_s), mask);
    QVERIFY(!pane.isPasswordRevealed());
    QCOMPARE(reveal->text(), u"Reveal"_s);

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(pane.isPasswordRevealed());
    QCOMPARE(text(pane, u"passwordValue"_s), fixturePassword);
    QCOMPARE(reveal->text(), u"Hide"_s);

    // A refresh of the same server keeps it shown; another server hides it.
    Instance refreshed = m_fixture;
    refreshed.status = u"stopped"_s;
    pane.setInstance(refreshed);
    QCOMPARE(text(pane, u"passwordValue"_s), fixturePassword);
    Instance other = m_fixture;
    other.id = 5;
    other.rootPassword = u"AnotherSecret1"_s;
    pane.setInstance(other);
    QCOMPARE(text(pane, u"passwordValue"_s), mask);
    QCOMPARE(reveal->text(), u"Reveal"_s);

    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(text(pane, u"passwordValue"_s), u"AnotherSecret1"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(text(pane, u"passwordValue"_s), mask);

    pane.setPasswordRevealed(true);
    pane.showNoInstance();
    QVERIFY(!pane.isPasswordRevealed());
    QCOMPARE(text(pane, u"passwordValue"_s), QString());
}

void TestServerDetailsPane::copiedPasswordIsClearedAfterTheInterval()
{
    ServerDetailsPane pane;
    pane.setClipboardClearInterval(300ms);
    pane.setInstance(m_fixture);
    QSignalSpy messages(&pane, &ServerDetailsPane::message);
    QClipboard *clipboard = QGuiApplication::clipboard();

    QElapsedTimer elapsed;
    elapsed.start();
    QTest::mouseClick(button(pane, u"copyPasswordButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), fixturePassword);
    QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    // Copying does not reveal it.
    QCOMPARE(text(pane, u"passwordValue"_s), mask);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(),
             u"Copied the root password of hhVyA97bBk. The clipboard is cleared in 1 second."_s);

    QTest::qWait(100);
    QCOMPARE(clipboard->text(), fixturePassword);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    QVERIFY2(elapsed.elapsed() >= 290, qPrintable(QString::number(elapsed.elapsed())));
}

void TestServerDetailsPane::clipboardKeptWhenTheUserCopiedSomethingElse()
{
    ServerDetailsPane pane;
    pane.setClipboardClearInterval(150ms);
    pane.setInstance(m_fixture);
    QClipboard *clipboard = QGuiApplication::clipboard();

    pane.copyPassword();
    QCOMPARE(clipboard->text(), fixturePassword);
    clipboard->setText(u"something the user copied"_s);
    QTest::qWait(400);
    QCOMPARE(clipboard->text(), u"something the user copied"_s);

    // A pane that goes away takes its password off the clipboard.
    {
        ServerDetailsPane shortLived;
        shortLived.setInstance(m_fixture);
        shortLived.copyPassword();
        QCOMPARE(clipboard->text(), fixturePassword);
    }
    QVERIFY(clipboard->text().isEmpty());
}

void TestServerDetailsPane::passwordNeverReachesTheLog()
{
    ServerDetailsPane pane;
    pane.setClipboardClearInterval(50ms);
    pane.setInstance(m_fixture);
    pane.setPasswordRevealed(true);
    pane.copyPassword();
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Debug output of the component is on, so there were lines to look at.
    QVERIFY(!LogCapture::lines().isEmpty());
    QCOMPARE(LogCapture::lineContainingAny({fixturePassword, u"AnotherSecret1"_s}), QString());
}

QTEST_MAIN(TestServerDetailsPane)
#include "tst_serverdetailspane.moc"
