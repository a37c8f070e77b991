#include "AppraisalSchemeBox.h"

#include "AppraisalSchemeDialog.h"
#include "Clock.h"
#include "common/FormList.h"
#include "db/AppraisalSchemeRepository.h"
#include "model/DomainText.h"
#include "rules/Scorecard.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

AppraisalSchemeBox::AppraisalSchemeBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Agency appraisal scheme"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("appraisalSchemeBox"));
    m_versions = new FormList(QStringLiteral("AppraisalScheme"),
                              { tr("From year"), tr("Items (points)"), tr("Grades from"), tr("Notes") },
                              tr("New version…"), tr("Edit…"));
    m_versions->table()->setWordWrap(true);
    connect(m_versions, &FormList::addRequested, this, &AppraisalSchemeBox::addVersion);
    connect(m_versions, &FormList::editRequested, this, &AppraisalSchemeBox::editVersion);
    connect(m_versions->table(), &QTableWidget::itemSelectionChanged, this,
            [this] { m_versions->editButton()->setEnabled(m_versions->currentKey().isValid()); });
    auto* explanation = new QLabel(tr(
        "The default scheme reads the plan: the agency's duties of section 5.5 (inspections every quarter weigh most, "
        "25 points; on-site surveys 5; baseline documents within three months 10; trainings and drills against the "
        "yearly minimums 10 each; year-end reports 5) and the quality supervision of section 5.4 (rectification rate "
        "15 and on-time rectification 10, with nothing at 50 % or below; the street's spot-check evaluations 10; "
        "each interview takes 2 points and each notice 5, at most 10 each). An item with nothing to measure gives "
        "its full points. Grades: excellent from 90, qualified from 75, basically qualified from 60."));
    explanation->setObjectName(QStringLiteral("appraisalSchemeExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 1);
    layout->addWidget(explanation);
    reload();
}

void AppraisalSchemeBox::reload()
{
    const QList<core::AppraisalScheme> schemes = core::AppraisalSchemeRepository(m_db).list();
    QTableWidget* table = m_versions->table();
    table->setRowCount(static_cast<int>(schemes.size()));
    for (int r = 0; r < schemes.size(); ++r) {
        const core::AppraisalScheme& s = schemes.at(r);
        QStringList items;
        for (const core::AppraisalItem& item : s.items) {
            items << tr("%1 %2%3").arg(core::DomainText::appraisalMeasure(item.measure),
                                       core::isDeduction(item.measure) ? QStringLiteral("-") : QString(),
                                       core::Scorecard::tenthsText(item.weightTenths));
        }
        const QStringList cells
            = { QString::number(s.fromYear), items.join(tr(", ")),
                tr("%1 / %2 / %3")
                    .arg(core::Scorecard::tenthsText(s.excellentTenths), core::Scorecard::tenthsText(s.qualifiedTenths),
                         core::Scorecard::tenthsText(s.basicTenths)),
                s.notes };
        m_versions->setRow(r, cells, s.id);
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(1, 420);
    table->resizeRowsToContents();
    m_versions->editButton()->setEnabled(m_versions->currentKey().isValid());
}

void AppraisalSchemeBox::addVersion()
{
    core::AppraisalScheme next;
    const QList<core::AppraisalScheme> existing = core::AppraisalSchemeRepository(m_db).list();
    if (!existing.isEmpty()) {
        next = existing.last(); // start from the version in force
        next.id = 0;
        next.notes.clear();
    }
    next.fromYear = std::max(core::Clock::today().year() + 1, existing.isEmpty() ? 2000 : existing.last().fromYear + 1);
    AppraisalSchemeDialog dialog(m_db, next, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void AppraisalSchemeBox::editVersion()
{
    const QVariant key = m_versions->currentKey();
    if (!key.isValid()) {
        return;
    }
    const qint64 id = key.toLongLong();
    for (const core::AppraisalScheme& s : core::AppraisalSchemeRepository(m_db).list()) {
        if (s.id == id) {
            AppraisalSchemeDialog dialog(m_db, s, this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
                emit changed();
            }
            return;
        }
    }
}

} // namespace sl::ui
