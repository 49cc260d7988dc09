// SPDX-License-Identifier: GPL-3.0-or-later
// The model and proxy fed by the real server service from the sandbox over loopback: all pages
// of a large organisation, sorting by value, and the status and location filters.
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <memory>
#include <optional>

using namespace Heficed;
using namespace Qt::StringLiterals;

namespace {

constexpr int loadTimeoutMs = 30'000;

struct LoadOutcome
{
    std::optional<ApiResult<QList<Instance>>> result;
    int lastLoaded = 0;
    int lastTotal = 0;
};

// One organisation in the sandbox, the service that lists it, and the window's two models with a
// tester on each that lives through every load.
struct Browser
{
    explicit Browser(int instances)
        : sandbox(options(instances))
    {
        if (!sandbox.listen())
            qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));
        ConnectionSettings connection;
        connection.apiBaseUrl = sandbox.baseUrl();
        connection.tokenUrl = sandbox.tokenUrl();
        client = std::make_unique<ApiClient>(connection);
        client->setCredentials({sandbox.options().tenantId,
                                sandbox.options().clientId,
                                sandbox.options().clientSecret,
                                {u"kronoscloud"_s}});
        service = std::make_unique<InstanceService>(client.get());
        proxy.setSourceModel(&model);
    }

    static Sandbox::Options options(int instances)
    {
        Sandbox::Options options;
        options.instances = instances;
        options.actionSeconds = 3600;
        return options;
    }

    // Loads every page and hands the list to the model, as the window does.
    bool load()
    {
        auto outcome = std::make_shared<LoadOutcome>();
        QObject context;
        service->fetchAll(
            &context, [outcome](const ApiResult<QList<Instance>> &result) { outcome->result = result; },
            [outcome](int loaded, int total) {
                outcome->lastLoaded = loaded;
                outcome->lastTotal = total;
            });
        if (!QTest::qWaitFor([outcome] { return outcome->result.has_value(); }, loadTimeoutMs) ||
            !outcome->result->ok())
            return false;
        model.setInstances(outcome->result->value());
        lastProgress = {outcome->lastLoaded, outcome->lastTotal};
        return true;
    }

    int countInSandbox(const QString &key, const QString &subKey, const QString &value) const
    {
        int count = 0;
        const QJsonArray all = sandbox.instancesJson();
        for (const QJsonValue &item : all) {
            const QJsonValue field = item.toObject().value(key);
            const QString text = subKey.isEmpty() ? field.toString() : field.toObject().value(subKey).toString();
            count += text == value ? 1 : 0;
        }
        return count;
    }

    Sandbox::SandboxServer sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<InstanceService> service;
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
    std::pair<int, int> lastProgress;
};

QVariant raw(const QAbstractItemModel &proxy, int row, int column)
{
    return proxy.index(row, column).data(ServerTableModel::RawValueRole);
}

int proxyRowOfText(const QAbstractItemModel &proxy, int column, const QString &text)
{
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestServerBrowsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thousandServersLoadAndSortByValue();
    void statusAndLocationFilters();
    void filtersFollowARefresh();

private:
    std::unique_ptr<Browser> m_browser;
};

void TestServerBrowsing::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_browser = std::make_unique<Browser>(1000);
}

void TestServerBrowsing::thousandServersLoadAndSortByValue()
{
    Browser &browser = *m_browser;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(browser.load());
    qInfo("1001 servers loaded in %lld ms", elapsed.elapsed());

    QCOMPARE(browser.model.rowCount(), 1001);
    QCOMPARE(browser.proxy.rowCount(), 1001);
    QCOMPARE(browser.lastProgress, std::make_pair(1001, 1001));
    // Six pages of at most 200.
    QCOMPARE(browser.sandbox.requestCount("GET", u"/kronoscloud/instances"_s), 6);

    // Memory by megabytes: as text "16 GB" would come before "2 GB" and "512 MB" last.
    browser.proxy.sort(ServerTableModel::Memory, Qt::AscendingOrder);
    QCOMPARE(browser.proxy.index(0, ServerTableModel::Memory).data().toString(), u"512 MB"_s);
    QCOMPARE(browser.proxy.index(1000, ServerTableModel::Memory).data().toString(), u"32 GB"_s);
    for (int row = 1; row < 1001; ++row)
        QVERIFY2(raw(browser.proxy, row - 1, ServerTableModel::Memory).toLongLong() <=
                     raw(browser.proxy, row, ServerTableModel::Memory).toLongLong(),
                 qPrintable(QString::number(row)));
    const int twoGb = proxyRowOfText(browser.proxy, ServerTableModel::Memory, u"2 GB"_s);
    const int sixteenGb = proxyRowOfText(browser.proxy, ServerTableModel::Memory, u"16 GB"_s);
    QVERIFY(twoGb >= 0 && sixteenGb >= 0);
    QVERIFY(twoGb < sixteenGb);

    // Paid-until by time, not as "M/D/YY" text; descending puts the latest first.
    browser.proxy.sort(ServerTableModel::PaidUntil, Qt::DescendingOrder);
    int dated = 0;
    for (int row = 1; row < 1001; ++row) {
        const QVariant before = raw(browser.proxy, row - 1, ServerTableModel::PaidUntil);
        const QVariant after = raw(browser.proxy, row, ServerTableModel::PaidUntil);
        if (!after.isValid())
            continue;
        ++dated;
        QVERIFY2(before.toDateTime() >= after.toDateTime(), qPrintable(QString::number(row)));
    }
    QCOMPARE(dated, 1000);
    browser.proxy.sort(ServerTableModel::PaidUntil, Qt::AscendingOrder);
    const QDateTime earliest = raw(browser.proxy, 0, ServerTableModel::PaidUntil).toDateTime();
    for (int row = 1; row < 1001; ++row)
        QVERIFY(raw(browser.proxy, row, ServerTableModel::PaidUntil).toDateTime() >= earliest);
}

