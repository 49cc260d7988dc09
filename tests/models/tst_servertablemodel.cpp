// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/instance.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Heficed;

namespace {

// The model, the proxy the window uses, and a model tester on each that lives through every load.
struct Harness
{
    Harness()
    {
        proxy.setSourceModel(&model);
        proxy.sort(ServerTableModel::Hostname);
    }

    ServerTableModel model;
    ServerFilterProxyModel proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// Watches every structural signal of a model, so a test can say exactly which ones a change caused.
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}

    QSignalSpy dataChanged;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};

QDateTime utcDate(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

} // namespace

class TestServerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fixtureRowShowsReadableText();
    void missingValuesAreBlank();
    void statusWordsAndIcons();
    void memoryReadsAsPeopleSayIt();
    void searchTextHoldsEveryAddress();

    void firstLoadIsOneInsert();
    void unchangedRefreshSignalsNothing();
    void oneChangedServerGivesOneDataChanged();
    void addedAndRemovedServers();
    void newServerKeepsApiOrder();
    void duplicateIdsCountOnce();

    void sortsMemoryNumerically();
    void sortsPaidUntilChronologically();
    void sortsAddressesByValue();
    void unknownValuesSortLast();
    void filtersOnSearchText();

private:
    Instance server(qint64 id, const QString &hostname) const;
    QStringList proxyColumn(const QSortFilterProxyModel &proxy, int column) const;

    Instance m_fixture;
};

void TestServerTableModel::initTestCase()
{
    // Literal expectations below are the US English forms.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QFile file(QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
    QCOMPARE(data.size(), 1);
    m_fixture = Instance::fromJson(data.first().toObject());
    QCOMPARE(m_fixture.id, 312019);
}

Instance TestServerTableModel::server(qint64 id, const QString &hostname) const
{
    Instance copy = m_fixture;
    copy.id = id;
    copy.hostname = hostname;
    return copy;
}

QStringList TestServerTableModel::proxyColumn(const QSortFilterProxyModel &proxy, int column) const
{
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        texts.append(proxy.index(row, column).data().toString());
    return texts;
}

void TestServerTableModel::fixtureRowShowsReadableText()
{
    Harness harness;
    harness.model.setInstances({m_fixture});
    QCOMPARE(harness.model.rowCount(), 1);
    QCOMPARE(harness.model.columnCount(), int(ServerTableModel::ColumnCount));

    const auto text = [&harness](int column) {
        return harness.model.index(0, column).data().toString();
    };
    QCOMPARE(text(ServerTableModel::Status), QStringLiteral("running"));
    QCOMPARE(text(ServerTableModel::Hostname), QStringLiteral("hhVyA97bBk"));
    QCOMPARE(text(ServerTableModel::Id), QStringLiteral("312019"));
    QCOMPARE(text(ServerTableModel::IPv4), QString());
    QCOMPARE(text(ServerTableModel::IPv6), QStringLiteral("2a03:fbc6:1:829a::"));
    QCOMPARE(text(ServerTableModel::Location), QStringLiteral("London, United Kingdom"));
    QCOMPARE(text(ServerTableModel::Template), QStringLiteral("CentOS 7 v2.0.23"));
    QCOMPARE(text(ServerTableModel::Vcpu), QStringLiteral("1"));
    QCOMPARE(text(ServerTableModel::Memory), QStringLiteral("512 MB"));
    QCOMPARE(text(ServerTableModel::Disk), QStringLiteral("10 GB"));
    QCOMPARE(text(ServerTableModel::Billing), QStringLiteral("Monthly"));
    QCOMPARE(text(ServerTableModel::Price), QStringLiteral("0.00"));
    QCOMPARE(text(ServerTableModel::PaidUntil), QStringLiteral("7/26/21"));

    const QModelIndex hostname = harness.model.index(0, ServerTableModel::Hostname);
    QCOMPARE(hostname.data(Qt::ToolTipRole).toString(), QStringLiteral("hhVyA97bBk"));
    QCOMPARE(hostname.data(ServerTableModel::InstanceIdRole).toLongLong(), 312019);
    QCOMPARE(hostname.data(ServerTableModel::StatusRole).toString(), QStringLiteral("running"));
    QCOMPARE(harness.model.index(0, ServerTableModel::Memory).data(ServerTableModel::RawValueRole).toLongLong(), 512);
    QCOMPARE(harness.model.index(0, ServerTableModel::PaidUntil).data(ServerTableModel::RawValueRole).toDateTime(),
             utcDate(2021, 7, 26));
    QVERIFY(!harness.model.index(0, ServerTableModel::IPv4).data(ServerTableModel::RawValueRole).isValid());
}

