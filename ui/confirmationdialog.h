// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAbstractButton;
class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace Ui {
class ConfirmationDialog;
}

namespace Heficed {

// The one way the panel asks a person to confirm something. It is opened with open(), never
// exec(), deletes itself when closed, and calls back only on acceptance. GUI tests find the
// open dialog as a child of the window and answer it through its widgets.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString title;
        QString question;           // one sentence, e.g. "Stop these 3 servers?"
        QStringList items;          // the servers affected, one line each
        QString note;               // e.g. which selected servers are skipped; empty for none
        QString acceptText;         // the accepting button, e.g. "Stop Servers"
        QString rejectText;         // empty: "Cancel"
        QString dontAskKey;         // settings key that lets the person skip it; empty: always asked
        QString typeToConfirm;      // text the person must type before accepting; empty: none
        bool cancelOptions = false; // asks "immediately or at period end" and a reason
        bool destructive = false;
    };

    struct Answer
    {
        bool immediately = true; // cancelOptions only
        QString reason;          // cancelOptions only
    };

    using Callback = std::function<void(const Answer &answer)>;

    // Asks, or answers at once when the person chose not to be asked again for `dontAskKey`.
    // `done` runs on acceptance, unless `context` is gone by then. Returns the open dialog, or
    // null when it answered at once.
    static ConfirmationDialog *ask(QWidget *parent, const Request &request, QObject *context, Callback done);

    // Whether `key` is set not to ask, and resetting it (for a "Reset confirmations" setting).
    static bool isSkipped(const QString &dontAskKey);
    static void setSkipped(const QString &dontAskKey, bool skipped);

    ~ConfirmationDialog() override;

    const Request &request() const { return m_request; }
    QAbstractButton *acceptButton() const;
    QLineEdit *typeField() const;
    QLineEdit *reasonField() const;
    QCheckBox *dontAskBox() const;
    QRadioButton *immediateButton() const;
    QRadioButton *periodEndButton() const;

private:
    ConfirmationDialog(QWidget *parent, const Request &request, QObject *context, Callback done);

    void fill();
    void updateAcceptButton();
    void onAccepted();

    std::unique_ptr<Ui::ConfirmationDialog> m_ui;
    Request m_request;
    QPointer<QObject> m_context;
    Callback m_done;
};

} // namespace Heficed
