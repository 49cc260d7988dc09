// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog driven with real key and mouse events: it shows what is stored, refuses
// what cannot work, saves under the keys the rest of the panel reads, and the main window applies
// the result to the running session at once.
#include "../common/testcerts.h"
#include "api/apiclient.h"
#include "appsettings.h"
#include "confirmationdialog.h"
#include "logging.h"
#include "mainwindow.h"
#include "models/refreshscheduler.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Heficed::Sandbox::SandboxServer;

namespace {

template<typename Widget>
Widget *child(const QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<Widget *>(name);
    if (!widget)
        qFatal("No %s named %s", Widget::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QAbstractButton *button(const SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(which);
}

// Presses a check box, radio button or push button with the space bar, as a keyboard user does;
// unlike a mouse click, it does not depend on the page having been laid out yet.
void press(QAbstractButton *button)
{
    button->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

void clickOk(SettingsDialog *dialog)
{
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
}

// Replaces a line edit's text the way a person does: select all, type, leave the field.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

void setSpinBox(QSpinBox *box, int value)
{
    box->setFocus(Qt::OtherFocusReason);
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

AppSettings storedExample()
{
    AppSettings settings;
    settings.refreshIntervalSeconds = 120;
    settings.skippedConfirmations = {u"reboot"_s, u"stop"_s};
    settings.language = u"de"_s;
    settings.proxyMode = AppSettings::ProxyMode::Manual;
    settings.proxyHost = u"proxy.example.com"_s;
    settings.proxyPort = 3128;
    settings.logLevel = AppSettings::LogLevel::Information;
    return settings;
}

// The buttons inside a line edit, a spin box or a tab bar are named by the control they belong to.
bool isPartOfAControl(const QWidget *widget)
{
    const QObject *parent = widget->parent();
    return parent->inherits("QLineEdit") || parent->inherits("QAbstractSpinBox") || parent->inherits("QTabBar");
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheStoredSettings();
    void okSavesWhatWasChanged();
    void confirmationsCanBeTurnedBackOn();
    void manualProxyNeedsAHost();
    void caFileIsCheckedAsTyped();
    void restoreDefaultsAndCancel();
    void everyControlHasAName();

    void fileMenuOpensTheDialog();
    void appliedSettingsReachTheRunningSession();
    void sessionControllerUsesTheCaSetting();

private:
    SettingsDialog *openDialog(const AppSettings &settings);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QWidget> m_parent;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"HeficedTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES").isEmpty(), "run with QT_LOGGING_RULES unset");
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(300, 200);
    m_parent->show();
}

void TestSettingsDialog::cleanup()
{
    m_parent.reset();
    AppSettings().applyProcessWide();
}

SettingsDialog *TestSettingsDialog::openDialog(const AppSettings &settings)
{
    auto *dialog = new SettingsDialog(settings, m_parent.get());
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog))
        qFatal("The settings dialog did not show");
    return dialog;
}

void TestSettingsDialog::showsTheStoredSettings()
{
    SettingsDialog *dialog = openDialog(storedExample());
    QCOMPARE(child<QSpinBox>(dialog, u"refreshInterval"_s)->value(), 120);
    QCOMPARE(child<QComboBox>(dialog, u"language"_s)->currentText(), u"Deutsch"_s);
    QCOMPARE(child<QComboBox>(dialog, u"logLevel"_s)->currentText(), u"Information"_s);
    QVERIFY(child<QRadioButton>(dialog, u"proxyManual"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, u"proxyHost"_s)->text(), u"proxy.example.com"_s);
    QVERIFY(child<QLineEdit>(dialog, u"proxyHost"_s)->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog, u"proxyPort"_s)->value(), 3128);

    QVERIFY(!dialog->confirmationBox(u"stop"_s)->isChecked());
    QVERIFY(!dialog->confirmationBox(u"reboot"_s)->isChecked());
    QVERIFY(dialog->confirmationBox(u"force-stop"_s)->isChecked());
    QCOMPARE(dialog->confirmationBox(u"force-stop"_s)->text(), u"Force stop"_s);
    QVERIFY(!dialog->confirmationBox(u"cancel-immediately"_s));

    // Every language by its own name, and when a change takes effect.
    QStringList languages;
    auto *language = child<QComboBox>(dialog, u"language"_s);
    for (int index = 0; index < language->count(); ++index)
        languages.append(language->itemText(index));
    QCOMPARE(languages, (QStringList{u"System language"_s, u"English"_s, u"Deutsch"_s, u"Lietuvių"_s}));
    QVERIFY(child<QLabel>(dialog, u"languageHint"_s)->text().contains(u"next time Heficed Panel starts"_s));
    QVERIFY(dialog->settings() == storedExample());
    dialog->reject();
}