void TestServerTableModel::missingValuesAreBlank()
{
    Harness harness;
    harness.model.setInstances(
        {Instance::fromJson(QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("billing"), QJsonValue()}})});

    for (int column = 0; column < ServerTableModel::ColumnCount; ++column) {
        const QModelIndex index = harness.model.index(0, column);
        const QString expected = column == ServerTableModel::Id ? QStringLiteral("7") : QString();
        QCOMPARE(index.data().toString(), expected);
        if (column != ServerTableModel::Id)
            QVERIFY2(!index.data(ServerTableModel::RawValueRole).isValid(), qPrintable(QString::number(column)));
    }
}

void TestServerTableModel::statusWordsAndIcons()
{
    QCOMPARE(ServerTableModel::statusText(QStringLiteral("stopped")), QStringLiteral("stopped"));
    QCOMPARE(ServerTableModel::statusText(QStringLiteral("migrating")), QStringLiteral("migrating"));
    QCOMPARE(ServerTableModel::statusKind(QStringLiteral("running")), ServerTableModel::StatusKind::Running);
    QCOMPARE(ServerTableModel::statusKind(QStringLiteral("rebooting")), ServerTableModel::StatusKind::Transitional);
    QCOMPARE(ServerTableModel::statusKind(QStringLiteral("suspended")), ServerTableModel::StatusKind::Suspended);
    QCOMPARE(ServerTableModel::statusKind(QStringLiteral("migrating")), ServerTableModel::StatusKind::Unknown);

    Harness harness;
    Instance unknown = server(1, QStringLiteral("odd"));
    unknown.status = QStringLiteral("migrating");
    harness.model.setInstances({unknown});
    QCOMPARE(harness.model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("migrating"));
    QCOMPARE(harness.model.index(0, ServerTableModel::Status).data(Qt::DecorationRole).metaType(),
             QMetaType::fromType<QIcon>());
    QVERIFY(!harness.model.index(0, ServerTableModel::Hostname).data(Qt::DecorationRole).isValid());

    // The window hands in its icons; the model asks once per kind and says the column changed.
    QPixmap red(8, 8);
    red.fill(Qt::red);
    const QIcon runningIcon(red);
    auto asked = std::make_shared<QList<ServerTableModel::StatusKind>>();
    QSignalSpy changed(&harness.model, &QAbstractItemModel::dataChanged);
    harness.model.setStatusIconProvider([asked, runningIcon](ServerTableModel::StatusKind kind) {
        asked->append(kind);
        return kind == ServerTableModel::StatusKind::Running ? runningIcon : QIcon();
    });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});

    harness.model.setInstances({m_fixture, unknown});
    const QModelIndex running = harness.model.index(harness.model.rowForId(m_fixture.id), ServerTableModel::Status);
    QCOMPARE(running.data(Qt::DecorationRole).value<QIcon>().cacheKey(), runningIcon.cacheKey());
    QCOMPARE(running.data(Qt::DecorationRole).value<QIcon>().cacheKey(), runningIcon.cacheKey());
    QVERIFY(asked->contains(ServerTableModel::StatusKind::Running));
    QCOMPARE(asked->count(ServerTableModel::StatusKind::Running), 1);
}

