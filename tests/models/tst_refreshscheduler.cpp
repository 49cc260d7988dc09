// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/refreshscheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Heficed;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

// A clock the test moves by hand; the scheduler reads it through a shared pointer.
struct ManualClock
{
    std::shared_ptr<milliseconds> now = std::make_shared<milliseconds>(1'000'000ms);

    RefreshScheduler::Clock function() const
    {
        return [now = now] {
            return *now;
        };
    }
    void advance(milliseconds step) const { *now += step; }
};

} // namespace

class TestRefreshScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayRule_data();
    void delayRule();
    void nothingIsScheduledBeforeTheFirstLoad();
    void scheduledAfterEachLoad();
    void noRefreshWhileLoading();
    void backsOffAfterErrorsAndResetsOnSuccess();
    void minimisedWindowWaitsLonger();
    void restoredWindowCatchesUpAtOnce();
    void zeroIntervalTurnsItOff();
    void firesWithRealTimers();
};

void TestRefreshScheduler::delayRule_data()
{
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("minimised");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("normal") << qint64(30'000) << 0 << false << qint64(30'000);
    QTest::newRow("minimised") << qint64(30'000) << 0 << true << qint64(120'000);
    QTest::newRow("one failure") << qint64(30'000) << 1 << false << qint64(60'000);
    QTest::newRow("three failures") << qint64(30'000) << 3 << false << qint64(240'000);
    QTest::newRow("capped at ten minutes") << qint64(30'000) << 6 << false << qint64(600'000);
    QTest::newRow("cap survives many failures") << qint64(30'000) << 1000 << false << qint64(600'000);
    QTest::newRow("capped and minimised") << qint64(30'000) << 9 << true << qint64(2'400'000);
    QTest::newRow("long interval is its own cap") << qint64(3'600'000) << 2 << false << qint64(3'600'000);
    QTest::newRow("off") << qint64(0) << 2 << true << qint64(0);
}

void TestRefreshScheduler::delayRule()
{
    QFETCH(qint64, intervalMs);
    QFETCH(int, failures);
    QFETCH(bool, minimised);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RefreshScheduler::delayFor(milliseconds(intervalMs), failures, minimised).count(), expectedMs);
}

void TestRefreshScheduler::nothingIsScheduledBeforeTheFirstLoad()
{
    RefreshScheduler scheduler;
    QCOMPARE(scheduler.interval(), 30'000ms);
    QVERIFY(!scheduler.isScheduled());
    QCOMPARE(scheduler.remaining(), -1ms);
    scheduler.setMinimised(true);
    QVERIFY(!scheduler.isScheduled());
}

void TestRefreshScheduler::scheduledAfterEachLoad()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());

    scheduler.loadStarted();
    scheduler.loadFinished(true);
    QVERIFY(scheduler.isScheduled());
    QCOMPARE(scheduler.remaining(), 30'000ms);

    clock.advance(12'000ms);
    QCOMPARE(scheduler.remaining(), 18'000ms);

    // A manual refresh in between starts the count again from its end.
    scheduler.loadStarted();
    clock.advance(500ms);
    scheduler.loadFinished(true);
    QCOMPARE(scheduler.remaining(), 30'000ms);
}

void TestRefreshScheduler::noRefreshWhileLoading()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());
    scheduler.loadFinished(true);

    scheduler.loadStarted();
    QVERIFY(!scheduler.isScheduled());
    // Nothing brings the timer back while the load runs.
    scheduler.setMinimised(true);
    scheduler.setInterval(5'000ms);
    QVERIFY(!scheduler.isScheduled());

    scheduler.loadFinished(true);
    QCOMPARE(scheduler.remaining(), 20'000ms);
}

void TestRefreshScheduler::backsOffAfterErrorsAndResetsOnSuccess()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());

    const QList<milliseconds> expected{60'000ms, 120'000ms, 240'000ms, 480'000ms, 600'000ms, 600'000ms};
    for (int failure = 0; failure < expected.size(); ++failure) {
        scheduler.loadStarted();
        scheduler.loadFinished(false);
        QCOMPARE(scheduler.failuresInARow(), failure + 1);
        QCOMPARE(scheduler.remaining(), expected.at(failure));
    }

    scheduler.loadStarted();
    scheduler.loadFinished(true);
    QCOMPARE(scheduler.failuresInARow(), 0);
    QCOMPARE(scheduler.remaining(), 30'000ms);
}

void TestRefreshScheduler::minimisedWindowWaitsLonger()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());
    scheduler.loadFinished(true);

    clock.advance(20'000ms);
    scheduler.setMinimised(true);
    QCOMPARE(scheduler.currentDelay(), 120'000ms);
    QCOMPARE(scheduler.remaining(), 100'000ms);

    // Back-off and minimising multiply.
    scheduler.loadStarted();
    scheduler.loadFinished(false);
    QCOMPARE(scheduler.remaining(), 240'000ms);
}

void TestRefreshScheduler::restoredWindowCatchesUpAtOnce()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());
    scheduler.setMinimised(true);
    scheduler.loadFinished(true);
    QCOMPARE(scheduler.remaining(), 120'000ms);

    clock.advance(25'000ms);
    scheduler.setMinimised(false);
    QCOMPARE(scheduler.remaining(), 5'000ms);

    scheduler.setMinimised(true);
    clock.advance(90'000ms);
    scheduler.setMinimised(false);
    QVERIFY(scheduler.isScheduled());
    QCOMPARE(scheduler.remaining(), 0ms);
}

void TestRefreshScheduler::zeroIntervalTurnsItOff()
{
    ManualClock clock;
    RefreshScheduler scheduler;
    scheduler.setClock(clock.function());
    scheduler.loadFinished(true);
    QVERIFY(scheduler.isScheduled());

    scheduler.setInterval(0ms);
    QVERIFY(!scheduler.isScheduled());
    scheduler.loadFinished(false);
    QVERIFY(!scheduler.isScheduled());

    scheduler.setInterval(10'000ms);
    QCOMPARE(scheduler.remaining(), 20'000ms); // one failure in a row doubles it

    scheduler.stop();
    QVERIFY(!scheduler.isScheduled());
    QCOMPARE(scheduler.failuresInARow(), 0);
}

void TestRefreshScheduler::firesWithRealTimers()
{
    RefreshScheduler scheduler;
    scheduler.setInterval(40ms);
    QSignalSpy due(&scheduler, &RefreshScheduler::refreshDue);

    QElapsedTimer elapsed;
    elapsed.start();
    scheduler.loadFinished(true);
    QVERIFY(due.wait(2'000));
    QVERIFY2(elapsed.elapsed() >= 35, qPrintable(QString::number(elapsed.elapsed())));

    // After a failure the next one comes twice as late.
    elapsed.restart();
    scheduler.loadStarted();
    scheduler.loadFinished(false);
    QVERIFY(due.wait(2'000));
    QCOMPARE(due.size(), 2);
    QVERIFY2(elapsed.elapsed() >= 75, qPrintable(QString::number(elapsed.elapsed())));

    // Fires once per load: without a new load nothing more comes.
    QVERIFY(!due.wait(300));
    QCOMPARE(due.size(), 2);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
