#include "ImportPreviewDialog.h"

#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/StatusStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

enum Column { LineColumn, NameColumn, CodeColumn, ActionColumn, ReasonColumn, ColumnCount };

} // namespace

ImportPreviewDialog::ImportPreviewDialog(core::Database& db, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import enterprises: %1").arg(QFileInfo(path).fileName()));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_update = new QCheckBox(tr("Update existing enterprises (same credit code)"));
    m_update->setObjectName(QStringLiteral("updateExistingCheck"));
    connect(m_update, &QCheckBox::toggled, this, &ImportPreviewDialog::prepare);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Enterprise"), tr("Credit code"), tr("Action"), tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A reason is read in full: wrapped in its cell, never cut off with "…".
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(LineColumn, 50);
    m_table->horizontalHeader()->resizeSection(NameColumn, 200);
    m_table->horizontalHeader()->resizeSection(CodeColumn, 170);
    m_table->horizontalHeader()->resizeSection(ActionColumn, 70);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ImportPreviewDialog::showReason);
    // The selected row's whole reason once more, under the table, where it has the dialog's full width.
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("importReasonDetail"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Bad));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("importNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_error = FormErrors::makeLabel(QStringLiteral("importError"));

    m_template = new QPushButton(tr("Download template…"));
    m_template->setObjectName(QStringLiteral("importTemplateButton"));
    m_template->setToolTip(tr("An empty list with exactly the columns import reads"));
    m_template->setAutoDefault(false);
    connect(m_template, &QPushButton::clicked, this, &ImportPreviewDialog::saveTemplate);
    m_saveRefused = new QPushButton(tr("Save the rows not imported…"));
    m_saveRefused->setObjectName(QStringLiteral("saveRefusedButton"));
    m_saveRefused->setToolTip(tr("The refused rows with their reasons, as a file to correct and import again"));
    m_saveRefused->setAutoDefault(false);
    connect(m_saveRefused, &QPushButton::clicked, this, &ImportPreviewDialog::saveRefusedRows);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importGood = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importGood->setObjectName(QStringLiteral("importGoodButton"));
    m_importGood->setAutoDefault(false);
    connect(m_importGood, &QPushButton::clicked, this, &ImportPreviewDialog::importGoodRows);
    m_import = buttons->addButton(tr("Import all"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_template);
    buttonRow->addWidget(m_saveRefused);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_update);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addLayout(buttonRow);
    // Enter is Import all; set once the button is inside the dialog, or the dialog picks its own default.
    m_import->setDefault(true);
    resize(1000, 600);
    ScreenFit::fitToScreen(this);
    prepare();
}

