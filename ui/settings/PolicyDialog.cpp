#include "PolicyDialog.h"

#include "Clock.h"

#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "common/FormNotes.h"
#include "db/Database.h"
#include "db/RecordVersion.h"
#include "db/SubsidyPolicyRepository.h"
#include "model/DomainText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

const QList<core::SizeClass> kClasses
    = { core::SizeClass::Scale, core::SizeClass::AboveQuota, core::SizeClass::SmallMicro };

} // namespace

PolicyDialog::PolicyDialog(core::Database& db, const core::SubsidyPolicy& policy, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_policy(policy)
    , m_version(policy.id == 0 ? 0
                               : core::RecordVersion::of(db.connection(), QStringLiteral("subsidy_policy"), policy.id))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(policy.id ? tr("Edit subsidy policy") : tr("New subsidy policy version"));
    auto* form = new QFormLayout;
    m_from = new QDateEdit(policy.effectiveFrom.isValid() ? policy.effectiveFrom : core::Clock::today());
    m_from->setObjectName(QStringLiteral("effectiveFromEdit"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    form->addRow(tr("Applies to service years starting from"), m_from);
    m_share = new QLineEdit(policy.streetSharePerYear.toPlainString());
    m_share->setObjectName(QStringLiteral("shareEdit"));
    m_shareError = FormErrors::makeLabel(QStringLiteral("shareError"));
    auto* shareBox = new QVBoxLayout;
    shareBox->addWidget(m_share);
    shareBox->addWidget(m_shareError);
    form->addRow(tr("Street share per subsidised year (yuan)"), shareBox);
    m_years = new QSpinBox;
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_years->setRange(0, 50);
    m_years->setValue(policy.subsidisedYears);
    form->addRow(tr("Number of subsidised years"), m_years);
    auto* partialRow = new QHBoxLayout;
    auto* fullRow = new QHBoxLayout;
    for (core::SizeClass c : kClasses) {
        auto* partial = new QCheckBox(core::DomainText::sizeClass(c));
        partial->setChecked(policy.partialClasses.contains(c));
        m_partial.append(partial);
        partialRow->addWidget(partial);
        auto* full = new QCheckBox(core::DomainText::sizeClass(c));
        full->setChecked(policy.fullClasses.contains(c));
        m_full.append(full);
        fullRow->addWidget(full);
        connect(partial, &QCheckBox::toggled, this, &PolicyDialog::revalidate);
        connect(full, &QCheckBox::toggled, this, &PolicyDialog::revalidate);
    }
    form->addRow(tr("Classes with the yearly share"), partialRow);
    form->addRow(tr("Classes whose whole fee the street pays"), fullRow);
    m_notes = new FormNotes(4);
    m_notes->setText(policy.notes);
    form->addRow(tr("Notes"), m_notes);

    auto* note = new QLabel(tr("Confirmed years keep their frozen figures whatever is changed here."));
    note->setWordWrap(true);
    connect(m_share, &QLineEdit::textChanged, this, &PolicyDialog::revalidate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    addFrame(layout)->acceptButton()->setObjectName(QStringLiteral("savePolicyButton"));
    revalidate();
    HistoryTab::attach(this, m_db, QStringLiteral("subsidy_policy"), policy.id);
}

core::SubsidyPolicy PolicyDialog::collect(QString* problem) const
{
    core::SubsidyPolicy p = m_policy;
    p.effectiveFrom = m_from->date();
    QString parseError;
    const auto share = core::Money::parse(m_share->text(), &parseError);
    if (!share) {
        *problem = parseError;
    } else {
        p.streetSharePerYear = *share;
    }
    p.subsidisedYears = m_years->value();
    p.partialClasses.clear();
    p.fullClasses.clear();
    for (int i = 0; i < kClasses.size(); ++i) {
        if (m_partial.at(i)->isChecked()) {
            p.partialClasses.append(kClasses.at(i));
        }
        if (m_full.at(i)->isChecked()) {
            p.fullClasses.append(kClasses.at(i));
        }
    }
    p.notes = m_notes->text();
    return p;
}

void PolicyDialog::revalidate()
{
    QString problem;
    const core::SubsidyPolicy p = collect(&problem);
    FormErrors::show(m_shareError, problem);
    QString overlap;
    for (core::SizeClass c : p.partialClasses) {
        if (p.fullClasses.contains(c)) {
            overlap = tr("%1 cannot get both the yearly share and the whole fee.").arg(core::DomainText::sizeClass(c));
        }
    }
    frame()->showError(overlap);
    frame()->setAcceptEnabled(problem.isEmpty() && overlap.isEmpty());
}

QString PolicyDialog::problem() const
{
    QString problem;
    collect(&problem);
    return problem;
}

bool PolicyDialog::save(QString* error)
{
    QString problem;
    core::SubsidyPolicy p = collect(&problem);
    core::SubsidyPolicyRepository repository(m_db);
    return core::RecordVersion::writeIfUnchanged(
        m_db.connection(), QStringLiteral("subsidy_policy"), p.id, m_version,
        [&](QString* why) { return p.id ? repository.update(p, why) : repository.insert(p, why); }, error);
}

} // namespace sl::ui
