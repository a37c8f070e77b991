#include "EvaluationDialog.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "db/EvaluationRepository.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace sl::ui {

EvaluationDialog::EvaluationDialog(core::Database& db, qint64 agencyId, const QString& agencyName, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_agencyId(agencyId)
{
    setObjectName(QStringLiteral("evaluationDialog"));
    setWindowTitle(tr("Spot-check evaluation"));
    auto* form = new QFormLayout;
    auto* agency = new QLabel(agencyName);
    agency->setTextFormat(Qt::PlainText);
    form->addRow(tr("Agency"), agency);
    m_day = FormErrors::makeDate(QStringLiteral("dayEdit"));
    m_day->setDate(core::Clock::today());
    form->addRow(tr("Date *"), m_day);
    m_score = new QDoubleSpinBox;
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    m_score->setRange(0, 100);
    m_score->setDecimals(1);
    m_score->setValue(90);
    form->addRow(tr("Score (of 100) *"), m_score);
    m_remarks = new QPlainTextEdit;
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setFixedHeight(70);
    form->addRow(tr("Remarks"), m_remarks);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    setMinimumWidth(420);
}

bool EvaluationDialog::save(QString* error)
{
    core::Evaluation e;
    e.agencyId = m_agencyId;
    e.evaluatedOn = m_day->date();
    e.scoreTenths = static_cast<int>(std::lround(m_score->value() * 10));
    e.remarks = m_remarks->toPlainText();
    return core::EvaluationRepository(m_db).insert(e, error);
}

} // namespace sl::ui
