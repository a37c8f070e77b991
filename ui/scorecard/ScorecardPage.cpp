#include "ScorecardPage.h"

#include "Clock.h"
#include "EvaluationDialog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "common/RecordActions.h"
#include "common/RecordTable.h"
#include "common/StatusStyle.h"
#include "db/AppraisalRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/SettingRepository.h"
#include "model/DomainText.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/ScorecardDocument.h"
#include "reports/ScorecardTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    return RecordTable::createList(objectName, headers);
}

} // namespace

ScorecardPage::ScorecardPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("scorecardPage"));
    buildUi();
}

void ScorecardPage::buildUi()
{
    auto* toolbar = new QToolBar;
    m_evaluate = toolbar->addAction(tr("Add evaluation…"), this, &ScorecardPage::addEvaluation);
    m_evaluate->setObjectName(QStringLiteral("addEvaluationAction"));
    m_print = toolbar->addAction(tr("Print preview"), this, &ScorecardPage::printPreview);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = toolbar->addAction(tr("Save sheet as PDF…"), this, &ScorecardPage::savePdf);
    m_pdf->setObjectName(QStringLiteral("pdfAction"));
    QAction* csv = toolbar->addAction(tr("Export…"), this, &ScorecardPage::exportCsv);
    csv->setObjectName(QStringLiteral("exportAction"));
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    toolbar->addSeparator();
    m_confirm = toolbar->addAction(tr("Confirm year"), this, &ScorecardPage::confirmYear);
    m_confirm->setObjectName(QStringLiteral("confirmYearAction"));
    m_reopen = toolbar->addAction(tr("Reopen year…"), this, &ScorecardPage::reopenYear);
    m_reopen->setObjectName(QStringLiteral("reopenYearAction"));
    RecordActions::addToPage(this, toolbar);
    m_yearSpin = new QSpinBox;
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setSuffix(core::DomainText::yearSuffix());
    m_yearSpin->setValue(core::Clock::today().year());
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &ScorecardPage::reload);
    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Year")));
    top->addWidget(m_yearSpin);

    // The appraisal's total and grade first, after the agency: what the clerk looks for at renewal.
    m_table = makeTable(QStringLiteral("scorecardTable"),
                        { tr("Agency"), tr("Total"), tr("Grade"), core::DomainText::enterprisesServedThisYear(),
                          tr("Inspections required"), tr("Inspections done"), core::DomainText::inspectionsDoneSoFar(),
                          tr("Hazards found"), tr("Closed"), tr("Rectification rate"), tr("On-time rate"),
                          tr("Overdue"), tr("Trainings %"), tr("Drills %"), tr("Obligations met"),
                          tr("Interviews / notices"), tr("Score") });
    m_table->horizontalHeader()->setDefaultSectionSize(84);
    m_table->horizontalHeader()->resizeSection(0, 220);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ScorecardPage::fillEvaluations);
    m_evaluations = makeTable(QStringLiteral("evaluationTable"), { tr("Date"), tr("Score"), tr("Remarks") });
    m_interviews = makeTable(QStringLiteral("interviewTable"),
                             { tr("Date"), tr("Kind"), tr("Enterprise"), tr("Reason"), tr("Outcome") });
    auto* lower = new QSplitter;
    lower->addWidget(m_evaluations);
    lower->addWidget(m_interviews);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    auto* note = new QLabel(tr("Rectification rate = hazards closed ÷ hazards found in the year; on-time rate = closed "
                               "by the (extended) deadline ÷ found. Completion rates count at most the required "
                               "number per enterprise. Total and grade: the appraisal scheme of Settings applied to "
                               "these figures; the printed sheet shows every item."));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("appraisalState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    layout->addWidget(note);
}

void ScorecardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void ScorecardPage::reload()
{
    m_stale = !isVisible();
    if (m_stale) {
        return;
    }
    const qint64 keep = currentAgency();
    m_year = core::ScorecardYear::load(m_db, m_yearSpin->value(), core::Clock::today());
    m_table->setRowCount(static_cast<int>(m_year.rows().size()));
    for (int row = 0; row < m_year.rows().size(); ++row) {
        const core::Scorecard::Row& r = m_year.rows().at(row);
        const core::Scorecard::Count inspections = r.count(core::ObligationKind::Inspection);
        const core::Appraisal appraisal = m_year.appraisal(r.agencyId);
        const bool scored = m_year.isAppraised(r.agencyId);
        const QStringList cells = { m_year.agencyName(r.agencyId),
                                    scored ? core::Scorecard::tenthsText(appraisal.totalTenths) : QString(),
                                    scored ? core::DomainText::appraisalGrade(appraisal.grade) : QString(),
                                    QString::number(r.enterprises),
                                    QString::number(inspections.required),
                                    QString::number(inspections.done),
                                    core::Scorecard::percentText(inspections.percent()),
                                    QString::number(r.hazardsFound),
                                    QString::number(r.hazardsClosed),
                                    core::Scorecard::percentText(r.rectificationRate()),
                                    core::Scorecard::percentText(r.onTimeRate()),
                                    QString::number(r.hazardsOverdue),
                                    core::Scorecard::percentText(r.count(core::ObligationKind::Training).percent()),
                                    core::Scorecard::percentText(r.count(core::ObligationKind::Drill).percent()),
                                    tr("%1 / %2").arg(r.obligationsMet).arg(r.obligationsRequired),
                                    tr("%1 / %2").arg(r.interviews).arg(r.notices),
                                    core::Scorecard::tenthsText(core::Scorecard::tenths(r.averageScore())) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.agencyId);
            if (column == 2) {
                item->setTextAlignment(Qt::AlignCenter);
            } else if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
        if (r.agencyId == keep || (keep == 0 && row == 0)) {
            m_table->setCurrentCell(row, 0);
        }
    }
    fillEvaluations();
    updateState();
}

void ScorecardPage::updateState()
{
    const auto& confirmation = m_year.confirmation();
    QString text;
    if (confirmation) {
        text = tr("Confirmed on %1 by %2, with the figures as of %3. This appraisal is frozen; reopen the year to "
                  "score it again.")
                   .arg(confirmation->confirmedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        confirmation->confirmedBy, confirmation->asOf.toString(Qt::ISODate));
        if (m_year.agenciesChangedSinceConfirmation() > 0) {
            text += QLatin1Char(' ')
                + tr("%n agency(s) would be appraised differently from today's records and scheme.", nullptr,
                     m_year.agenciesChangedSinceConfirmation());
        }
        m_state->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Good));
    } else {
        text = m_year.scheme() ? tr("Not confirmed: scored now by the appraisal scheme in force from %1 (Settings).")
                                     .arg(m_year.scheme()->fromYear)
                               : tr("No appraisal scheme applies to %1: add a version in Settings.").arg(m_year.year());
        const auto history = core::AppraisalRepository(m_db).history(m_year.year());
        if (!history.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("Reopened on %1 by %2: %3")
                      .arg(history.first().reopenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           history.first().reopenedBy, history.first().reopenReason);
        }
        m_state->setStyleSheet(QString());
    }
    m_state->setText(text);
    m_confirm->setEnabled(!confirmation && m_year.scheme() && !m_year.rows().isEmpty());
    m_reopen->setEnabled(confirmation.has_value());
}

void ScorecardPage::confirmYear()
{
    if (m_year.isConfirmed() || m_year.rows().isEmpty()) {
        return;
    }
    const QString question = tr("Confirm the appraisal of %1? %n agency(s), with the figures as of %2. A confirmed "
                                "appraisal is frozen: later records or changes to the scheme do not change it.",
                                nullptr, static_cast<int>(m_year.rows().size()))
                                 .arg(m_year.year())
                                 .arg(core::Clock::today().toString(Qt::ISODate));
    if (MessageBox::question(this, tr("Confirm year"), question) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!core::ScorecardYear::confirm(m_db, m_year.year(), core::Clock::today(), &error)) {
        MessageBox::warning(this, tr("Not confirmed"), error);
        return;
    }
    reload();
    emit dataChanged();
}

