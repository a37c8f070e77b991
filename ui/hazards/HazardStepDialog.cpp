#include "HazardStepDialog.h"

#include "AppInfo.h"

#include "Clock.h"
#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "db/EvidenceRepository.h"
#include "db/HazardRepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

QLineEdit* makeLine(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(4000);
    return edit;
}

} // namespace

QString HazardStepDialog::actionTitle(core::HazardLifecycle::Action action)
{
    using Action = core::HazardLifecycle::Action;
    switch (action) {
    case Action::StartRectifying:
        return tr("Start rectification");
    case Action::RequestRecheck:
        return tr("Request re-check");
    case Action::PassRecheck:
        return tr("Re-check passed: close (销号)");
    case Action::FailRecheck:
        return tr("Re-check failed");
    case Action::Supervise:
        return tr("Supervise (督办)");
    case Action::List:
        break;
    }
    return tr("Listed supervision (挂牌督办)");
}

HazardStepDialog::HazardStepDialog(core::Database& db, const core::Hazard& hazard, core::HazardLifecycle::Action action,
                                   QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_hazard(hazard)
    , m_action(action)
{
    using Action = core::HazardLifecycle::Action;
    setObjectName(QStringLiteral("hazardStepDialog"));
    setWindowTitle(actionTitle(action));
    auto* form = new QFormLayout;
    auto* what = new QLabel(hazard.description);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    form->addRow(tr("Hazard"), what);
    m_day = FormErrors::makeDate(QStringLiteral("dayEdit"));
    m_day->setDate(core::Clock::today());
    form->addRow(action == Action::PassRecheck || action == Action::FailRecheck ? tr("Re-check date *") : tr("Date *"),
                 m_day);
    if (action == Action::PassRecheck || action == Action::FailRecheck) {
        // Who went to look (复查人), beside the operator who records it; the operator unless someone else did.
        m_recheckedBy = makeLine(QStringLiteral("recheckedByEdit"));
        m_recheckedBy->setText(core::AppInfo::operatorName());
        form->addRow(tr("Re-checked by *"), m_recheckedBy);
    }
    m_remark = new QPlainTextEdit;
    m_remark->setObjectName(QStringLiteral("remarkEdit"));
    m_remark->setTabChangesFocus(true);
    m_remark->setFixedHeight(60);
    form->addRow(action == Action::FailRecheck ? tr("What is still wrong *") : tr("Remark"), m_remark);
    if (action == Action::PassRecheck) {
        m_evidence = new QLabel;
        m_evidence->setObjectName(QStringLiteral("afterEvidenceLabel"));
        m_evidence->setTextFormat(Qt::PlainText);
        auto* attach = new QPushButton(tr("Attach \"after\" photo…"));
        attach->setObjectName(QStringLiteral("attachAfterButton"));
        connect(attach, &QPushButton::clicked, this, &HazardStepDialog::attachAfter);
        form->addRow(tr("After rectification"), m_evidence);
        form->addRow(QString(), attach);
        m_closeReason = makeLine(QStringLiteral("closeReasonEdit"));
        m_closeReason->setPlaceholderText(tr("Needed when no \"after\" evidence is attached"));
        form->addRow(tr("Reason to close without it"), m_closeReason);
        updateEvidence();
    }
    if (action == Action::List) {
        m_measures = makeLine(QStringLiteral("measuresEdit"));
        m_funds = makeLine(QStringLiteral("fundsEdit"));
        m_listedDeadline = FormErrors::makeDate(QStringLiteral("listedDeadlineEdit"));
        m_listedDeadline->setDate(hazard.effectiveDeadline().isValid() ? hazard.effectiveDeadline()
                                                                       : core::Clock::today().addMonths(3));
        m_responsible = makeLine(QStringLiteral("responsibleEdit"));
        m_responsible->setText(hazard.responsible);
        m_plan = makeLine(QStringLiteral("planEdit"));
        form->addRow(tr("Measures *"), m_measures);
        form->addRow(tr("Funds *"), m_funds);
        form->addRow(tr("Deadline *"), m_listedDeadline);
        form->addRow(tr("Responsible person *"), m_responsible);
        form->addRow(tr("Emergency plan *"), m_plan);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    setMinimumWidth(480);
}

void HazardStepDialog::updateEvidence()
{
    if (m_evidence) {
        m_evidence->setText(
            tr("%n \"after\" file(s) attached", nullptr, core::HazardRepository(m_db).afterEvidenceCount(m_hazard.id)));
    }
}

void HazardStepDialog::attachAfter()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach \"after\" photo"),
                                                     tr("Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!core::EvidenceRepository(m_db).attach(QStringLiteral("hazard"), m_hazard.id, path, nullptr, &error,
                                               QStringLiteral("after"))) {
        frame()->showError(error);
        return;
    }
    frame()->showError(QString());
    updateEvidence();
}

QString HazardStepDialog::problem() const
{
    if (m_recheckedBy && m_recheckedBy->text().trimmed().isEmpty()) {
        return tr("Enter who re-checked the hazard on site.");
    }
    return {};
}

bool HazardStepDialog::save(QString* error)
{
    core::HazardLifecycle::Step step;
    step.day = m_day->date();
    step.remark = m_remark->toPlainText().trimmed();
    if (m_closeReason) {
        step.closeReason = m_closeReason->text().trimmed();
    }
    if (m_recheckedBy) {
        step.recheckedBy = m_recheckedBy->text().trimmed();
    }
    if (m_measures) {
        step.listed = { m_measures->text().trimmed(), m_funds->text().trimmed(), m_listedDeadline->date(),
                        m_responsible->text().trimmed(), m_plan->text().trimmed() };
    }
    return core::HazardRepository(m_db).step(m_hazard.id, m_action, step, error);
}

} // namespace sl::ui
