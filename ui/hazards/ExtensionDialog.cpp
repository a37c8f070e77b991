#include "ExtensionDialog.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "db/HazardRepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sl::ui {

ExtensionDialog::ExtensionDialog(core::Database& db, const core::Hazard& hazard, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_hazard(hazard)
{
    setObjectName(QStringLiteral("extensionDialog"));
    for (const core::HazardExtension& x : core::HazardRepository(db).extensions(hazard.id)) {
        if (x.decision == core::HazardExtension::Decision::Pending) {
            m_pending = x;
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Deadline in force"), new QLabel(hazard.effectiveDeadline().toString(Qt::ISODate)));
    m_day = FormErrors::makeDate(QStringLiteral("dayEdit"));
    m_day->setDate(core::Clock::today());
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setMaxLength(4000);
    if (isDecision()) {
        setWindowTitle(tr("Decide the extension request"));
        auto* request = new QLabel(tr("%1: to %2 — %3")
                                       .arg(m_pending.requestedOn.toString(Qt::ISODate),
                                            m_pending.newDeadline.toString(Qt::ISODate), m_pending.reason));
        request->setTextFormat(Qt::PlainText);
        request->setWordWrap(true);
        form->addRow(tr("Request"), request);
        m_approve = new QRadioButton(tr("Approve"));
        m_approve->setObjectName(QStringLiteral("approveRadio"));
        m_approve->setChecked(true);
        m_refuse = new QRadioButton(tr("Refuse"));
        m_refuse->setObjectName(QStringLiteral("refuseRadio"));
        auto* choice = new QHBoxLayout;
        choice->addWidget(m_approve);
        choice->addWidget(m_refuse);
        choice->addStretch(1);
        form->addRow(tr("Decision"), choice);
        form->addRow(tr("Decided on *"), m_day);
        form->addRow(tr("Remark"), m_text);
    } else {
        setWindowTitle(tr("Request a deadline extension"));
        form->addRow(tr("Requested on *"), m_day);
        m_newDeadline = FormErrors::makeDate(QStringLiteral("newDeadlineEdit"));
        m_newDeadline->setDate(hazard.effectiveDeadline().isValid() ? hazard.effectiveDeadline().addDays(30)
                                                                    : core::Clock::today().addDays(30));
        form->addRow(tr("New deadline *"), m_newDeadline);
        form->addRow(tr("Reason *"), m_text);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    setMinimumWidth(460);
}

bool ExtensionDialog::save(QString* error)
{
    core::HazardRepository repository(m_db);
    return isDecision()
        ? repository.decideExtension(m_pending.id, m_approve->isChecked(), m_day->date(), m_text->text(), error)
        : repository.requestExtension(m_hazard.id, m_day->date(), m_newDeadline->date(), m_text->text(), error);
}

} // namespace sl::ui
