#include "ImportPreviewDialog.h"

#include "common/FormErrors.h"
#include "common/StatusStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

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
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Enterprise"), tr("Credit code"), tr("Action"), tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(1, 220);
    m_table->horizontalHeader()->resizeSection(2, 170);
    m_error = FormErrors::makeLabel(QStringLiteral("importError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_update);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 560);
    prepare();
}

void ImportPreviewDialog::prepare()
{
    m_preview = core::EnterpriseImport::prepare(m_db, m_path, m_update->isChecked());
    m_table->setRowCount(0);
    if (!m_preview.fileProblem.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported."));
        FormErrors::show(m_error, m_preview.fileProblem);
        m_import->setEnabled(false);
        return;
    }
    FormErrors::show(m_error, QString());
    m_table->setRowCount(static_cast<int>(m_preview.rows.size()));
    for (int i = 0; i < m_preview.rows.size(); ++i) {
        const core::EnterpriseImport::Row& r = m_preview.rows.at(i);
        const QString action = !r.problem.isEmpty() ? tr("Refused") : (r.updatesExisting ? tr("Update") : tr("Add"));
        const QStringList cells
            = { QString::number(r.line), r.enterprise.name, r.enterprise.creditCode, action, r.problem };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!r.problem.isEmpty()) {
                item->setForeground(StatusStyle::colour(StatusStyle::Tone::Bad));
            }
            m_table->setItem(i, c, item);
        }
    }
    QString summary = tr("%1 rows can be imported, %2 are refused and will be left out.")
                          .arg(m_preview.good())
                          .arg(m_preview.bad());
    if (!m_preview.unknownColumns.isEmpty()) {
        summary
            += QLatin1Char(' ') + tr("Columns not read: %1.").arg(m_preview.unknownColumns.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);
    m_import->setEnabled(m_preview.good() > 0);
}

void ImportPreviewDialog::accept()
{
    QString backup;
    QString error;
    if (!core::EnterpriseImport::commit(m_db, m_preview, &m_inserted, &m_updated, &backup, &error)) {
        FormErrors::show(m_error, error);
        return;
    }
    QDialog::accept();
}

} // namespace sl::ui
