// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydock.h"

#include "actions/activitymodel.h"
#include "activitydetailsdialog.h"
#include "confirmationdialog.h"
#include "uilogging.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Heficed {

using namespace Qt::StringLiterals;

ActivityDock::ActivityDock(ActivityModel *model, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"activityDock"_s);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ActivityModel::RawValueRole);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    m_view = new QTableView(page);
    layout->addWidget(m_view);
    setupView();
    setupButtons(page);
    setWidget(page);
    updateButtons();
}

int ActivityDock::defaultHeight() const
{
    constexpr int VisibleRows = 6;
    const int viewHeight = m_view->horizontalHeader()->sizeHint().height() +
                           VisibleRows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    const QLayout *layout = widget()->layout();
    const QMargins margins = layout->contentsMargins();
    const int pageHeight =
        margins.top() + viewHeight + layout->spacing() + m_detailsButton->sizeHint().height() + margins.bottom();
    // The title bar and frame of the dock around its page.
    const int chrome = qMax(0, sizeHint().height() - widget()->sizeHint().height());
    return pageHeight + chrome;
}

void ActivityDock::setupView()
{
    m_view->setObjectName(u"activityView"_s);
    m_view->setAccessibleName(tr("Server actions, routing requests and their results"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->sortByColumn(ActivityModel::Time, Qt::DescendingOrder);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(ActivityModel::Time, width(u"12/31/30 12:59 PM"_s));
    header->resizeSection(ActivityModel::Server, width(u"cache-14.example.com (312019)"_s));
    // Routing labels go on to name the server, which the Server column shows already.
    header->resizeSection(ActivityModel::Action, width(u"Release subnet 198.18.100.128/25"_s));
    header->resizeSection(ActivityModel::State, width(u"timed out"_s) + 20);
    header->resizeSection(ActivityModel::HttpStatus, width(u"HTTP"_s));
    header->resizeSection(ActivityModel::Duration, width(u"Duration"_s));
    header->setSectionResizeMode(ActivityModel::Message, QHeaderView::Stretch);

    connect(m_view, &QAbstractItemView::activated, this, &ActivityDock::openDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityDock::updateButtons);
}

void ActivityDock::setupButtons(QWidget *page)
{
    auto *row = new QHBoxLayout;
    m_detailsButton = new QPushButton(tr("&Details…"), page);
    m_detailsButton->setToolTip(tr("Show the request and the response of the selected action"));
    m_curlButton = new QPushButton(tr("Copy as c&url"), page);
    m_curlButton->setToolTip(tr("Copy a curl command that repeats the selected request, with the token as "
                                "$HEFICED_TOKEN"));
    m_exportButton = new QPushButton(tr("E&xport…"), page);
    m_exportButton->setToolTip(tr("Save the activity of this organisation as a JSON Lines file"));
    m_clearButton = new QPushButton(tr("C&lear History…"), page);
    m_clearButton->setToolTip(tr("Delete the stored activity of this organisation"));
    row->addWidget(m_detailsButton);
    row->addWidget(m_curlButton);
    row->addStretch(1);
    row->addWidget(m_exportButton);
    row->addWidget(m_clearButton);
    qobject_cast<QVBoxLayout *>(page->layout())->addLayout(row);

    connect(m_detailsButton, &QPushButton::clicked, this, &ActivityDock::openCurrentDetails);
    connect(m_curlButton, &QPushButton::clicked, this, &ActivityDock::copyCurrentAsCurl);
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityDock::exportHistory);
    connect(m_clearButton, &QPushButton::clicked, this, &ActivityDock::clearHistory);
}

void ActivityDock::updateButtons()
{
    const bool hasCurrent = currentSourceRow() >= 0;
    m_detailsButton->setEnabled(hasCurrent);
    m_curlButton->setEnabled(hasCurrent);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    m_clearButton->setEnabled(m_model->rowCount() > 0);
}

int ActivityDock::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ActivityDock::openDetails(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    if (m_details)
        m_details->close();
    m_details = new ActivityDetailsDialog(m_model->entry(row), window());
    m_details->show();
}

void ActivityDock::openCurrentDetails()
{
    openDetails(m_view->selectionModel()->currentIndex());
}

void ActivityDock::copyCurrentAsCurl()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(m_model->entry(row).curlCommand());
    Q_EMIT statusMessage(
        tr("Copied a curl command for %1; set HEFICED_TOKEN before running it.").arg(m_model->entry(row).serverText()));
}

void ActivityDock::exportHistory()
{
    auto *dialog = new QFileDialog(window(), tr("Export Activity"), {}, tr("JSON Lines (*.jsonl);;All files (*)"));
    dialog->setObjectName(u"exportActivityDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"jsonl"_s);
    dialog->selectFile(u"heficed-activity.jsonl"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (m_model->exportTo(path, &error))
            Q_EMIT statusMessage(tr("Saved the activity to %1.").arg(path));
        else
            Q_EMIT statusMessage(tr("Could not save the activity to %1: %2").arg(path, error));
    });
    dialog->open();
}

void ActivityDock::clearHistory()
{
    ConfirmationDialog::Request request;
    request.title = tr("Clear Activity History");
    request.question = tr("Delete the stored activity of this organisation? This cannot be undone.");
    request.acceptText = tr("Clear History");
    request.destructive = true;
    ConfirmationDialog::ask(window(), request, this, [this](const ConfirmationDialog::Answer &) {
        m_model->clearHistory();
        qCInfo(lcUi) << "Activity history cleared";
        Q_EMIT statusMessage(tr("The activity history was cleared."));
    });
}

} // namespace Heficed