void TestSettingsDialog::okSavesWhatWasChanged()
{
    QPointer<SettingsDialog> dialog = openDialog(AppSettings());
    QSignalSpy applied(dialog.data(), &SettingsDialog::applied);
    QVERIFY(!child<QLineEdit>(dialog, u"proxyHost"_s)->isEnabled());

    setSpinBox(child<QSpinBox>(dialog, u"refreshInterval"_s), 45);
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(1);
    press(dialog->confirmationBox(u"force-reboot"_s));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(2);
    press(child<QRadioButton>(dialog, u"proxyManual"_s));
    QVERIFY(child<QLineEdit>(dialog, u"proxyHost"_s)->isEnabled());
    typeInto(child<QLineEdit>(dialog, u"proxyHost"_s), u"gateway.internal"_s);
    setSpinBox(child<QSpinBox>(dialog, u"proxyPort"_s), 8888);
    clickOk(dialog);

    QCOMPARE(applied.size(), 1);
    const auto chosen = applied.constFirst().constFirst().value<AppSettings>();
    QCOMPARE(chosen.refreshIntervalSeconds, 45);
    QCOMPARE(chosen.proxyHost, u"gateway.internal"_s);
    QCOMPARE(chosen.proxyPort, quint16(8888));
    QTRY_VERIFY(!dialog);

    // Stored under the keys the window and the confirmation dialog read.
    const QSettings settings;
    QCOMPARE(settings.value(u"refresh/intervalSeconds"_s).toInt(), 45);
    QCOMPARE(settings.value(u"network/proxy"_s).toString(), u"manual"_s);
    QCOMPARE(settings.value(u"network/proxyHost"_s).toString(), u"gateway.internal"_s);
    QCOMPARE(settings.value(u"network/proxyPort"_s).toInt(), 8888);
    QVERIFY(ConfirmationDialog::isSkipped(u"force-reboot"_s));
    QVERIFY(!ConfirmationDialog::isSkipped(u"reboot"_s));
    QVERIFY(AppSettings::load() == chosen);
}

void TestSettingsDialog::confirmationsCanBeTurnedBackOn()
{
    // Skipped the way the confirmation dialog's "Do not ask again" box stores it.
    ConfirmationDialog::setSkipped(u"stop"_s, true);
    ConfirmationDialog::setSkipped(u"enter-rescue"_s, true);
    SettingsDialog *dialog = openDialog(AppSettings::load());
    QVERIFY(!dialog->confirmationBox(u"stop"_s)->isChecked());
    QVERIFY(!dialog->confirmationBox(u"enter-rescue"_s)->isChecked());

    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(1);
    press(child<QPushButton>(dialog, u"askAllButton"_s));
    QVERIFY(dialog->confirmationBox(u"stop"_s)->isChecked());
    clickOk(dialog);

    QVERIFY(!ConfirmationDialog::isSkipped(u"stop"_s));
    QVERIFY(!ConfirmationDialog::isSkipped(u"enter-rescue"_s));
    QVERIFY(AppSettings::load().skippedConfirmations.isEmpty());
}

void TestSettingsDialog::manualProxyNeedsAHost()
{
    QPointer<SettingsDialog> dialog = openDialog(AppSettings());
    QSignalSpy applied(dialog.data(), &SettingsDialog::applied);
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(2);
    press(child<QRadioButton>(dialog, u"proxyManual"_s));
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(0);
    clickOk(dialog);

    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(applied.size(), 0);
    QCOMPARE(dialog->problemText(), u"Enter the host name or address of the proxy server."_s);
    QCOMPARE(child<QTabWidget>(dialog, u"tabs"_s)->currentWidget()->objectName(), u"networkTab"_s);
    QVERIFY(!QSettings().contains(u"network/proxy"_s));

    typeInto(child<QLineEdit>(dialog, u"proxyHost"_s), u"10.0.0.1"_s);
    clickOk(dialog);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(QSettings().value(u"network/proxyHost"_s).toString(), u"10.0.0.1"_s);
}

void TestSettingsDialog::caFileIsCheckedAsTyped()
{
    QPointer<SettingsDialog> dialog = openDialog(AppSettings());
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(2);
    auto *caFile = child<QLineEdit>(dialog, u"caFile"_s);
    auto *status = child<QLabel>(dialog, u"caStatus"_s);
    QVERIFY(status->isHidden());

    const QString missing = m_settingsDir.filePath(u"missing.pem"_s);
    typeInto(caFile, missing);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"The CA certificate file %1 does not exist."_s.arg(missing));
    clickOk(dialog);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->problemText(), status->text());

    const TestCertificates certificates = TestCertificates::create();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
    typeInto(caFile, certificates.caFile);
    QCOMPARE(status->text(), u"The certificates in this file are trusted."_s);
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(AppSettings::load().extraCaCertificateFile, certificates.caFile);
}

