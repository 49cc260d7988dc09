// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QTimer;

namespace Heficed {

class ServerFilterProxyModel;
class ServerTableModel;

// The status and location filters of the server table: two drop-down lists that offer what the
// list holds right now and set the proxy's filters. A choice stays while refreshes come in, even
// when no server matches it any more, so the view never changes under the user's hands.
class ServerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ServerFilterBar(QWidget *parent = nullptr);

    // Both must outlive this widget or be destroyed with it.
    void setModels(ServerTableModel *model, ServerFilterProxyModel *proxy);

    QComboBox *statusBox() const { return m_status; }
    QComboBox *locationBox() const { return m_location; }

    // Selects by status word or location key; empty selects "all".
    void selectStatus(const QString &status);
    void selectLocation(const QString &locationKey);

    // Offers what the list holds now. Changes to the list call it on their own, once per turn of
    // the event loop however many rows changed.
    void refill();

private:
    void scheduleRefill();
    void refillStatuses();
    void refillLocations();
    void applyStatus();
    void applyLocation();

    QComboBox *m_status;
    QComboBox *m_location;
    QTimer *m_refillTimer;
    QPointer<ServerTableModel> m_model;
    QPointer<ServerFilterProxyModel> m_proxy;
};

} // namespace Heficed