bool ImportPreviewDialog::isWorkbook() const
{
    return QFileInfo(m_path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

void ImportPreviewDialog::prepare()
{
    m_preview = core::EnterpriseImport::prepare(m_db, m_path, m_update->isChecked());
    m_table->setRowCount(0);
    m_reason->clear();
    m_reason->hide();
    if (!m_preview.fileProblem.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported."));
        FormErrors::show(m_error, m_preview.fileProblem);
        m_import->setEnabled(false);
        m_importGood->hide();
        m_saveRefused->setEnabled(false);
        return;
    }
    FormErrors::show(m_error, QString());
    m_table->setRowCount(static_cast<int>(m_preview.rows.size()));
    int firstRefused = -1;
    for (int i = 0; i < m_preview.rows.size(); ++i) {
        const core::EnterpriseImport::Row& r = m_preview.rows.at(i);
        const QString action = !r.problem.isEmpty() ? tr("Refused") : (r.updatesExisting ? tr("Update") : tr("Add"));
        const QStringList cells
            = { QString::number(r.line), r.enterprise.name, r.enterprise.creditCode, action, r.problem };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!r.problem.isEmpty()) {
                item->setForeground(StatusStyle::colour(StatusStyle::Tone::Bad));
                item->setToolTip(r.problem);
            }
            m_table->setItem(i, c, item);
        }
        if (!r.problem.isEmpty() && firstRefused < 0) {
            firstRefused = i;
        }
    }
    m_table->resizeRowsToContents();
    const int good = m_preview.good();
    const int bad = m_preview.bad();
    QString summary;
    if (bad == 0) {
        summary = tr("All %n row(s) can be imported.", nullptr, good);
    } else {
        summary = tr("%1 rows can be imported, %2 are refused. Import all imports nothing while a row is refused: "
                     "correct the refused rows, or import only the good ones and save the others to correct.")
                      .arg(good)
                      .arg(bad);
    }
    if (!m_preview.unknownColumns.isEmpty()) {
        summary
            += QLatin1Char(' ') + tr("Columns not read: %1.").arg(m_preview.unknownColumns.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);
    m_import->setEnabled(!m_preview.rows.isEmpty());
    m_importGood->setText(tr("Import only the %1 good rows (leave out %2)").arg(good).arg(bad));
    m_importGood->setVisible(bad > 0);
    m_importGood->setEnabled(bad > 0 && good > 0);
    m_saveRefused->setEnabled(bad > 0);
    if (firstRefused >= 0) {
        m_table->setCurrentCell(firstRefused, ReasonColumn);
    }
    showReason();
}

void ImportPreviewDialog::showReason()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_preview.rows.size() || m_preview.rows.at(row).problem.isEmpty()) {
        m_reason->clear();
        m_reason->hide();
        return;
    }
    const core::EnterpriseImport::Row& r = m_preview.rows.at(row);
    m_reason->setText(tr("Line %1: %2").arg(r.line).arg(r.problem));
    m_reason->show();
}

void ImportPreviewDialog::accept()
{
    QString backup;
    QString error;
    if (!core::EnterpriseImport::commitAll(m_db, m_preview, &m_inserted, &m_updated, &backup, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    m_leftOut = 0;
    QDialog::accept();
}

void ImportPreviewDialog::importGoodRows()
{
    const int good = m_preview.good();
    const int bad = m_preview.bad();
    if (bad == 0 || good == 0) {
        return;
    }
    const QString question
        = tr("Import only the %1 good rows? %2 refused rows will be left out and not imported; save them with \"Save "
             "the rows not imported…\" to correct them and import them later.")
              .arg(good)
              .arg(bad);
    if (MessageBox::question(this, tr("Import only the good rows"), question) != QMessageBox::Yes) {
        return;
    }
    QString backup;
    QString error;
    if (!core::EnterpriseImport::commit(m_db, m_preview, &m_inserted, &m_updated, &backup, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    m_leftOut = bad;
    QDialog::accept();
}

void ImportPreviewDialog::saveRefusedRows()
{
    const QFileInfo source(m_path);
    const QString suffix = isWorkbook() ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString filter = isWorkbook() ? tr("Excel workbook (*.xlsx)") : tr("CSV for Excel (*.csv)");
    QString path = FileDialog::getSaveFileName(
        this, tr("Save the rows not imported"),
        tr("%1 (not imported)").arg(source.completeBaseName()) + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    QString error;
    if (!core::EnterpriseImport::writeRefused(m_preview, path, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    FormErrors::show(m_error, QString());
    m_note->setText(tr("The %1 refused rows are saved with their reasons in %2. Correct them there and import that "
                       "file again; the reason column is not read.")
                        .arg(m_preview.bad())
                        .arg(QDir::toNativeSeparators(path)));
    m_note->show();
}

void ImportPreviewDialog::saveTemplate()
{
    const QString suffix = isWorkbook() ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString filter = isWorkbook()
        ? tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + tr("CSV for Excel (*.csv)")
        : tr("CSV for Excel (*.csv)") + QStringLiteral(";;") + tr("Excel workbook (*.xlsx)");
    QString path = FileDialog::getSaveFileName(this, tr("Download the import template"),
                                               tr("Enterprise list template") + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    QString error;
    if (!core::EnterpriseImport::writeTemplate(path, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    FormErrors::show(m_error, QString());
    m_note->setText(tr("The template is saved in %1: one column per field import reads; %2 are required.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(core::EnterpriseImport::requiredHeaderNames().join(QStringLiteral(", "))));
    m_note->show();
}

} // namespace sl::ui
