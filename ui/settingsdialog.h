// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <utility>

class QCheckBox;

namespace Ui {
class SettingsDialog;
}

namespace Heficed {

// File > Settings…: the refresh interval, which confirmations to ask for, the language, the
// proxy, an extra CA certificate and the log level. OK checks the values, saves them to the
// application's QSettings and emits applied(); whoever opened the dialog applies them to the
// running session. Opened with open(); deletes itself when closed.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The settings as the controls say them now.
    AppSettings settings() const;
    // The box of a confirmation (an ActionRules key); null for a key that is not offered.
    QCheckBox *confirmationBox(const QString &key) const;
    // Why OK was refused, empty while nothing is wrong.
    QString problemText() const;

    void accept() override;

Q_SIGNALS:
    void applied(const Heficed::AppSettings &settings);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setupChoices();
    void setupConfirmations();
    void fill(const AppSettings &settings);
    void updateProxyFields();
    void checkCaFile();
    void browseCaFile();
    void askBeforeEveryAction();
    void restoreDefaults();
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<std::pair<QString, QCheckBox *>> m_confirmations; // ActionRules key and its box
    AppSettings m_initial;                                  // keeps skipped confirmations this version does not offer
};

} // namespace Heficed
