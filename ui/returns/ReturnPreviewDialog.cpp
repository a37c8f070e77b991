#include "ReturnPreviewDialog.h"

#include "common/FormErrors.h"
#include "common/StatusStyle.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

ReturnPreviewDialog::ReturnPreviewDialog(core::Database& db, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("returnPreviewDialog"));
    setWindowTitle(tr("Import a return: %1").arg(QFileInfo(path).fileName()));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("returnPreviewTable"));
    m_table->setHorizontalHeaderLabels({ tr("Sheet"), tr("Row"), tr("Action"), tr("Content or reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->resizeSection(0, 110);
    m_table->horizontalHeader()->resizeSection(1, 50);
    m_table->horizontalHeader()->resizeSection(2, 90);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_error = FormErrors::makeLabel(QStringLiteral("returnError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importReturnButton"));
    m_refuse = buttons->addButton(tr("Note as refused"), QDialogButtonBox::ActionRole);
    m_refuse->setObjectName(QStringLiteral("recordRefusalButton"));
    m_refuse->setToolTip(tr("Keep a note that this file was refused, so the quarter's list shows it; nothing "
                            "of the file is imported."));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnPreviewDialog::reject);
    connect(m_refuse, &QPushButton::clicked, this, &ReturnPreviewDialog::recordRefusal);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(960, 600);

    m_preview = core::ReturnImport::prepare(m_db, path);
    if (!m_preview.fileProblem.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported."));
        FormErrors::show(m_error, m_preview.fileProblem);
        m_import->setEnabled(false);
        m_refuse->setVisible(false);
        return;
    }
    // Refused rows first: they are what the clerk must send back.
    for (const core::ReturnImport::Refusal& r : m_preview.refusals) {
        addRow(core::ReturnWorkbook::sheetName(r.sheet), r.row, tr("Refused"), r.reason, true);
    }
    for (const core::ReturnImport::Change& c : m_preview.withdrawals) {
        addRow(core::ReturnWorkbook::sheetName(c.sheet), c.row, tr("Taken back"), c.what, false);
    }
    for (const core::ReturnImport::Change& c : m_preview.additions) {
        addRow(core::ReturnWorkbook::sheetName(c.sheet), c.row, tr("Add"), c.what, false);
    }
    m_table->resizeRowsToContents();
    QString summary = m_preview.summary();
    if (m_preview.previousReturnId > 0 && !m_preview.sameFileAgain) {
        summary += QLatin1Char(' ')
            + (m_preview.withdrawals.isEmpty()
                   ? tr(
                       "It replaces the return %1 received earlier for the same quarter; what that file brought stays.")
                   : tr("It corrects the return %1 received earlier for the same quarter: what that file brought and "
                        "this one no longer has is taken back."))
                  .arg(m_preview.previousFileName);
    }
    m_summary->setText(summary);
    m_import->setEnabled(m_preview.canCommit());
    m_import->setDefault(m_preview.canCommit());
    m_refuse->setVisible(!m_preview.refusals.isEmpty());
}

void ReturnPreviewDialog::addRow(const QString& sheet, int row, const QString& action, const QString& text,
                                 bool refused)
{
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    const QStringList cells = { sheet, row > 0 ? QString::number(row) : QStringLiteral("-"), action, text };
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (refused) {
            item->setForeground(StatusStyle::colour(StatusStyle::Tone::Bad));
        }
        m_table->setItem(at, c, item);
    }
}

void ReturnPreviewDialog::accept()
{
    QString error;
    if (!core::ReturnImport::commit(m_db, m_preview, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    QDialog::accept();
}

void ReturnPreviewDialog::recordRefusal()
{
    QString error;
    if (!core::ReturnImport::recordRefusal(m_db, m_preview, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    QDialog::reject();
}

} // namespace sl::ui
