// SPDX-License-Identifier: GPL-3.0-or-later
// How the main window fits a desktop: a key for every menu entry and no key twice, a name for
// every control that assistive technology can read, an About box with the versions and the
// license, and messages that stay readable when the palette turns dark, even while running.
#include "mainwindow.h"
#include "sandboxserver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Heficed;
using namespace Qt::StringLiterals;

namespace {

// Fusion's dark counterpart of its own palette, as a desktop's dark theme hands it to Qt.
QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x37, 0x3b), QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x23));
    return palette;
}

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// WCAG's contrast ratio, from 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

struct MessageColours
{
    QColor background;
    QColor text;
};

// The frame's own background, read from its pixels where no text or button is, and the colour
// its label draws the text in.
MessageColours coloursOf(QFrame *frame)
{
    const QImage image = frame->grab().toImage();
    auto *label = frame->findChild<QLabel *>(frame->objectName() + u"Text"_s);
    label->ensurePolished();
    return {image.pixelColor(image.width() - 12, image.height() / 2), label->palette().color(QPalette::WindowText)};
}

QString describe(const QWidget *widget)
{
    return widget->objectName() + u" (" + QString::fromLatin1(widget->metaObject()->className()) + u" in " +
           QString::fromLatin1(widget->parent()->metaObject()->className()) + u')';
}

// What a screen reader says for a control: its accessible name, else its own text.
QString spokenName(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (const auto *toolButton = qobject_cast<const QToolButton *>(widget); toolButton && toolButton->defaultAction())
        return toolButton->defaultAction()->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    return {};
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget);
}

// The parts Qt builds into a control (a line edit's clear button, a table's header, a tab bar's
// scroll arrows, a toolbar's extension button) are named by the control itself.
bool isPartOfAControl(const QWidget *widget)
{
    const QObject *parent = widget->parent();
    return widget->objectName().startsWith(u"qt_"_s) || parent->inherits("QLineEdit") ||
           parent->inherits("QAbstractSpinBox") || parent->inherits("QAbstractItemView") ||
           parent->inherits("QTabBar") || parent->inherits("QComboBox") || parent->inherits("QDockWidget");
}

void collectMenuActions(const QMenu *menu, QList<QAction *> *entries)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenuActions(action->menu(), entries);
        else
            entries->append(action);
    }
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyMenuEntryHasItsOwnKey();
    void everyControlHasAName();
    void aboutBoxNamesVersionsAndLicense();
    void messagesFollowThePalette_data();
    void messagesFollowThePalette();
    void messagesFollowAPaletteChange();

private:
    QTemporaryDir m_settingsDir;
    QPalette m_originalPalette;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"HeficedTests"_s);
    QCoreApplication::setApplicationName(u"tst_desktopintegration"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_originalPalette = QApplication::palette();
}

void TestDesktopIntegration::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"refresh/intervalSeconds"_s, 0);
}

void TestDesktopIntegration::cleanup()
{
    QApplication::setPalette(m_originalPalette);
}

void TestDesktopIntegration::everyMenuEntryHasItsOwnKey()
{
    MainWindow window;
    QList<QAction *> entries;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        collectMenuActions(menu->menu(), &entries);
    QVERIFY2(entries.size() >= 20, qPrintable(QString::number(entries.size())));

    QMap<QString, QString> owners; // key -> the entry that has it
    for (const QAction *entry : std::as_const(entries)) {
        const QList<QKeySequence> keys = entry->shortcuts();
        QVERIFY2(!keys.isEmpty(), qPrintable(entry->text() + u" has no key"));
        for (const QKeySequence &key : keys) {
            const QString text = key.toString(QKeySequence::PortableText);
            // One action may sit in two menus (Activity); two actions must never share a key.
            const QString owner = owners.value(text);
            QVERIFY2(owner.isEmpty() || owner == entry->text(),
                     qPrintable(text + u" belongs to both " + owner + u" and " + entry->text()));
            owners.insert(text, entry->text());
        }
    }
    QCOMPARE(owners.value(u"Ctrl+E"_s), u"&Export…"_s);
    QCOMPARE(owners.value(u"Ctrl+Shift+E"_s), u"&Enter Rescue Mode"_s);
    QCOMPARE(owners.value(u"F1"_s), u"&About Heficed Panel"_s);
}

// On a loaded list with a server selected, so that the details pane and the filters show too.
void TestDesktopIntegration::everyControlHasAName()
{
    Sandbox::SandboxServer sandbox{Sandbox::Options()};
    QVERIFY(sandbox.listen());
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    QSignalSpy loads(&window, &MainWindow::loadFinished);
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    window.setSession(
        connection,
        {sandbox.options().tenantId, sandbox.options().clientId, sandbox.options().clientSecret, {u"kronoscloud"_s}},
        u"Sandbox"_s);
    QVERIFY(QTest::qWaitFor([&loads] { return !loads.isEmpty(); }, 20'000));
    window.serverView()->selectRow(0);

    int checked = 0;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!isControl(widget) || !widget->isVisible() || isPartOfAControl(widget))
            continue;
        QVERIFY2(!spokenName(widget).remove(u'&').trimmed().isEmpty(), qPrintable(describe(widget)));
        ++checked;
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void TestDesktopIntegration::aboutBoxNamesVersionsAndLicense()
{
    MainWindow window;
    window.show();
    window.findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *about = window.findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(about && about->isVisible());
    const QString text = about->text();
    QVERIFY2(text.contains(u"Heficed Panel " HEFICED_VERSION ""_s), qPrintable(text));
    QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"QtKeychain 0."_s));
    QVERIFY(text.contains(u"GNU General Public License</a>, version 3 or any later version"_s));
    QVERIFY(text.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
    about->close();
}

void TestDesktopIntegration::messagesFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The banner (information) and the notice (warning) take tints of the palette's brightness, and
// their text contrasts with them at 7:1 or more (WCAG AAA).
void TestDesktopIntegration::messagesFollowThePalette()
{
    QFETCH(bool, dark);
    if (dark)
        QApplication::setPalette(darkPalette());
    MainWindow window;
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNotice(MainWindow::NoticeKind::Warning, u"The keychain cannot be read."_s);
    QVERIFY(window.isBannerShown());

    const QColor windowColour = window.palette().color(QPalette::Window);
    for (QFrame *frame : {window.findChild<QFrame *>(u"banner"_s), window.findChild<QFrame *>(u"notice"_s)}) {
        const MessageColours colours = coloursOf(frame);
        QCOMPARE(colours.background.lightness() < 128, dark);
        QVERIFY2(colours.background != windowColour, qPrintable(frame->objectName()));
        const double ratio = contrast(colours.background, colours.text);
        QVERIFY2(ratio >= 7.0, qPrintable(u"%1: %2 on %3 is %4:1"_s
                                              .arg(frame->objectName(), colours.text.name(), colours.background.name())
                                              .arg(ratio, 0, 'f', 1)));
    }
}

// A desktop that switches to its dark theme while the panel runs re-tints what is shown.
void TestDesktopIntegration::messagesFollowAPaletteChange()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QFrame *>(u"banner"_s);
    QVERIFY(coloursOf(banner).background.lightness() > 128);

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(coloursOf(banner).background.lightness() < 128);
    QVERIFY(contrast(coloursOf(banner).background, coloursOf(banner).text) >= 7.0);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
