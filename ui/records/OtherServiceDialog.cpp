#include "OtherServiceDialog.h"

#include "Clock.h"
#include "common/EnterpriseTitle.h"
#include "common/EvidenceBox.h"
#include "common/FormErrors.h"
#include "common/FormFrame.h"
#include "db/AgencyRepository.h"
#include "db/OtherServiceRepository.h"
#include "db/ServiceRecordRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

OtherServiceDialog::OtherServiceDialog(core::Database& db, qint64 enterpriseId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("otherServiceDialog"));
    setWindowTitle(tr("Other service"));
    auto* title = EnterpriseTitle::make(m_db, enterpriseId);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("(choose the kind)"), 0);
    for (const core::ServiceKind& k : core::OtherServiceRepository(m_db).kinds(false)) {
        m_kind->addItem(k.name, k.id);
    }
    m_date = FormErrors::makeDate(QStringLiteral("serviceDateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    m_date->setDate(core::Clock::today());
    m_agency = new QLabel;
    m_agency->setObjectName(QStringLiteral("agencyLabel"));
    m_agency->setTextFormat(Qt::PlainText);
    m_topic = new QLineEdit;
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setMaxLength(200);
    m_topic->setMinimumWidth(420);
    m_content = new QPlainTextEdit;
    m_content->setObjectName(QStringLiteral("contentEdit"));
    m_content->setTabChangesFocus(true);
    m_content->setFixedHeight(80);
    m_people = new QSpinBox;
    m_people->setObjectName(QStringLiteral("peopleSpin"));
    m_people->setRange(0, 100000);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind of service *"), m_kind);
    form->addRow(tr("Date *"), m_date);
    form->addRow(tr("Agency"), m_agency);
    form->addRow(tr("Topic"), m_topic);
    form->addRow(tr("Content"), m_content);
    form->addRow(tr("People reached"), m_people);

    m_evidence = new EvidenceBox(m_db, core::OtherServiceRepository::evidenceOwnerKind(), 0);
    m_frame = new FormFrame(this);
    connect(m_date, &QDateEdit::dateChanged, this, &OtherServiceDialog::updateAgency);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_evidence);
    layout->addWidget(m_frame);
    m_kind->setFocus(); // Enter saves; the Attach button is not pressed by it
    updateAgency();
}

void OtherServiceDialog::updateAgency()
{
    const qint64 agency = core::ServiceRecordRepository(m_db).agencyServing(m_enterpriseId, m_date->date());
    const auto a = agency != 0 ? core::AgencyRepository(m_db).find(agency) : std::nullopt;
    m_agency->setText(a ? a->name : tr("No agency serves the enterprise on this day"));
}

void OtherServiceDialog::accept()
{
    core::OtherService s;
    s.enterpriseId = m_enterpriseId;
    s.kindId = m_kind->currentData().toLongLong();
    s.doneOn = m_date->date();
    s.topic = m_topic->text();
    s.content = m_content->toPlainText();
    s.peopleCount = m_people->value();
    const auto insert = [this, &s](QString* error) {
        return core::OtherServiceRepository(m_db).insert(s, error, m_evidence->pendingPaths());
    };
    if (m_frame->run({}, insert)) {
        m_savedId = s.id;
        m_evidence->setSaved(s.id);
        QDialog::accept();
    }
}

} // namespace sl::ui