void ScorecardPage::reopenYear()
{
    if (!m_year.isConfirmed()) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen year"),
        tr("Why is the appraisal of %1 reopened? The reason is kept with the year, and it is scored again.")
            .arg(m_year.year()),
        QString(), &ok);
    if (!ok) {
        return;
    }
    QString error;
    if (!core::AppraisalRepository(m_db).reopen(m_year.year(), reason, &error)) {
        MessageBox::warning(this, tr("Not reopened"), error);
        return;
    }
    reload();
    emit dataChanged();
}

qint64 ScorecardPage::currentAgency() const
{
    const QTableWidgetItem* item = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString ScorecardPage::streetName() const
{
    return core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
}

void ScorecardPage::fillEvaluations()
{
    const qint64 agency = currentAgency();
    m_evaluate->setEnabled(agency != 0);
    m_print->setEnabled(agency != 0);
    m_pdf->setEnabled(agency != 0);
    m_evaluations->setRowCount(0);
    m_interviews->setRowCount(0);
    for (const core::Scorecard::Row& r : m_year.rows()) {
        if (r.agencyId != agency) {
            continue;
        }
        for (const core::Evaluation& e : r.evaluations) {
            const int row = m_evaluations->rowCount();
            m_evaluations->insertRow(row);
            m_evaluations->setItem(row, 0, new QTableWidgetItem(e.evaluatedOn.toString(Qt::ISODate)));
            m_evaluations->setItem(row, 1, new QTableWidgetItem(QString::number(e.scoreTenths / 10.0, 'f', 1)));
            m_evaluations->setItem(row, 2, new QTableWidgetItem(e.remarks));
        }
    }
    QHash<qint64, QString> names;
    for (const core::Enterprise& e : core::EnterpriseRepository(m_db).listNames()) {
        names.insert(e.id, e.name);
    }
    for (const core::Interview& i : m_year.interviews()) {
        if (i.agencyId != agency) {
            continue;
        }
        const int row = m_interviews->rowCount();
        m_interviews->insertRow(row);
        const QStringList cells = { i.heldOn.toString(Qt::ISODate), core::DomainText::interviewKind(i.kind),
                                    names.value(i.enterpriseId), i.reason, i.outcome };
        for (int c = 0; c < cells.size(); ++c) {
            m_interviews->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
}

void ScorecardPage::addEvaluation()
{
    const qint64 agency = currentAgency();
    if (agency == 0) {
        return;
    }
    EvaluationDialog dialog(m_db, agency, m_year.agencyName(agency), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit dataChanged();
    }
}

void ScorecardPage::printPreview()
{
    const qint64 agency = currentAgency();
    if (agency == 0) {
        return;
    }
    const std::unique_ptr<QTextDocument> sheet = core::ScorecardDocument::build(m_year, agency, streetName());
    PrintPreview::show(this, *sheet, core::ScorecardDocument::title(m_year, agency), streetName(),
                       QPageLayout::Portrait, QStringLiteral("scorecardPrintPreview"));
}

void ScorecardPage::savePdf()
{
    const qint64 agency = currentAgency();
    if (agency == 0) {
        return;
    }
    const QString title = core::ScorecardDocument::title(m_year, agency);
    const QString path = FileDialog::getSaveFileName(this, tr("Save scorecard as PDF"), title + QStringLiteral(".pdf"),
                                                     tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const std::unique_ptr<QTextDocument> sheet = core::ScorecardDocument::build(m_year, agency, streetName());
    QString error;
    if (!core::PdfDocumentWriter::write(*sheet, title, streetName(), QPageLayout::Portrait, path, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
    }
}

void ScorecardPage::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export scorecards"),
                                                     tr("scorecards-%1.csv").arg(m_year.year()), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!core::ScorecardTable::writeCsv(m_year, path, &error)) {
        MessageBox::warning(this, tr("Not exported"), error);
    }
}

} // namespace sl::ui
