#include "BaselineDialog.h"

#include "Clock.h"
#include "audit/HistoryTab.h"
#include "common/EnterpriseTitle.h"
#include "common/FormErrors.h"
#include "db/BaselineRepository.h"
#include "db/Database.h"
#include "model/DomainText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sl::ui {

BaselineDialog::BaselineDialog(core::Database& db, qint64 enterpriseId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("baselineDialog"));
    setWindowTitle(tr("Baseline documents"));
    auto* title = EnterpriseTitle::make(m_db, enterpriseId);

    const QList<core::BaselineDocument> existing = core::BaselineRepository(m_db).listOf(enterpriseId);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Document")), 0, 0);
    grid->addWidget(new QLabel(tr("Completed on")), 0, 1);
    grid->addWidget(new QLabel(tr("Notes")), 0, 2);
    int line = 1;
    for (core::BaselineKind kind : core::allBaselineKinds()) {
        Row row;
        row.kind = kind;
        for (const core::BaselineDocument& d : existing) {
            if (d.kind == kind) {
                row.original = d;
            }
        }
        const QString key = core::baselineKindKey(kind);
        row.done = new QCheckBox(core::DomainText::baselineKind(kind));
        row.done->setObjectName(key + QStringLiteral("Check"));
        row.done->setChecked(row.original.completedOn.isValid());
        row.date = FormErrors::makeDate(key + QStringLiteral("Date"));
        row.date->setMaximumDate(core::Clock::today());
        row.date->setDate(row.original.completedOn.isValid() ? row.original.completedOn : core::Clock::today());
        row.date->setEnabled(row.done->isChecked());
        row.notes = new QLineEdit(row.original.notes);
        row.notes->setObjectName(key + QStringLiteral("Notes"));
        row.notes->setMaxLength(4000);
        connect(row.done, &QCheckBox::toggled, row.date, &QWidget::setEnabled);
        grid->addWidget(row.done, line, 0);
        grid->addWidget(row.date, line, 1);
        grid->addWidget(row.notes, line, 2);
        ++line;
        m_rows.append(row);
    }
    grid->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(grid);
    addFrame(layout);
    // 历史: what was changed in these documents, by whom (none while the enterprise has no document on file yet).
    QList<qint64> ids;
    for (const core::BaselineDocument& d : existing) {
        if (d.id != 0) {
            ids << d.id;
        }
    }
    HistoryTab::attach(this, m_db, QStringLiteral("baseline_document"), ids);
    resize(620, sizeHint().height());
}

bool BaselineDialog::save(QString* error)
{
    QList<core::BaselineDocument> documents;
    for (const Row& row : std::as_const(m_rows)) {
        core::BaselineDocument d;
        d.enterpriseId = m_enterpriseId;
        d.kind = row.kind;
        d.completedOn = row.done->isChecked() ? row.date->date() : QDate();
        d.notes = row.notes->text().trimmed();
        documents.append(d);
    }
    return core::BaselineRepository(m_db).saveDocuments(m_enterpriseId, documents, error);
}

} // namespace sl::ui
