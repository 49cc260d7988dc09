// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydetailsdialog.h"

#include "actions/activitymodel.h"
#include "actions/secretmasker.h"
#include "ui_activitydetailsdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHideEvent>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

const QString geometryKey = u"activityDetails/geometry"_s;

// JSON indented for reading; anything else as it came. Masked again: what is shown is never raw.
QString readableBody(const QByteArray &body)
{
    const QByteArray masked = SecretMasker::maskBody(body);
    const QJsonDocument document = QJsonDocument::fromJson(masked);
    if (!document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(masked);
}

} // namespace

ActivityDetailsDialog::ActivityDetailsDialog(const ActivityEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityDetailsDialog>())
    , m_entry(entry)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 – %2").arg(entry.actionText(), entry.serverText()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestBody->setFont(fixed);
    m_ui->responseBody->setFont(fixed);

    QPushButton *copy = m_ui->buttons->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyCurlButton"_s);
    copy->setToolTip(tr("Copy a curl command that repeats this request; set HEFICED_TOKEN to an access token first"));
    connect(copy, &QPushButton::clicked, this, &ActivityDetailsDialog::copyCurl);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillSummary();
    fillExchange();
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

ActivityDetailsDialog::~ActivityDetailsDialog() = default;

void ActivityDetailsDialog::fillSummary()
{
    m_ui->serverValue->setText(m_entry.serverText());
    m_ui->actionValue->setText(m_entry.reason.isEmpty()
                                   ? m_entry.actionText()
                                   : tr("%1 (reason: %2)").arg(m_entry.actionText(), m_entry.reason));
    QString outcome = ActivityEntry::stateText(m_entry.state);
    if (m_entry.durationMs >= 0)
        outcome = tr("%1 after %2").arg(outcome, ActivityModel::durationText(m_entry.durationMs));
    m_ui->stateValue->setText(outcome);
    m_ui->timeValue->setText(QLocale().toString(m_entry.time.toLocalTime(), QLocale::LongFormat));
    m_ui->messageValue->setText(m_entry.message);
}

void ActivityDetailsDialog::fillExchange()
{
    m_ui->requestLine->setText(QString::fromLatin1(m_entry.requestMethod) + u' ' + m_entry.requestUrl);
    m_ui->requestBody->setPlainText(m_entry.requestBody.isEmpty() ? tr("(no body)")
                                                                  : readableBody(m_entry.requestBody));

    QString status = m_entry.responseStatus > 0 ? tr("HTTP %1").arg(m_entry.responseStatus) : tr("No answer arrived.");
    if (!m_entry.problemDetail.isEmpty())
        status += u'\n' + tr("Problem: %1").arg(m_entry.problemDetail);
    m_ui->responseLine->setText(status);
    // Rows stored before error answers were kept have a status but no body.
    const bool failed =
        m_entry.state == ActivityEntry::State::Failed && m_entry.responseStatus > 0 && m_entry.responseBody.isEmpty();
    m_ui->responseBody->setPlainText(!m_entry.responseBody.isEmpty() ? readableBody(m_entry.responseBody)
                                     : failed                        ? tr("(the body of an error answer is not kept)")
                                                                     : tr("(no body)"));
}

QString ActivityDetailsDialog::requestText() const
{
    return m_ui->requestLine->text() + u'\n' + m_ui->requestBody->toPlainText();
}

QString ActivityDetailsDialog::responseText() const
{
    return m_ui->responseLine->text() + u'\n' + m_ui->responseBody->toPlainText();
}

QPushButton *ActivityDetailsDialog::copyCurlButton() const
{
    return findChild<QPushButton *>(u"copyCurlButton"_s);
}

void ActivityDetailsDialog::copyCurl()
{
    QGuiApplication::clipboard()->setText(m_entry.curlCommand());
}

void ActivityDetailsDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace Heficed
