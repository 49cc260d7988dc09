// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitydetailsdialog.h"

#include <QDockWidget>
#include <QPointer>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Heficed {

class ActivityModel;

// The activity view under the server table: every server action and routing request, newest
// first, failed ones in red. Opening a row (double-click or Enter) shows its request and response; the buttons copy
// a row as curl, export the history to a file and clear it.
class ActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityDock(ActivityModel *model, QWidget *parent = nullptr);

    // The header, about six rows and the buttons: the latest actions, without taking the room of
    // the server table. The window's saved state keeps the height the user gives it.
    int defaultHeight() const;

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The details dialog opened last, while it is open (for tests).
    ActivityDetailsDialog *detailsDialog() const { return m_details; }

    void openDetails(const QModelIndex &index);
    void openCurrentDetails();
    void copyCurrentAsCurl();
    void exportHistory();
    void clearHistory();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void setupView();
    void setupButtons(QWidget *page);
    void updateButtons();
    int currentSourceRow() const;

    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_curlButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPointer<ActivityDetailsDialog> m_details;
};

} // namespace Heficed
