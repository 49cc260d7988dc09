// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionrules.h"

#include <QTest>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = ActionRules::Action;
using Verdict = ActionRules::Verdict;

Q_DECLARE_METATYPE(Heficed::ActionRules::Action)
Q_DECLARE_METATYPE(Heficed::ActionRules::Verdict)

namespace {

// One letter per action, in allActions() order, so a row of the table reads at a glance:
// S start, T stop, F force stop, R reboot, B force reboot, E enter rescue, L leave rescue,
// C cancel immediately, P cancel at period end.
QString letters(const QList<Action> &actions)
{
    static const QString all = u"STFRBELCP"_s;
    QString text;
    for (const Action action : actions)
        text += all.at(ActionRules::allActions().indexOf(action));
    return text;
}

ServerState state(qint64 id, const QString &status, bool rescue = false, bool cancellation = false, bool busy = false)
{
    return {id, status, rescue, cancellation, busy};
}

Instance server(const QString &status, bool rescue = false, const QString &cancellation = {})
{
    Instance instance;
    instance.id = 7;
    instance.status = status;
    instance.inRescueMode = rescue;
    instance.billing.cancellationRequest = cancellation;
    return instance;
}

} // namespace

class TestActionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enabledForOneServer_data();
    void enabledForOneServer();
    void enabledForSeveralServers();
    void targetsSkipServersThatDoNotAllowIt();
    void judgeReadBack_data();
    void judgeReadBack();
    void transitionalWords();
    void keysRoundTrip();
    void progressTextReadsAsAStatus();
};

void TestActionRules::enabledForOneServer_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("rescue");
    QTest::addColumn<bool>("cancellation");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<QString>("enabled");

    QTest::newRow("running") << u"running"_s << false << false << false << u"TFRBECP"_s;
    QTest::newRow("running, in rescue") << u"running"_s << true << false << false << u"TFRBLCP"_s;
    QTest::newRow("stopped") << u"stopped"_s << false << false << false << u"SECP"_s;
    QTest::newRow("stopped, in rescue") << u"stopped"_s << true << false << false << u"SLCP"_s;
    QTest::newRow("Stopped (any case)") << u"Stopped"_s << false << false << false << u"SECP"_s;
    QTest::newRow("starting") << u"starting"_s << false << false << false << u"FCP"_s;
    QTest::newRow("stopping") << u"stopping"_s << false << false << false << u"FCP"_s;
    QTest::newRow("rebooting") << u"rebooting"_s << false << false << false << u"FCP"_s;
    QTest::newRow("pending") << u"pending"_s << false << false << false << u"CP"_s;
    QTest::newRow("suspended") << u"suspended"_s << false << false << false << u"CP"_s;
    QTest::newRow("unknown word") << u"hibernating"_s << false << false << false << u"CP"_s;
    QTest::newRow("terminating") << u"terminating"_s << false << false << false << u""_s;
    QTest::newRow("cancellation booked") << u"running"_s << false << true << false << u"TFRBEC"_s;
    QTest::newRow("busy running") << u"running"_s << false << false << true << u""_s;
    QTest::newRow("busy stopped") << u"stopped"_s << false << false << true << u""_s;
}

void TestActionRules::enabledForOneServer()
{
    QFETCH(QString, status);
    QFETCH(bool, rescue);
    QFETCH(bool, cancellation);
    QFETCH(bool, busy);
    QFETCH(QString, enabled);

    const QList<ServerState> selection{state(1, status, rescue, cancellation, busy)};
    QCOMPARE(letters(ActionRules::enabledActions(selection)), enabled);
    for (const Action action : ActionRules::allActions())
        QCOMPARE(ActionRules::allows(action, selection.constFirst()), enabled.contains(letters({action})));
}

void TestActionRules::enabledForSeveralServers()
{
    QCOMPARE(letters(ActionRules::enabledActions({})), u""_s);
    QCOMPARE(letters(ActionRules::enabledActions({state(1, u"running"_s), state(2, u"stopped"_s)})), u"STFRBECP"_s);
    QCOMPARE(letters(ActionRules::enabledActions({state(1, u"running"_s), state(2, u"stopped"_s, true)})),
             u"STFRBELCP"_s);
    // A busy server adds nothing; the others still count.
    QCOMPARE(letters(ActionRules::enabledActions({state(1, u"running"_s, false, false, true), state(2, u"stopped"_s)})),
             u"SECP"_s);
    QCOMPARE(letters(ActionRules::enabledActions({state(1, u"terminating"_s), state(2, u"stopping"_s)})), u"FCP"_s);
}

void TestActionRules::targetsSkipServersThatDoNotAllowIt()
{
    const QList<ServerState> selection{state(1, u"running"_s), state(2, u"stopped"_s), state(3, u"running"_s),
                                       state(4, u"running"_s, false, false, true), state(1, u"running"_s)};
    QCOMPARE(ActionRules::targets(Action::Stop, selection), (QList<qint64>{1, 3}));
    QCOMPARE(ActionRules::targets(Action::Start, selection), (QList<qint64>{2}));
    QCOMPARE(ActionRules::targets(Action::LeaveRescue, selection), QList<qint64>{});
    QCOMPARE(ActionRules::targets(Action::CancelImmediately, selection), (QList<qint64>{1, 2, 3}));
    QVERIFY(!ActionRules::allows(Action::Start, state(0, u"stopped"_s))); // no ID, no action
}

