#include "RiskAssessmentDialog.h"

#include "Clock.h"
#include "common/EnterpriseTitle.h"
#include "common/FormErrors.h"
#include "common/FormFrame.h"
#include "db/ComplianceRepository.h"
#include "db/RiskRepository.h"
#include "model/DomainText.h"
#include "rules/RiskGrading.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

RiskAssessmentDialog::RiskAssessmentDialog(core::Database& db, qint64 enterpriseId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("riskAssessmentDialog"));
    setWindowTitle(tr("Risk assessment"));
    auto* title = EnterpriseTitle::make(m_db, enterpriseId);

    m_date = FormErrors::makeDate(QStringLiteral("riskDateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    m_date->setDate(core::Clock::today());
    m_assessors = new QLineEdit;
    m_assessors->setObjectName(QStringLiteral("assessorsEdit"));
    m_assessors->setMaxLength(200);
    auto* form = new QFormLayout;
    form->addRow(tr("Assessed on"), m_date);
    form->addRow(tr("Assessors (experts)"), m_assessors);

    m_points = new QTableWidget(0, ColumnCount);
    m_points->setObjectName(QStringLiteral("pointsTable"));
    m_points->setHorizontalHeaderLabels({ tr("Place or activity"), tr("Hazard factors"), tr("Accident type"),
                                          tr("Method"), tr("L"), tr("E"), tr("C"), tr("Likelihood (1-5)"),
                                          tr("Severity (1-5)"), tr("Control measures"), tr("Responsible person") });
    m_points->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("Add point"));
    add->setObjectName(QStringLiteral("addPointButton"));
    connect(add, &QPushButton::clicked, this, &RiskAssessmentDialog::addPoint);
    auto* remove = new QPushButton(tr("Remove point"));
    remove->setObjectName(QStringLiteral("removePointButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_points->currentRow() >= 0) {
            m_points->removeRow(m_points->currentRow());
        }
    });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto* hint
        = new QLabel(tr("LEC: L 0.1-10, E 0.5-10, C 1-100, D = L × E × C. Risk matrix: likelihood and severity 1-5. "
                        "The level of each point is computed when the assessment is saved."));
    hint->setWordWrap(true);

    m_frame = new FormFrame(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_points, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(hint);
    layout->addWidget(m_frame);
    addPoint();
    // Each column as wide as its heading: a centred heading wider than its column was cut at both ends.
    m_points->resizeColumnsToContents();
    resize(980, 420);
}

void RiskAssessmentDialog::addPoint()
{
    const int row = m_points->rowCount();
    m_points->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != Method) {
            m_points->setItem(row, c, new QTableWidgetItem);
        }
    }
    auto* method = new QComboBox;
    method->setObjectName(QStringLiteral("methodCombo%1").arg(row));
    method->addItem(core::DomainText::riskMethod(core::RiskMethod::Lec), int(core::RiskMethod::Lec));
    method->addItem(core::DomainText::riskMethod(core::RiskMethod::Matrix), int(core::RiskMethod::Matrix));
    m_points->setCellWidget(row, Method, method);
}

bool RiskAssessmentDialog::readPoints(QList<core::RiskPoint>* points, QString* error) const
{
    const auto text = [this](int row, int column) {
        const QTableWidgetItem* it = m_points->item(row, column);
        return it ? it->text().trimmed() : QString();
    };
    for (int row = 0; row < m_points->rowCount(); ++row) {
        core::RiskPoint p;
        p.place = text(row, Place);
        p.hazardFactors = text(row, Factors);
        p.accidentType = text(row, Accident);
        p.measures = text(row, Measures);
        p.responsible = text(row, Responsible);
        const auto* method = qobject_cast<const QComboBox*>(m_points->cellWidget(row, Method));
        p.method = method ? core::RiskMethod(method->currentData().toInt()) : core::RiskMethod::Lec;
        if (p.method == core::RiskMethod::Lec) {
            for (const auto& [column, field] : { std::pair{ int(L), &p.lTenths }, std::pair{ int(E), &p.eTenths },
                                                 std::pair{ int(C), &p.cTenths } }) {
                if (!core::RiskGrading::tenthsFromText(text(row, column), field)) {
                    *error = tr("Risk point %1: %2 must be a number with at most one decimal.")
                                 .arg(row + 1)
                                 .arg(m_points->horizontalHeaderItem(column)->text());
                    return false;
                }
            }
        } else {
            bool ok = false;
            p.likelihood = text(row, Likelihood).toInt(&ok);
            p.severity = ok ? text(row, Severity).toInt(&ok) : 0;
            if (!ok) {
                *error = tr("Risk point %1: the risk matrix needs a whole likelihood and severity from 1 to 5.")
                             .arg(row + 1);
                return false;
            }
        }
        points->append(p);
    }
    return true;
}

void RiskAssessmentDialog::accept()
{
    core::RiskAssessment a;
    a.enterpriseId = m_enterpriseId;
    a.assessedOn = m_date->date();
    a.assessors = m_assessors->text();
    // The agency serving that day made it (none outside service).
    const core::ObligationEngine::Inputs in = core::ComplianceRepository(m_db).loadInputsOf(m_enterpriseId);
    a.agencyId = core::ServiceSpans::agencyOn(in.spans.value(m_enterpriseId), a.assessedOn);
    const auto insert = [this, &a](QString* error) {
        return readPoints(&a.points, error) && core::RiskRepository(m_db).insert(a, error);
    };
    if (m_frame->run({}, insert)) {
        QDialog::accept();
    }
}

} // namespace sl::ui