void TestSettingsDialog::restoreDefaultsAndCancel()
{
    QPointer<SettingsDialog> dialog = openDialog(storedExample());
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QVERIFY(dialog->settings() == AppSettings());
    QVERIFY(child<QRadioButton>(dialog, u"proxySystem"_s)->isChecked());
    QVERIFY(!child<QLineEdit>(dialog, u"proxyHost"_s)->isEnabled());

    // Cancel keeps what was stored: nothing is written at all.
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(!QSettings().contains(u"refresh/intervalSeconds"_s));
}

void TestSettingsDialog::everyControlHasAName()
{
    SettingsDialog *dialog = openDialog(AppSettings());
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (const QWidget *widget : widgets) {
        const bool isControl =
            qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget) ||
            qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QLineEdit *>(widget);
        if (!isControl || widget->objectName().startsWith(u"qt_"_s) || isPartOfAControl(widget))
            continue;
        const auto *asButton = qobject_cast<const QAbstractButton *>(widget);
        const QString name =
            widget->accessibleName().isEmpty() && asButton ? asButton->text() : widget->accessibleName();
        QVERIFY2(!name.isEmpty(),
                 qPrintable(widget->objectName() + u' ' + QString::fromLatin1(widget->metaObject()->className()) +
                            u" in " + QString::fromLatin1(widget->parent()->metaObject()->className())));
        ++checked;
    }
    QVERIFY2(checked >= 17, qPrintable(QString::number(checked)));
    dialog->reject();
}

void TestSettingsDialog::fileMenuOpensTheDialog()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Settings…"_s);
    QVERIFY(!action->shortcut().isEmpty());
    auto *fileMenu = window.findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(fileMenu->actions().contains(action));

    QTest::keySequence(&window, action->shortcut());
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
    dialog->reject();
}

// The interval, the proxy and the log level change the open session without a restart.
void TestSettingsDialog::appliedSettingsReachTheRunningSession()
{
    SandboxServer sandbox{Sandbox::Options()};
    QVERIFY(sandbox.listen());
    MainWindow window;
    window.show();
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    QSignalSpy loads(&window, &MainWindow::loadFinished);
    window.setSession(
        connection,
        {sandbox.options().tenantId, sandbox.options().clientId, sandbox.options().clientSecret, {u"kronoscloud"_s}},
        u"Sandbox"_s);
    QVERIFY(QTest::qWaitFor([&loads] { return !loads.isEmpty(); }, 20'000));
    QCOMPARE(window.refreshScheduler()->interval(), std::chrono::milliseconds(std::chrono::seconds(30)));
    QCOMPARE(window.apiClient()->network()->proxy().type(), QNetworkProxy::DefaultProxy);
    QVERIFY(!lcApi().isInfoEnabled());

    window.findChild<QAction *>(u"actionSettings"_s)->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    setSpinBox(child<QSpinBox>(dialog, u"refreshInterval"_s), 75);
    child<QComboBox>(dialog, u"logLevel"_s)->setCurrentIndex(2); // Debug
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(2);
    press(child<QRadioButton>(dialog, u"proxyNone"_s));
    clickOk(dialog);

    QCOMPARE(window.refreshScheduler()->interval(), std::chrono::milliseconds(std::chrono::seconds(75)));
    QVERIFY(window.refreshScheduler()->isScheduled());
    QCOMPARE(window.apiClient()->network()->proxy().type(), QNetworkProxy::NoProxy);
    QVERIFY(lcApi().isDebugEnabled());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);

    // The list still loads with the new settings.
    window.refresh();
    QVERIFY(QTest::qWaitFor([&loads] { return loads.size() >= 2; }, 20'000));
    QCOMPARE(loads.last().constFirst().toBool(), true);
}

// The controller hands the window and its dialogs the CA of the settings, unless --extra-ca
// named one; a change applies to the open session.
void TestSettingsDialog::sessionControllerUsesTheCaSetting()
{
    AppSettings settings;
    settings.extraCaCertificateFile = u"/etc/ssl/gateway.pem"_s;
    settings.save();

    MainWindow window;
    QSettings organisations(m_settingsDir.filePath(u"organisations.ini"_s), QSettings::IniFormat);
    const SessionController fromSettings(&window, SessionOptions(), &organisations);
    QCOMPARE(fromSettings.connectionFor({}).extraCaCertificateFile, u"/etc/ssl/gateway.pem"_s);

    SessionOptions withOption;
    withOption.connection.extraCaCertificateFile = u"/from/the/command-line.pem"_s;
    const SessionController fromCommandLine(&window, withOption, &organisations);
    QCOMPARE(fromCommandLine.connectionFor({}).extraCaCertificateFile, u"/from/the/command-line.pem"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
