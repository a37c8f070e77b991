#include "EnterpriseDialog.h"

#include "Clock.h"

#include "audit/HistoryTab.h"

#include "common/FormErrors.h"
#include "common/FormNotes.h"
#include "common/FormOptionalDate.h"
#include "common/MessageBox.h"
#include "db/CommunityRepository.h"
#include "db/EnterpriseRepository.h"
#include "model/DomainText.h"
#include "rules/CreditCode.h"
#include "rules/EnterpriseValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

using core::DomainText;
using core::EnterpriseValidator;

namespace {

QLineEdit* makeLine(const QString& objectName, int maxLength = EnterpriseValidator::kMaxTextLength)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

EnterpriseDialog::EnterpriseDialog(core::Database& db, const core::Enterprise& enterprise, QWidget* parent)
    : RecordFormDialog(db, enterprise, "enterprise", parent)
{
    setObjectName(QStringLiteral("enterpriseDialog"));
    setWindowTitle(enterprise.id == 0 ? tr("New enterprise") : tr("Edit enterprise"));
    buildForm();
    load(enterprise);
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("enterprise"), enterprise.id);
}

void EnterpriseDialog::buildForm()
{
    // Left: who the enterprise is and how the programme classifies it. Right: people, bank, notes.
    auto* identity = new QGroupBox(tr("Enterprise"));
    auto* left = new QFormLayout(identity);
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = makeLine(QStringLiteral("nameEdit"), EnterpriseValidator::kMaxNameLength);
    m_name->setPlaceholderText(tr("As on the business licence"));
    m_nameError = FormErrors::makeLabel(QStringLiteral("nameError"));
    left->addRow(tr("Name *"), FormErrors::withError(m_name, m_nameError));

    m_creditCode = makeLine(QStringLiteral("creditCodeEdit"), 24);
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91110000600037341L"));
    m_creditCodeError = FormErrors::makeLabel(QStringLiteral("creditCodeError"));
    left->addRow(tr("Credit code *"), FormErrors::withError(m_creditCode, m_creditCodeError));

    m_override = new QCheckBox(tr("Keep this code although its check character does not match"));
    m_override->setObjectName(QStringLiteral("overrideCheck"));
    m_overrideReason = makeLine(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setPlaceholderText(tr("Reason, e.g. checked against the licence original"));
    m_overrideReasonError = FormErrors::makeLabel(QStringLiteral("overrideReasonError"));
    left->addRow(QString(), m_override);
    left->addRow(tr("Reason"), FormErrors::withError(m_overrideReason, m_overrideReasonError));

    m_community = new QComboBox;
    m_community->setObjectName(QStringLiteral("communityCombo"));
    m_community->addItem(tr("(choose)"), 0);
    for (const core::Community& c : core::CommunityRepository(db()).list(false)) {
        m_community->addItem(c.name, c.id);
    }
    m_communityError = FormErrors::makeLabel(QStringLiteral("communityError"));
    left->addRow(tr("Community *"), FormErrors::withError(m_community, m_communityError));

    m_sizeClass = new QComboBox;
    m_sizeClass->setObjectName(QStringLiteral("sizeClassCombo"));
    for (auto c : { core::SizeClass::Scale, core::SizeClass::AboveQuota, core::SizeClass::SmallMicro }) {
        m_sizeClass->addItem(DomainText::sizeClass(c), static_cast<int>(c));
    }
    left->addRow(tr("Size class *"), m_sizeClass);
    // A changed class applies to service years starting from this day; earlier years keep the old one.
    m_sizeClassFromRow = new QWidget;
    auto* fromLayout = new QHBoxLayout(m_sizeClassFromRow);
    fromLayout->setContentsMargins(0, 0, 0, 0);
    m_sizeClassFrom = new QDateEdit(core::Clock::today());
    m_sizeClassFrom->setObjectName(QStringLiteral("sizeClassFromEdit"));
    m_sizeClassFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sizeClassFrom->setCalendarPopup(true);
    fromLayout->addWidget(new QLabel(tr("New class applies from")));
    fromLayout->addWidget(m_sizeClassFrom, 1);
    left->addRow(QString(), m_sizeClassFromRow);

    auto* categories = new QWidget;
    auto* categoryLayout = new QVBoxLayout(categories);
    categoryLayout->setContentsMargins(0, 0, 0, 0);
    int n = 0;
    for (core::TargetCategory c : core::allTargetCategories()) {
        auto* box = new QCheckBox(DomainText::targetCategory(c));
        box->setObjectName(QStringLiteral("categoryCheck%1").arg(n++));
        box->setProperty("categoryBit", static_cast<int>(c));
        categoryLayout->addWidget(box);
        m_categories.append(box);
    }
    left->addRow(tr("Target categories"), categories);

    m_hazard = new QComboBox;
    m_hazard->setObjectName(QStringLiteral("hazardCombo"));
    for (auto c : { core::OccupationalHazardClass::None, core::OccupationalHazardClass::General,
                    core::OccupationalHazardClass::RelativelyHeavy, core::OccupationalHazardClass::Serious }) {
        m_hazard->addItem(DomainText::occupationalHazardClass(c), static_cast<int>(c));
    }
    left->addRow(tr("Occupational hazard"), m_hazard);

    m_landlord = new QComboBox;
    m_landlord->setObjectName(QStringLiteral("landlordCombo"));
    m_landlord->setEditable(true);
    m_landlord->setInsertPolicy(QComboBox::NoInsert);
    m_landlord->completer()->setFilterMode(Qt::MatchContains);
    m_landlord->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_landlordError = FormErrors::makeLabel(QStringLiteral("landlordError"));
    left->addRow(tr("Landlord"), FormErrors::withError(m_landlord, m_landlordError));

    m_participation = new QComboBox;
    m_participation->setObjectName(QStringLiteral("participationCombo"));
    for (auto s : { core::ParticipationStatus::Participating, core::ParticipationStatus::NotParticipating,
                    core::ParticipationStatus::Withdrawn }) {
        m_participation->addItem(DomainText::participationStatus(s), static_cast<int>(s));
    }
    left->addRow(tr("Participation"), m_participation);

    m_joinDate = new FormOptionalDate(tr("Joined on"), QStringLiteral("joinDate"));
    m_joinDate->edit()->setDate(core::Clock::today());
    m_joinDateError = FormErrors::makeLabel(QStringLiteral("joinDateError"));
    left->addRow(tr("Join date"), FormErrors::withError(m_joinDate, m_joinDateError));

    auto* people = new QGroupBox(tr("Contacts and payment"));
    auto* right = new QFormLayout(people);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_industry = makeLine(QStringLiteral("industryEdit"));
    right->addRow(tr("Industry"), m_industry);
    m_address = makeLine(QStringLiteral("addressEdit"));
    right->addRow(tr("Address"), m_address);
    m_employees = new QSpinBox;
    m_employees->setObjectName(QStringLiteral("employeesSpin"));
    m_employees->setRange(0, 1000000);
    right->addRow(tr("Employees"), m_employees);
    m_legalRepresentative = makeLine(QStringLiteral("legalRepresentativeEdit"));
    right->addRow(tr("Legal representative"), m_legalRepresentative);
    m_safetyContact = makeLine(QStringLiteral("safetyContactEdit"));
    right->addRow(tr("Safety contact"), m_safetyContact);
    m_safetyContactPhone = makeLine(QStringLiteral("safetyContactPhoneEdit"));
    right->addRow(tr("Phone"), m_safetyContactPhone);
    m_bankAccountName = makeLine(QStringLiteral("bankAccountNameEdit"));
    right->addRow(tr("Account name"), m_bankAccountName);
    m_bankName = makeLine(QStringLiteral("bankNameEdit"));
    right->addRow(tr("Bank"), m_bankName);
    m_bankAccount = makeLine(QStringLiteral("bankAccountEdit"));
    right->addRow(tr("Account number"), m_bankAccount);
    m_notes = new FormNotes;
    right->addRow(tr("Notes"), m_notes);

    auto* columns = new QHBoxLayout;
    columns->addWidget(identity, 3);
    columns->addWidget(people, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    addFrame(layout, FormFrame::Hint::Required);

    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &EnterpriseDialog::revalidate);
    }
    for (QComboBox* combo : { m_community, m_sizeClass, m_hazard, m_participation }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &EnterpriseDialog::revalidate);
    }
    for (QCheckBox* box : findChildren<QCheckBox*>()) {
        connect(box, &QCheckBox::toggled, this, &EnterpriseDialog::revalidate);
    }
    connect(m_landlord, &QComboBox::currentTextChanged, this, &EnterpriseDialog::revalidate);
    connect(m_joinDate->edit(), &QDateEdit::dateChanged, this, &EnterpriseDialog::revalidate);
    connect(m_employees, &QSpinBox::valueChanged, this, &EnterpriseDialog::revalidate);
    connect(m_notes, &FormNotes::changed, this, &EnterpriseDialog::revalidate);
}

