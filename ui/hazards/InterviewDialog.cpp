#include "InterviewDialog.h"

#include "audit/HistoryTab.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "db/InterviewRepository.h"
#include "model/DomainText.h"
#include "rules/InterviewValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sl::ui {

namespace {
enum Subject { Both, EnterpriseOnly, AgencyOnly };
}

InterviewDialog::InterviewDialog(core::Database& db, const core::Interview& interview, const QString& enterpriseName,
                                 const QString& agencyName, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_interview(interview)
{
    setObjectName(QStringLiteral("interviewDialog"));
    setWindowTitle(tr("Interview / notice"));
    auto* form = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (core::Interview::Kind k : { core::Interview::Kind::Interview, core::Interview::Kind::Notice }) {
        m_kind->addItem(core::DomainText::interviewKind(k), static_cast<int>(k));
    }
    form->addRow(tr("Kind"), m_kind);
    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    if (interview.enterpriseId && interview.agencyId) {
        m_subject->addItem(tr("%1 and %2").arg(enterpriseName, agencyName), Both);
    }
    if (interview.enterpriseId) {
        m_subject->addItem(enterpriseName, EnterpriseOnly);
    }
    if (interview.agencyId) {
        m_subject->addItem(agencyName, AgencyOnly);
    }
    form->addRow(tr("Of"), m_subject);
    auto* hazards = new QLabel(tr("%n hazard(s)", nullptr, static_cast<int>(interview.hazardIds.size())));
    form->addRow(tr("About"), hazards);
    m_day = FormErrors::makeDate(QStringLiteral("dayEdit"));
    m_day->setDate(core::Clock::today());
    form->addRow(tr("Date *"), m_day);
    m_reason = new QLineEdit(interview.reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(core::InterviewValidator::kMaxTextLength);
    form->addRow(tr("Reason *"), m_reason);
    m_people = new QLineEdit;
    m_people->setObjectName(QStringLiteral("peopleEdit"));
    m_people->setMaxLength(core::InterviewValidator::kMaxTextLength);
    form->addRow(tr("People"), m_people);
    m_outcome = new QPlainTextEdit;
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setFixedHeight(60);
    form->addRow(tr("Outcome"), m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    setMinimumWidth(460);
    HistoryTab::attach(this, m_db, QStringLiteral("interview"), interview.id);
}

core::Interview InterviewDialog::collect() const
{
    core::Interview i = m_interview;
    i.kind = static_cast<core::Interview::Kind>(m_kind->currentData().toInt());
    const int subject = m_subject->currentData().toInt();
    if (subject == AgencyOnly) {
        i.enterpriseId = 0;
    } else if (subject == EnterpriseOnly) {
        i.agencyId = 0;
    }
    i.heldOn = m_day->date();
    i.reason = m_reason->text();
    i.people = m_people->text();
    i.outcome = m_outcome->toPlainText();
    return i;
}

QString InterviewDialog::problem() const
{
    return core::InterviewValidator::problem(collect(), core::Clock::today());
}

bool InterviewDialog::save(QString* error)
{
    core::Interview i = collect();
    return core::InterviewRepository(m_db).insert(i, error);
}

} // namespace sl::ui
