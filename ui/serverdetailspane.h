// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/instance.h"

#include <QWidget>

#include <chrono>
#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class ServerDetailsPane;
}

namespace Heficed {

// Everything the API says about one server, grouped as people look for it: general, network, OS
// template, hardware, billing. Unknown values are blank. Hostname, ID and every address can be
// copied; the root password stays hidden until revealed, and a copied password is taken off the
// clipboard again after a while if it is still there.
class ServerDetailsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultClipboardClearInterval = std::chrono::seconds(30);

    explicit ServerDetailsPane(QWidget *parent = nullptr);
    ~ServerDetailsPane() override;

    // Shows `instance`. The same server again (a refresh) keeps the password as it was; another
    // server hides it. `statusText` is the status as the table's row reads it, e.g. "stopping…"
    // while an action of the panel is in flight; empty: the instance's own status.
    void setInstance(const Instance &instance, const QString &statusText = {});
    // Shows no server: none selected (`selectedCount` 0) or several.
    void showNoInstance(int selectedCount = 0);

    bool hasInstance() const { return m_instance.isValid(); }
    qint64 instanceId() const { return m_instance.id; }
    bool isPasswordRevealed() const;

    // How long a copied password stays on the clipboard; tests make it short.
    void setClipboardClearInterval(std::chrono::milliseconds interval) { m_clearInterval = interval; }

public Q_SLOTS:
    void setPasswordRevealed(bool revealed);
    void copyPassword();

Q_SIGNALS:
    // A sentence for the status bar, e.g. after copying. Never holds the password.
    void message(const QString &text);

private:
    void setupButtons();
    void fillGeneral();
    void fillNetwork();
    void fillTemplate();
    void fillHardware();
    void fillBilling();
    void fillAdditionalAddresses();
    void showPassword();

    void copyText(const QString &text, const QString &what);
    void clearClipboardIfStillPassword();

    std::unique_ptr<Ui::ServerDetailsPane> m_ui;
    Instance m_instance;
    QString m_statusText;
    QTimer *m_clipboardTimer;
    std::chrono::milliseconds m_clearInterval = DefaultClipboardClearInterval;
    QString m_passwordOnClipboard; // what was copied, to know whether the clipboard still holds it
};

} // namespace Heficed