void EnterpriseDialog::load(const core::Enterprise& e)
{
    // The landlord list: every active enterprise but this one, by name.
    QList<core::Enterprise> candidates = core::EnterpriseRepository(db()).list(false);
    std::sort(candidates.begin(), candidates.end(), [](const core::Enterprise& a, const core::Enterprise& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_landlord->addItem(tr("(none)"), 0);
    for (const core::Enterprise& c : std::as_const(candidates)) {
        if (c.id != e.id || e.id == 0) {
            m_landlord->addItem(c.name, c.id);
        }
    }

    m_name->setText(e.name);
    m_creditCode->setText(e.creditCode);
    m_override->setChecked(e.creditCodeOverride);
    m_overrideReason->setText(e.creditCodeOverrideReason);
    const int communityIndex = m_community->findData(e.communityId);
    if (communityIndex < 0 && e.communityId > 0) {
        // An archived community still shows for the records that have it.
        if (auto c = core::CommunityRepository(db()).find(e.communityId)) {
            m_community->addItem(c->name, c->id);
        }
    }
    m_community->setCurrentIndex(qMax(0, m_community->findData(e.communityId)));
    m_sizeClass->setCurrentIndex(qMax(0, m_sizeClass->findData(static_cast<int>(e.sizeClass))));
    for (QCheckBox* box : std::as_const(m_categories)) {
        box->setChecked(
            e.targetCategories.testFlag(static_cast<core::TargetCategory>(box->property("categoryBit").toInt())));
    }
    m_hazard->setCurrentIndex(qMax(0, m_hazard->findData(static_cast<int>(e.occupationalHazard))));
    m_landlord->setCurrentIndex(qMax(0, m_landlord->findData(e.landlordId)));
    m_participation->setCurrentIndex(qMax(0, m_participation->findData(static_cast<int>(e.participation))));
    m_joinDate->check()->setChecked(e.joinDate.isValid() || e.id == 0);
    if (e.joinDate.isValid()) {
        m_joinDate->edit()->setDate(e.joinDate);
    }
    m_employees->setValue(e.employees);
    m_address->setText(e.address);
    m_industry->setText(e.industry);
    m_legalRepresentative->setText(e.legalRepresentative);
    m_safetyContact->setText(e.safetyContact);
    m_safetyContactPhone->setText(e.safetyContactPhone);
    m_bankAccountName->setText(e.bankAccountName);
    m_bankName->setText(e.bankName);
    m_bankAccount->setText(e.bankAccount);
    m_notes->setText(e.notes);
}

core::Enterprise EnterpriseDialog::collect() const
{
    core::Enterprise e = original();
    e.name = m_name->text().trimmed();
    e.creditCode = core::CreditCode::normalized(m_creditCode->text());
    e.creditCodeOverride = m_override->isChecked();
    e.creditCodeOverrideReason = e.creditCodeOverride ? m_overrideReason->text().trimmed() : QString();
    e.communityId = m_community->currentData().toLongLong();
    e.sizeClass = static_cast<core::SizeClass>(m_sizeClass->currentData().toInt());
    e.targetCategories = {};
    for (QCheckBox* box : m_categories) {
        if (box->isChecked()) {
            e.targetCategories |= static_cast<core::TargetCategory>(box->property("categoryBit").toInt());
        }
    }
    e.occupationalHazard = static_cast<core::OccupationalHazardClass>(m_hazard->currentData().toInt());
    // Two enterprises may share a name: trust the chosen row first, the typed text second.
    int landlordIndex = m_landlord->currentIndex();
    if (landlordIndex < 0 || m_landlord->itemText(landlordIndex) != m_landlord->currentText()) {
        landlordIndex = m_landlord->findText(m_landlord->currentText(), Qt::MatchExactly);
    }
    e.landlordId = landlordIndex >= 0 ? m_landlord->itemData(landlordIndex).toLongLong() : -1;
    e.participation = static_cast<core::ParticipationStatus>(m_participation->currentData().toInt());
    e.joinDate = m_joinDate->date();
    e.employees = m_employees->value();
    e.address = m_address->text().trimmed();
    e.industry = m_industry->text().trimmed();
    e.legalRepresentative = m_legalRepresentative->text().trimmed();
    e.safetyContact = m_safetyContact->text().trimmed();
    e.safetyContactPhone = m_safetyContactPhone->text().trimmed();
    e.bankAccountName = m_bankAccountName->text().trimmed();
    e.bankName = m_bankName->text().trimmed();
    e.bankAccount = m_bankAccount->text().trimmed();
    e.notes = m_notes->text();
    return e;
}

void EnterpriseDialog::revalidate()
{
    const core::Enterprise e = collect();
    const bool wellFormed = core::CreditCode::isWellFormed(e.creditCode);
    const bool checksumOk = core::CreditCode::validate(e.creditCode) == core::CreditCode::Result::Valid;
    // The override is offered only where it can apply: a well-formed code whose check fails.
    m_override->setVisible(wellFormed && !checksumOk);
    m_sizeClassFromRow->setVisible(original().id != 0 && e.sizeClass != original().sizeClass);
    m_overrideReason->setEnabled(wellFormed && !checksumOk && m_override->isChecked());

    core::Enterprise checked = e;
    checked.creditCodeOverride = e.creditCodeOverride && wellFormed && !checksumOk;
    if (checked.landlordId < 0) {
        checked.landlordId = 0;
    }
    const auto problems = EnterpriseValidator::validate(checked);
    FormErrors::show(m_nameError, EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::Name));
    QString codeError = EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::CreditCode);
    if (codeError.isEmpty() && !e.creditCode.isEmpty()) {
        const auto sameCode = core::EnterpriseRepository(db()).findByCreditCode(e.creditCode);
        if (sameCode && sameCode->id != e.id) {
            codeError = tr("This credit code is already registered for \"%1\".").arg(sameCode->name);
        }
    }
    FormErrors::show(m_creditCodeError, codeError);
    FormErrors::show(m_overrideReasonError,
                     EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::CreditCodeOverrideReason));
    FormErrors::show(m_communityError,
                     EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::Community));
    FormErrors::show(m_landlordError,
                     e.landlordId < 0
                         ? tr("Choose the landlord from the list, or (none).")
                         : EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::Landlord));
    FormErrors::show(m_joinDateError, EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::JoinDate));
    frame()->showError(EnterpriseValidator::messageFor(problems, EnterpriseValidator::Field::Text));
    frame()->setAcceptEnabled(problems.isEmpty() && codeError.isEmpty() && e.landlordId >= 0);
}

bool EnterpriseDialog::write(core::Enterprise& e, QString* error)
{
    e.creditCodeOverride
        = e.creditCodeOverride && core::CreditCode::validate(e.creditCode) != core::CreditCode::Result::Valid;
    if (!e.creditCodeOverride) {
        e.creditCodeOverrideReason.clear();
    }
    core::EnterpriseRepository repository(db());
    return e.id == 0 ? repository.insert(e, error) : repository.update(e, error, m_sizeClassFrom->date());
}

} // namespace sl::ui