void TestActionRules::judgeReadBack_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("rescue");
    QTest::addColumn<bool>("sawTransition");
    QTest::addColumn<int>("reads");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("start: still stopped") << Action::Start << u"stopped"_s << false << false << 1 << Verdict::Pending;
    QTest::newRow("start: starting") << Action::Start << u"starting"_s << false << true << 1 << Verdict::Pending;
    QTest::newRow("start: running") << Action::Start << u"running"_s << false << true << 2 << Verdict::Reached;
    QTest::newRow("start: back to stopped")
        << Action::Start << u"stopped"_s << false << true << 3 << Verdict::Unexpected;
    QTest::newRow("start: failed") << Action::Start << u"failed"_s << false << false << 1 << Verdict::Unexpected;
    QTest::newRow("stop: stopping") << Action::Stop << u"stopping"_s << false << true << 1 << Verdict::Pending;
    QTest::newRow("stop: stopped") << Action::Stop << u"stopped"_s << false << true << 2 << Verdict::Reached;
    QTest::newRow("force stop: stopped at once")
        << Action::ForceStop << u"stopped"_s << false << false << 1 << Verdict::Reached;
    QTest::newRow("reboot: first read running")
        << Action::Reboot << u"running"_s << false << false << 1 << Verdict::Pending;
    QTest::newRow("reboot: second read running")
        << Action::Reboot << u"running"_s << false << false << 2 << Verdict::Reached;
    QTest::newRow("reboot: running after rebooting")
        << Action::ForceReboot << u"running"_s << false << true << 1 << Verdict::Reached;
    QTest::newRow("rescue: rebooting") << Action::EnterRescue << u"rebooting"_s << true << true << 1
                                       << Verdict::Pending;
    QTest::newRow("rescue: on") << Action::EnterRescue << u"running"_s << true << true << 2 << Verdict::Reached;
    QTest::newRow("rescue: not yet") << Action::EnterRescue << u"running"_s << false << false << 1 << Verdict::Pending;
    QTest::newRow("rescue: never came") << Action::EnterRescue << u"running"_s << false << true << 3
                                        << Verdict::Unexpected;
    QTest::newRow("leave rescue: off") << Action::LeaveRescue << u"stopped"_s << false << true << 2 << Verdict::Reached;
    QTest::newRow("cancel: terminating") << Action::CancelImmediately << u"terminating"_s << false << true << 1
                                         << Verdict::Pending;
}

void TestActionRules::judgeReadBack()
{
    QFETCH(Action, action);
    QFETCH(QString, status);
    QFETCH(bool, rescue);
    QFETCH(bool, sawTransition);
    QFETCH(int, reads);
    QFETCH(Verdict, verdict);
    QCOMPARE(ActionRules::judge(action, server(status, rescue), sawTransition, reads), verdict);
}

void TestActionRules::transitionalWords()
{
    for (const QString &word :
         {u"starting"_s, u"stopping"_s, u"rebooting"_s, u"pending"_s, u"terminating"_s, u"Stopping"_s})
        QVERIFY2(ActionRules::isTransitional(word), qPrintable(word));
    for (const QString &word : {u"running"_s, u"stopped"_s, u"suspended"_s, u"failed"_s, u""_s, u"hibernating"_s})
        QVERIFY2(!ActionRules::isTransitional(word), qPrintable(word));

    QCOMPARE(ActionRules::judge(Action::CancelAtPeriodEnd, server(u"running"_s), false, 1), Verdict::Pending);
    QCOMPARE(ActionRules::judge(Action::CancelAtPeriodEnd, server(u"running"_s, false, u"{\"type\":1}"_s), false, 1),
             Verdict::Reached);
}

void TestActionRules::keysRoundTrip()
{
    QSet<QString> keys;
    for (const Action action : ActionRules::allActions()) {
        keys.insert(ActionRules::key(action));
        QCOMPARE(ActionRules::fromKey(ActionRules::key(action)), std::optional<Action>(action));
        QVERIFY(!ActionRules::name(action).isEmpty());
    }
    QCOMPARE(keys.size(), ActionRules::allActions().size());
    QCOMPARE(ActionRules::fromKey(u"explode"_s), std::nullopt);
}

void TestActionRules::progressTextReadsAsAStatus()
{
    QCOMPARE(ActionRules::progressText(Action::Stop), u"stopping…"_s);
    QCOMPARE(ActionRules::progressText(Action::ForceStop), u"stopping…"_s);
    QCOMPARE(ActionRules::progressText(Action::Start), u"starting…"_s);
    QVERIFY(!ActionRules::needsConfirmation(Action::Start));
    QVERIFY(ActionRules::needsConfirmation(Action::Reboot));
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