void TestServerTableModel::memoryReadsAsPeopleSayIt()
{
    QCOMPARE(ServerTableModel::memoryText(512), QStringLiteral("512 MB"));
    QCOMPARE(ServerTableModel::memoryText(1024), QStringLiteral("1 GB"));
    QCOMPARE(ServerTableModel::memoryText(1536), QStringLiteral("1.5 GB"));
    QCOMPARE(ServerTableModel::memoryText(2048), QStringLiteral("2 GB"));
    QCOMPARE(ServerTableModel::memoryText(65536), QStringLiteral("64 GB"));
    QCOMPARE(ServerTableModel::memoryText(0), QString());
}

void TestServerTableModel::searchTextHoldsEveryAddress()
{
    Instance routed = server(5, QStringLiteral("edge-1"));
    routed.v4.ipAddress = QStringLiteral("192.0.2.10");
    routed.v4.additionalIps = {QStringLiteral("198.51.100.7")};
    routed.v6.additionalIps = {QStringLiteral("2001:db8::5")};

    Harness harness;
    harness.model.setInstances({routed});
    const QStringList parts =
        harness.model.index(0, ServerTableModel::Price).data(ServerTableModel::SearchTextRole).toString().split(u'\n');
    const QStringList expected{QStringLiteral("edge-1"),
                               QStringLiteral("5"),
                               QStringLiteral("CentOS 7 v2.0.23"),
                               QStringLiteral("192.0.2.10"),
                               QStringLiteral("2a03:fbc6:1:829a::"),
                               QStringLiteral("198.51.100.7"),
                               QStringLiteral("2001:db8::5")};
    QCOMPARE(parts, expected);
    QCOMPARE(harness.model.index(0, ServerTableModel::IPv4).data(Qt::ToolTipRole).toString(),
             QStringLiteral("192.0.2.10\n198.51.100.7 (additional)"));
}

