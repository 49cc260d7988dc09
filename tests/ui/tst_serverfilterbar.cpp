// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/instance.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "serverfilterbar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLocale>
#include <QTest>

using namespace Heficed;
using namespace Qt::StringLiterals;

namespace {

Instance server(qint64 id, const QString &status, const QString &locationId, const QString &locationName)
{
    Instance instance;
    instance.id = id;
    instance.hostname = u"host-%1"_s.arg(id);
    instance.status = status;
    instance.location = {locationId, locationName};
    return instance;
}

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int index = 0; index < box->count(); ++index)
        texts.append(box->itemText(index));
    return texts;
}

} // namespace

class TestServerFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersWhatTheListHolds();
    void choicesFilterTheProxy();
    void choiceSurvivesARefresh();
};

void TestServerFilterBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestServerFilterBar::offersWhatTheListHolds()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ServerFilterBar bar;
    bar.setModels(&model, &proxy);
    QCOMPARE(itemTexts(bar.statusBox()), QStringList{u"All statuses"_s});
    QCOMPARE(itemTexts(bar.locationBox()), QStringList{u"All locations"_s});

    model.setInstances({server(1, u"stopped"_s, u"uk-lon1"_s, u"London, United Kingdom"_s),
                        server(2, u"running"_s, u"de-fra1"_s, u"Frankfurt, Germany"_s),
                        server(3, u"migrating"_s, u"uk-lon1"_s, u"London, United Kingdom"_s),
                        server(4, u"running"_s, u"x-new"_s, QString())});
    // Filled once the event loop turns, however many rows changed.
    QTRY_COMPARE(itemTexts(bar.statusBox()),
                 (QStringList{u"All statuses"_s, u"migrating"_s, u"running"_s, u"stopped"_s}));
    QCOMPARE(itemTexts(bar.locationBox()),
             (QStringList{u"All locations"_s, u"Frankfurt, Germany"_s, u"London, United Kingdom"_s, u"x-new"_s}));
    QCOMPARE(bar.locationBox()->itemData(2).toString(), u"uk-lon1"_s);
}

void TestServerFilterBar::choicesFilterTheProxy()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerFilterBar bar;
    bar.setModels(&model, &proxy);
    model.setInstances({server(1, u"stopped"_s, u"uk-lon1"_s, u"London"_s),
                        server(2, u"running"_s, u"de-fra1"_s, u"Frankfurt"_s),
                        server(3, u"running"_s, u"uk-lon1"_s, u"London"_s)});
    bar.refill();

    bar.statusBox()->setCurrentIndex(bar.statusBox()->findText(u"running"_s));
    QCOMPARE(proxy.statusFilter(), u"running"_s);
    QCOMPARE(proxy.rowCount(), 2);
    bar.selectLocation(u"uk-lon1"_s);
    QCOMPARE(proxy.locationFilter(), u"uk-lon1"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ServerTableModel::InstanceIdRole).toLongLong(), 3);

    bar.statusBox()->setCurrentIndex(0);
    QCOMPARE(proxy.statusFilter(), QString());
    QCOMPARE(proxy.rowCount(), 2);
    bar.selectLocation({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestServerFilterBar::choiceSurvivesARefresh()
{
    ServerTableModel model;
    ServerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ServerFilterBar bar;
    bar.setModels(&model, &proxy);
    model.setInstances(
        {server(1, u"stopped"_s, u"uk-lon1"_s, u"London"_s), server(2, u"running"_s, u"de-fra1"_s, u"Frankfurt"_s)});
    bar.refill();
    bar.selectStatus(u"stopped"_s);
    QCOMPARE(proxy.rowCount(), 1);

    // The stopped server starts: the choice stays, so the user sees why the table is empty.
    model.setInstances(
        {server(1, u"running"_s, u"uk-lon1"_s, u"London"_s), server(2, u"running"_s, u"de-fra1"_s, u"Frankfurt"_s)});
    QTRY_COMPARE(itemTexts(bar.statusBox()), (QStringList{u"All statuses"_s, u"running"_s, u"stopped"_s}));
    QCOMPARE(bar.statusBox()->currentText(), u"stopped"_s);
    QCOMPARE(proxy.statusFilter(), u"stopped"_s);
    QCOMPARE(proxy.rowCount(), 0);

    // Once something else is chosen, the stale entry goes at the next refill.
    bar.selectStatus({});
    bar.refill();
    QCOMPARE(itemTexts(bar.statusBox()), (QStringList{u"All statuses"_s, u"running"_s}));
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestServerFilterBar)
#include "tst_serverfilterbar.moc"
