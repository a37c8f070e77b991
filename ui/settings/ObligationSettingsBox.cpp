#include "ObligationSettingsBox.h"

#include "common/FormErrors.h"
#include "db/SettingRepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

ObligationSettingsBox::ObligationSettingsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Agency obligations"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("obligationSettings"));
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_inspections = addSpin(left, QStringLiteral("inspectionsSpin"), tr("Inspections per quarter"), 12, QString());
    m_trainings = addSpin(left, QStringLiteral("trainingsSpin"), tr("Trainings per year"), 24, QString());
    m_drills = addSpin(left, QStringLiteral("drillsSpin"), tr("Drills per year"), 24, QString());
    m_minDays = addSpin(left, QStringLiteral("minDaysSpin"), tr("A quarter counts from"), 92, tr(" days of service"));
    m_minDays->setMinimum(1);
    m_baselineMonths
        = addSpin(right, QStringLiteral("baselineMonthsSpin"), tr("Baseline documents within"), 24, tr(" months"));
    m_surveyDays = addSpin(right, QStringLiteral("surveyDaysSpin"), tr("On-site survey within"), 366, tr(" days"));
    m_surveyDays->setMinimum(1);
    m_reportDays = addSpin(right, QStringLiteral("reportDaysSpin"), tr("Year-end report within"), 366,
                           tr(" days after the year"));
    auto* risk = new QFormLayout;
    m_riskMonths = addSpin(risk, QStringLiteral("riskMonthsSpin"), tr("Risk assessment within"), 24,
                           tr(" months of the first service day"));
    m_riskReview = new QCheckBox(tr("Reviewed every later year of service"));
    m_riskReview->setObjectName(QStringLiteral("riskReviewCheck"));
    risk->addRow(QString(), m_riskReview);
    auto* save = new QPushButton(tr("Save"));
    save->setObjectName(QStringLiteral("saveObligationsButton"));
    connect(save, &QPushButton::clicked, this, &ObligationSettingsBox::save);
    m_status = FormErrors::makeLabel(QStringLiteral("obligationStatus"));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    columns->addLayout(risk);
    columns->addStretch(1);
    columns->addWidget(save, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    reload();
}

QSpinBox* ObligationSettingsBox::addSpin(QFormLayout* form, const QString& objectName, const QString& label,
                                         int maximum, const QString& suffix)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    form->addRow(label, spin);
    return spin;
}

void ObligationSettingsBox::reload()
{
    const core::ObligationSettings s = core::SettingRepository(m_db).obligationSettings();
    m_inspections->setValue(s.inspectionsPerQuarter);
    m_trainings->setValue(s.trainingsPerYear);
    m_drills->setValue(s.drillsPerYear);
    m_baselineMonths->setValue(s.baselineMonths);
    m_surveyDays->setValue(s.surveyDays);
    m_reportDays->setValue(s.yearEndReportDays);
    m_minDays->setValue(s.minServiceDaysInQuarter);
    m_riskMonths->setValue(s.riskAssessmentMonths);
    m_riskReview->setChecked(s.riskReviewYearly != 0);
    FormErrors::show(m_status, QString());
}

void ObligationSettingsBox::save()
{
    core::ObligationSettings s;
    s.inspectionsPerQuarter = m_inspections->value();
    s.trainingsPerYear = m_trainings->value();
    s.drillsPerYear = m_drills->value();
    s.baselineMonths = m_baselineMonths->value();
    s.surveyDays = m_surveyDays->value();
    s.yearEndReportDays = m_reportDays->value();
    s.minServiceDaysInQuarter = m_minDays->value();
    s.riskAssessmentMonths = m_riskMonths->value();
    s.riskReviewYearly = m_riskReview->isChecked() ? 1 : 0;
    QString error;
    if (!core::SettingRepository(m_db).setObligationSettings(s, &error)) {
        FormErrors::show(m_status, error);
        return;
    }
    FormErrors::show(m_status, QString());
    emit changed();
}

} // namespace sl::ui