void TestServerBrowsing::statusAndLocationFilters()
{
    Browser &browser = *m_browser;
    if (browser.model.rowCount() == 0)
        QVERIFY(browser.load());

    // Every status the API sent is offered, the one no client knows too.
    const QStringList statuses = browser.model.statuses();
    QVERIFY2(statuses.contains(u"migrating"_s), qPrintable(statuses.join(u',')));
    QVERIFY(statuses.contains(u"running"_s));
    QVERIFY(std::is_sorted(statuses.cbegin(), statuses.cend()));

    browser.proxy.setStatusFilter(u"running"_s);
    const int running = browser.countInSandbox(u"status"_s, {}, u"running"_s);
    QVERIFY(running > 300);
    QCOMPARE(browser.proxy.rowCount(), running);
    for (int row = 0; row < browser.proxy.rowCount(); ++row)
        QCOMPARE(browser.proxy.index(row, 0).data(ServerTableModel::StatusRole).toString(), u"running"_s);

    const QList<NamedRef> locations = browser.model.locations();
    QVERIFY(locations.size() >= 3);
    const auto london = std::find_if(locations.cbegin(), locations.cend(),
                                     [](const NamedRef &where) { return where.id == u"uk-lon1"_s; });
    QVERIFY(london != locations.cend());
    QCOMPARE(london->name, u"London, United Kingdom"_s);

    browser.proxy.setStatusFilter({});
    browser.proxy.setLocationFilter(u"uk-lon1"_s);
    QCOMPARE(browser.proxy.rowCount(), browser.countInSandbox(u"location"_s, u"id"_s, u"uk-lon1"_s));

    // Both filters and the search together: the fixture's server is running in London.
    browser.proxy.setStatusFilter(u"running"_s);
    browser.proxy.setSearchText(u"hhvya"_s);
    QCOMPARE(browser.proxy.rowCount(), 1);
    QCOMPARE(browser.proxy.index(0, 0).data(ServerTableModel::InstanceIdRole).toLongLong(), 312019);
    browser.proxy.setStatusFilter(u"stopped"_s);
    QCOMPARE(browser.proxy.rowCount(), 0);

    browser.proxy.setStatusFilter({});
    browser.proxy.setLocationFilter({});
    browser.proxy.setSearchText({});
    QCOMPARE(browser.proxy.rowCount(), 1001);
}

void TestServerBrowsing::filtersFollowARefresh()
{
    Browser &browser = *m_browser;
    if (browser.model.rowCount() == 0)
        QVERIFY(browser.load());
    browser.proxy.setStatusFilter(u"running"_s);
    const int before = browser.proxy.rowCount();

    // The fixture's server stops elsewhere: after the refresh it leaves the "running" view.
    browser.sandbox.setInstanceStatus(312019, u"stopped"_s);
    QVERIFY(browser.load());
    QCOMPARE(browser.proxy.rowCount(), before - 1);
    QCOMPARE(browser.model.rowCount(), 1001);

    browser.proxy.setStatusFilter(u"stopped"_s);
    const int stopped = browser.proxy.rowCount();
    browser.sandbox.setInstanceStatus(312019, u"running"_s);
    QVERIFY(browser.load());
    QCOMPARE(browser.proxy.rowCount(), stopped - 1);
    browser.proxy.setStatusFilter({});
}

QTEST_MAIN(TestServerBrowsing)
#include "tst_serverbrowsing.moc"
