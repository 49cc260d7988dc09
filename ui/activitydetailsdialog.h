// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/activityentry.h"

#include <QDialog>

#include <memory>

class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ActivityDetailsDialog;
}

namespace Heficed {

// One server action in full: what it did and how it ended, the request (method, address, body)
// and the response (status, body), secrets masked, and "Copy as curl" to repeat the request by
// hand with the token left as $HEFICED_TOKEN. Not modal; deletes itself when closed.
class ActivityDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivityDetailsDialog(const ActivityEntry &entry, QWidget *parent = nullptr);
    ~ActivityDetailsDialog() override;

    const ActivityEntry &entry() const { return m_entry; }
    QString requestText() const;
    QString responseText() const;
    QPushButton *copyCurlButton() const;

    void copyCurl();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void fillSummary();
    void fillExchange();

    std::unique_ptr<Ui::ActivityDetailsDialog> m_ui;
    ActivityEntry m_entry;
};

} // namespace Heficed