void TestServerTableModel::firstLoadIsOneInsert()
{
    Harness harness;
    Spies spies(&harness.model);
    harness.model.setInstances(
        {server(1, QStringLiteral("a")), server(2, QStringLiteral("b")), server(3, QStringLiteral("c"))});

    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
    QCOMPARE(spies.inserted.first().at(2).toInt(), 2);
    QCOMPARE(spies.dataChanged.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(harness.model.rowForId(3), 2);
    QCOMPARE(harness.model.instance(1).hostname, QStringLiteral("b"));
    QCOMPARE(harness.model.rowForId(42), -1);
}

void TestServerTableModel::unchangedRefreshSignalsNothing()
{
    Harness harness;
    const QList<Instance> list{server(1, QStringLiteral("a")), server(2, QStringLiteral("b"))};
    harness.model.setInstances(list);

    Spies spies(&harness.model);
    Spies proxySpies(&harness.proxy);
    harness.model.setInstances(list);
    QCOMPARE(spies.dataChanged.size() + spies.inserted.size() + spies.removed.size() + spies.reset.size() +
                 spies.layout.size(),
             0);
    QCOMPARE(proxySpies.dataChanged.size() + proxySpies.layout.size(), 0);
}

void TestServerTableModel::oneChangedServerGivesOneDataChanged()
{
    Harness harness;
    QList<Instance> list;
    for (int id = 1; id <= 5; ++id)
        list.append(server(id, QStringLiteral("host-%1").arg(id)));
    harness.model.setInstances(list);

    list[2].status = QStringLiteral("stopped");
    list[2].rootPassword = QStringLiteral("changed too, but shown nowhere");
    Spies spies(&harness.model);
    harness.model.setInstances(list);

    QCOMPARE(spies.dataChanged.size(), 1);
    const auto topLeft = spies.dataChanged.first().at(0).value<QModelIndex>();
    const auto bottomRight = spies.dataChanged.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(topLeft.column(), int(ServerTableModel::Status));
    QCOMPARE(bottomRight.column(), int(ServerTableModel::Status));
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(harness.model.index(2, ServerTableModel::Status).data().toString(), QStringLiteral("stopped"));
    QCOMPARE(harness.model.instance(2).rootPassword, list[2].rootPassword);

    // Two columns apart: one signal spanning both.
    list[4].memoryMb = 2048;
    list[4].billing.price = 12.5;
    spies.dataChanged.clear();
    harness.model.setInstances(list);
    QCOMPARE(spies.dataChanged.size(), 1);
    QCOMPARE(spies.dataChanged.first().at(0).value<QModelIndex>().column(), int(ServerTableModel::Memory));
    QCOMPARE(spies.dataChanged.first().at(1).value<QModelIndex>().column(), int(ServerTableModel::Price));
    QCOMPARE(harness.model.index(4, ServerTableModel::Price).data().toString(), QStringLiteral("12.50"));
}

void TestServerTableModel::addedAndRemovedServers()
{
    Harness harness;
    QList<Instance> list;
    for (int id = 1; id <= 5; ++id)
        list.append(server(id, QStringLiteral("host-%1").arg(id)));
    harness.model.setInstances(list);

    list.removeAt(1);
    list.append(server(99, QStringLiteral("new-one")));
    Spies spies(&harness.model);
    harness.model.setInstances(list);

    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.first().at(1).toInt(), 1);
    QCOMPARE(spies.removed.first().at(2).toInt(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.first().at(1).toInt(), 4);
    QCOMPARE(spies.inserted.first().at(2).toInt(), 4);
    QCOMPARE(spies.dataChanged.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(harness.model.rowCount(), 5);
    QCOMPARE(harness.model.rowForId(2), -1);
    QCOMPARE(harness.model.rowForId(99), 4);
    QCOMPARE(harness.proxy.rowCount(), 5);

    harness.model.setInstances({});
    QCOMPARE(harness.model.rowCount(), 0);
    QCOMPARE(spies.removed.size(), 2);
}

void TestServerTableModel::newServerKeepsApiOrder()
{
    Harness harness;
    harness.model.setInstances({server(1, QStringLiteral("a")), server(3, QStringLiteral("c"))});
    harness.model.setInstances({server(0, QStringLiteral("first")), server(1, QStringLiteral("a")),
                                server(2, QStringLiteral("b")), server(3, QStringLiteral("c"))});

    QCOMPARE(harness.model.rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(harness.model.instance(row).id, row);
}

void TestServerTableModel::duplicateIdsCountOnce()
{
    Harness harness;
    Instance later = server(1, QStringLiteral("later copy"));
    harness.model.setInstances({server(1, QStringLiteral("a")), server(2, QStringLiteral("b")), later});
    QCOMPARE(harness.model.rowCount(), 2);
    QCOMPARE(harness.model.instance(0).hostname, QStringLiteral("a"));
}

void TestServerTableModel::sortsMemoryNumerically()
{
    Harness harness;
    const QList<qint64> sizes{2048, 512, 16384, 1024, 768};
    QList<Instance> list;
    for (qint64 size : sizes) {
        list.append(server(size, QStringLiteral("m%1").arg(size)));
        list.last().memoryMb = size;
    }
    harness.model.setInstances(list);

    harness.proxy.sort(ServerTableModel::Memory, Qt::AscendingOrder);
    const QStringList ascending{QStringLiteral("512 MB"), QStringLiteral("768 MB"), QStringLiteral("1 GB"),
                                QStringLiteral("2 GB"), QStringLiteral("16 GB")};
    QCOMPARE(proxyColumn(harness.proxy, ServerTableModel::Memory), ascending);

    harness.proxy.sort(ServerTableModel::Memory, Qt::DescendingOrder);
    QCOMPARE(proxyColumn(harness.proxy, ServerTableModel::Memory).first(), QStringLiteral("16 GB"));
}

void TestServerTableModel::sortsPaidUntilChronologically()
{
    Harness harness;
    const QList<QDateTime> dates{utcDate(2021, 2, 1), utcDate(2020, 12, 1), utcDate(2022, 1, 15)};
    QList<Instance> list;
    for (int i = 0; i < dates.size(); ++i) {
        list.append(server(i + 1, QStringLiteral("d%1").arg(i)));
        list.last().billing.endDate = dates.at(i);
    }
    harness.model.setInstances(list);

    // As text these would sort "1/15/22", "12/1/20", "2/1/21".
    harness.proxy.sort(ServerTableModel::PaidUntil, Qt::AscendingOrder);
    const QStringList expected{QStringLiteral("12/1/20"), QStringLiteral("2/1/21"), QStringLiteral("1/15/22")};
    QCOMPARE(proxyColumn(harness.proxy, ServerTableModel::PaidUntil), expected);
}

void TestServerTableModel::sortsAddressesByValue()
{
    Harness harness;
    const QStringList addresses{QStringLiteral("10.0.0.10"), QStringLiteral("9.1.1.1"), QStringLiteral("10.0.0.9")};
    QList<Instance> list;
    for (int i = 0; i < addresses.size(); ++i) {
        list.append(server(i + 1, QStringLiteral("ip%1").arg(i)));
        list.last().v4.ipAddress = addresses.at(i);
    }
    harness.model.setInstances(list);

    harness.proxy.sort(ServerTableModel::IPv4, Qt::AscendingOrder);
    const QStringList expected{QStringLiteral("9.1.1.1"), QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10")};
    QCOMPARE(proxyColumn(harness.proxy, ServerTableModel::IPv4), expected);
}

void TestServerTableModel::unknownValuesSortLast()
{
    Harness harness;
    Instance blank = server(1, QStringLiteral("blank"));
    blank.billing.price.reset();
    Instance cheap = server(2, QStringLiteral("cheap"));
    cheap.billing.price = 3.0;
    Instance dear = server(3, QStringLiteral("dear"));
    dear.billing.price = 20.0;
    harness.model.setInstances({blank, dear, cheap});

    harness.proxy.sort(ServerTableModel::Price, Qt::AscendingOrder);
    const QStringList expected{QStringLiteral("cheap"), QStringLiteral("dear"), QStringLiteral("blank")};
    QCOMPARE(proxyColumn(harness.proxy, ServerTableModel::Hostname), expected);
}

void TestServerTableModel::filtersOnSearchText()
{
    Harness harness;
    Instance web = server(100, QStringLiteral("web-frankfurt"));
    web.v4.additionalIps = {QStringLiteral("203.0.113.77")};
    web.osTemplate.name = QStringLiteral("Debian 12");
    harness.model.setInstances({m_fixture, web, server(200, QStringLiteral("db-london"))});

    const auto rowsFor = [&harness](const QString &text) {
        harness.proxy.setSearchText(text);
        return harness.proxy.rowCount();
    };
    QCOMPARE(rowsFor(QStringLiteral("HHVYA")), 1);
    QCOMPARE(rowsFor(QStringLiteral("203.0.113.77")), 1);
    QCOMPARE(rowsFor(QStringLiteral("debian")), 1);
    QCOMPARE(rowsFor(QStringLiteral("centos")), 2);
    QCOMPARE(rowsFor(QStringLiteral("centos london")), 1);
    QCOMPARE(rowsFor(QStringLiteral("312019")), 1);
    QCOMPARE(rowsFor(QStringLiteral("a.b(")), 0);
    QCOMPARE(rowsFor(QString()), 3);

    // The filter stays on while the list refreshes.
    harness.proxy.setSearchText(QStringLiteral("web"));
    Instance renamed = web;
    renamed.hostname = QStringLiteral("api-frankfurt");
    harness.model.setInstances({m_fixture, renamed, server(200, QStringLiteral("db-london"))});
    QCOMPARE(harness.proxy.rowCount(), 0);
}

QTEST_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
