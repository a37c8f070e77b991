#include "RecordDialog.h"

#include "audit/HistoryTab.h"

#include "common/EnterpriseCombo.h"
#include "common/EvidenceBox.h"

#include "db/ReturnRepository.h"
#include "returns/ReturnRows.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "db/AgencyRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/RecordVersion.h"
#include "db/ServiceRecordRepository.h"
#include "model/DomainText.h"
#include "rules/ServiceRecordValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

namespace {

using core::ServiceRecordValidator;

const QString kOwnerKind = QStringLiteral("service_record");

QPlainTextEdit* makeText(const QString& objectName)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}

QLineEdit* makeLine(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(ServiceRecordValidator::kMaxTextLength);
    return edit;
}

} // namespace

RecordDialog::RecordDialog(core::Database& db, const core::ServiceRecord& record, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_original(record)
    , m_version(record.id == 0 ? 0
                               : core::RecordVersion::of(db.connection(), QStringLiteral("service_record"), record.id))
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(record.id == 0 ? tr("New service record") : tr("Edit service record"));
    if (record.id != 0 && record.kind == core::RecordKind::Inspection) {
        m_hazards = core::ServiceRecordRepository(m_db).hazardsOf(record.id);
    }
    buildForm();
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(record.kind)));
    m_inspector->setCurrentIndex(m_inspector->findData(static_cast<int>(record.inspector)));
    if (record.inspector == core::Inspector::Joint) {
        m_jointAgency->setCurrentIndex(m_jointAgency->findData(record.agencyId));
    }
    m_date->setDate(record.doneOn.isValid() ? record.doneOn : core::Clock::today());
    m_topic->setText(record.topic);
    m_people->setValue(record.peopleCount);
    m_reportYear->setValue(record.reportYear > 0 ? record.reportYear : m_date->date().addMonths(-6).year());
    m_content->setPlainText(record.content);
    m_problems->setPlainText(record.problems);
    m_measures->setPlainText(record.measures);
    m_notes->setText(record.notes);
    updateAgency();
    for (int i = 0; i < m_experts->count(); ++i) {
        QListWidgetItem* item = m_experts->item(i);
        item->setCheckState(record.expertIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    refreshHazards();
    showKindFields();
    revalidate();
    HistoryTab::attach(this, m_db, QStringLiteral("service_record"), record.id);
    sizeToForm();
}

void RecordDialog::sizeToForm()
{
    // As large as the whole form where the screen allows (a scroll area alone would open small), then bounded by
    // the screen's free area (FormDialog does that when it is first shown).
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    resize(std::max(sizeHint().width(), m_formPage->sizeHint().width() + scrollBar + 24),
           sizeHint().height() - m_scroll->sizeHint().height() + m_formPage->sizeHint().height());
    if (isVisible()) {
        ScreenFit::fitToScreen(this);
    }
}

void RecordDialog::buildForm()
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (m_original.enterpriseId == 0) {
        m_enterprise = new EnterpriseCombo;
        m_enterprise->load(m_db, false);
        m_form->addRow(tr("Enterprise *"), m_enterprise);
        connect(m_enterprise, &QComboBox::currentIndexChanged, this, &RecordDialog::updateAgency);
        connect(m_enterprise, &QComboBox::editTextChanged, this, &RecordDialog::revalidate);
    } else {
        const auto e = core::EnterpriseRepository(m_db).find(m_original.enterpriseId);
        m_enterpriseLabel = new QLabel(e ? e->name : QString());
        m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseLabel"));
        m_enterpriseLabel->setTextFormat(Qt::PlainText);
        m_form->addRow(tr("Enterprise"), m_enterpriseLabel);
    }

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (core::RecordKind kind : core::allRecordKinds()) {
        m_kind->addItem(core::DomainText::recordKind(kind), static_cast<int>(kind));
    }
    m_kind->setEnabled(m_original.id == 0); // a saved record keeps its kind; void it and enter another
    m_form->addRow(tr("Kind *"), m_kind);
    // Who inspected (Inspector.h): the street's own inspections are no agency's obligation.
    m_inspector = new QComboBox;
    m_inspector->setObjectName(QStringLiteral("inspectorCombo"));
    for (core::Inspector i : core::allInspectors()) {
        m_inspector->addItem(core::DomainText::inspector(i), static_cast<int>(i));
    }
    m_form->addRow(tr("Inspected by *"), m_inspector);

    m_date = FormErrors::makeDate(QStringLiteral("dateEdit"));
    m_form->addRow(tr("Date *"), m_date);
    m_agency = new QLabel;
    m_agency->setObjectName(QStringLiteral("agencyLabel"));
    m_agency->setTextFormat(Qt::PlainText);
    m_form->addRow(tr("Agency"), m_agency);
    // A joint inspection names the agency that went along: the one serving that day unless another is chosen.
    m_jointAgency = new QComboBox;
    m_jointAgency->setObjectName(QStringLiteral("jointAgencyCombo"));
    m_jointAgency->addItem(tr("(choose the agency)"), qint64(0));
    for (const core::Agency& a : core::AgencyRepository(m_db).list(false)) {
        m_jointAgency->addItem(a.name, a.id);
    }
    m_form->addRow(tr("Inspected with *"), m_jointAgency);
    m_experts = new QListWidget;
    m_experts->setObjectName(QStringLiteral("expertList"));
    m_experts->setFixedHeight(72);
    m_form->addRow(tr("Experts"), m_experts);

    m_topic = makeLine(QStringLiteral("topicEdit"));
    m_form->addRow(tr("Topic *"), m_topic);
    m_people = new QSpinBox;
    m_people->setObjectName(QStringLiteral("peopleSpin"));
    m_people->setRange(0, ServiceRecordValidator::kMaxPeople);
    m_form->addRow(tr("Attendees *"), m_people);
    m_reportYear = new QSpinBox;
    m_reportYear->setObjectName(QStringLiteral("reportYearSpin"));
    m_reportYear->setRange(ServiceRecordValidator::kFirstReportYear, 2100);
    m_form->addRow(tr("Year reported on *"), m_reportYear);
    m_content = makeText(QStringLiteral("contentEdit"));
    m_form->addRow(tr("Findings"), m_content);
    m_problems = makeText(QStringLiteral("problemsEdit"));
    m_form->addRow(tr("Open problems"), m_problems);
    m_measures = makeText(QStringLiteral("measuresEdit"));
    m_form->addRow(tr("Next year's measures"), m_measures);
    m_notes = makeLine(QStringLiteral("notesEdit"));
    m_form->addRow(tr("Notes"), m_notes);
    // A record an agency's return brought says which file, sheet and row.
    if (m_original.id > 0) {
        if (const auto source
            = core::ReturnRepository(m_db).provenance(core::ReturnItem::Target::ServiceRecord, m_original.id)) {
            auto* from
                = new QLabel(tr("Agency return %1, sheet %2, row %3 (received %4)")
                                 .arg(source->fileName, core::ReturnRows::sheetNameOfKey(source->sheet))
                                 .arg(source->row)
                                 .arg(source->receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            from->setObjectName(QStringLiteral("sourceLabel"));
            from->setTextFormat(Qt::PlainText);
            from->setWordWrap(true);
            from->setToolTip(tr("SHA-256 of the file: %1").arg(source->sha256));
            m_form->addRow(tr("Source"), from);
        }
    }

    // Hazards found by an inspection: a short entry row and the list.
    m_hazardBox = new QGroupBox(tr("Hazards found"));
    m_hazardBox->setObjectName(QStringLiteral("hazardBox"));
    auto* hazardLayout = new QVBoxLayout(m_hazardBox);
    auto* entry = new QHBoxLayout;
    m_hazardPlace = makeLine(QStringLiteral("hazardPlaceEdit"));
    m_hazardPlace->setPlaceholderText(tr("Place"));
    m_hazardDescription = makeLine(QStringLiteral("hazardDescriptionEdit"));
    m_hazardDescription->setPlaceholderText(tr("Description"));
    m_hazardGrade = new QComboBox;
    m_hazardGrade->setObjectName(QStringLiteral("hazardGradeCombo"));
    for (core::HazardGrade g : { core::HazardGrade::General, core::HazardGrade::Major }) {
        m_hazardGrade->addItem(core::DomainText::hazardGrade(g), static_cast<int>(g));
    }
    m_hazardDeadline = FormErrors::makeDate(QStringLiteral("hazardDeadlineEdit"));
    m_hazardDeadline->setToolTip(tr("Rectification deadline"));
    m_hazardDeadline->setDate(core::Clock::today().addDays(30));
    m_hazardDemand = makeLine(QStringLiteral("hazardDemandEdit"));
    m_hazardDemand->setPlaceholderText(tr("Rectification demand"));
    // Categories the clerk's forms use; any other may be typed.
    m_hazardCategory = new QComboBox;
    m_hazardCategory->setObjectName(QStringLiteral("hazardCategoryCombo"));
    m_hazardCategory->setEditable(true);
    m_hazardCategory->addItems({ tr("Fire safety"), tr("Electrical"), tr("Machinery"), tr("Hazardous chemicals"),
                                 tr("Special equipment"), tr("Occupational health"), tr("Management") });
    m_hazardCategory->setCurrentIndex(-1);
    m_hazardCategory->lineEdit()->setPlaceholderText(tr("Category"));
    m_hazardResponsible = makeLine(QStringLiteral("hazardResponsibleEdit"));
    m_hazardResponsible->setPlaceholderText(tr("Responsible person"));
    auto* add = new QPushButton(tr("Add hazard"));
    add->setObjectName(QStringLiteral("addHazardButton"));
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeHazardButton"));
    entry->addWidget(m_hazardPlace, 1);
    entry->addWidget(m_hazardDescription, 2);
    entry->addWidget(m_hazardGrade);
    entry->addWidget(m_hazardDeadline);
    entry->addWidget(m_hazardDemand, 2);
    auto* entry2 = new QHBoxLayout;
    entry2->addWidget(m_hazardCategory, 1);
    entry2->addWidget(m_hazardResponsible, 1);
    entry2->addStretch(1);
    entry2->addWidget(add);
    hazardLayout->addLayout(entry);
    hazardLayout->addLayout(entry2);
    m_hazardTable = new QTableWidget(0, 7);
    m_hazardTable->setObjectName(QStringLiteral("hazardTable"));
    m_hazardTable->setHorizontalHeaderLabels({ tr("Place"), tr("Description"), tr("Grade"), tr("Deadline"),
                                               tr("Rectification demand"), tr("Category"), tr("Responsible person") });
    m_hazardTable->horizontalHeader()->setStretchLastSection(true);
    m_hazardTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hazardTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hazardTable->setFixedHeight(110);
    hazardLayout->addWidget(m_hazardTable);
    hazardLayout->addWidget(remove, 0, Qt::AlignRight);
    connect(add, &QPushButton::clicked, this, &RecordDialog::addHazard);
    connect(remove, &QPushButton::clicked, this, &RecordDialog::removeHazard);

    m_evidence = new EvidenceBox(m_db, kOwnerKind, m_original.id);

    // The form scrolls inside the dialog, so on a laptop screen (728 pixels free) the dialog fits and 保存 stays
    // in sight under it.
    m_formPage = new QWidget;
    m_formPage->setObjectName(QStringLiteral("formPage"));
    auto* pageLayout = new QVBoxLayout(m_formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(m_form);
    pageLayout->addWidget(m_hazardBox);
    pageLayout->addWidget(m_evidence);
    pageLayout->addStretch(1);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_formPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    addFrame(layout);
    m_topic->setMinimumWidth(480);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordDialog::showKindFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    // Only an inspection has an inspector: another kind is always the agency's, with the agency serving that day.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordDialog::updateAgency);
    connect(m_inspector, &QComboBox::currentIndexChanged, this, &RecordDialog::showKindFields);
    connect(m_inspector, &QComboBox::currentIndexChanged, this, &RecordDialog::updateAgency);
    connect(m_jointAgency, &QComboBox::currentIndexChanged, this, &RecordDialog::updateAgency);
    connect(m_date, &QDateEdit::dateChanged, this, &RecordDialog::updateAgency);
    connect(m_topic, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    connect(m_people, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    connect(m_reportYear, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    connect(m_content, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
}

core::Inspector RecordDialog::inspector() const
{
    const auto kind = static_cast<core::RecordKind>(m_kind->currentData().toInt());
    return kind == core::RecordKind::Inspection ? static_cast<core::Inspector>(m_inspector->currentData().toInt())
                                                : core::Inspector::Agency;
}

qint64 RecordDialog::enterpriseId() const
{
    return m_enterprise ? m_enterprise->enterpriseId() : m_original.enterpriseId;
}

void RecordDialog::showKindFields()
{
    const auto kind = static_cast<core::RecordKind>(m_kind->currentData().toInt());
    const bool training = kind == core::RecordKind::Training;
    const bool drill = kind == core::RecordKind::Drill;
    const bool report = kind == core::RecordKind::YearEndReport;
    m_form->setRowVisible(m_topic, training || drill);
    m_form->setRowVisible(m_people, training || drill);
    m_form->setRowVisible(m_reportYear, report);
    m_form->setRowVisible(m_problems, report);
    m_form->setRowVisible(m_measures, report);
    if (auto* topicLabel = qobject_cast<QLabel*>(m_form->labelForField(m_topic))) {
        topicLabel->setText(drill ? tr("Scenario *") : tr("Topic *"));
    }
    if (auto* peopleLabel = qobject_cast<QLabel*>(m_form->labelForField(m_people))) {
        peopleLabel->setText(drill ? tr("Participants *") : tr("Attendees *"));
    }
    if (auto* contentLabel = qobject_cast<QLabel*>(m_form->labelForField(m_content))) {
        contentLabel->setText(report ? tr("Summary of the year *") : training ? tr("Content") : tr("Findings"));
    }
    m_hazardBox->setVisible(kind == core::RecordKind::Inspection);
    const core::Inspector by = inspector();
    m_form->setRowVisible(m_inspector, kind == core::RecordKind::Inspection);
    // The street's own inspection names no agency and no agency's experts.
    m_form->setRowVisible(m_agency, by == core::Inspector::Agency);
    m_form->setRowVisible(m_jointAgency, by == core::Inspector::Joint);
    m_form->setRowVisible(m_experts, by != core::Inspector::Street);
    sizeToForm();
}

void RecordDialog::updateAgency()
{
    const qint64 enterprise = enterpriseId();
    m_servingId = enterprise > 0 ? core::ServiceRecordRepository(m_db).agencyServing(enterprise, m_date->date()) : 0;
    const core::Inspector by = inspector();
    if (by == core::Inspector::Joint && m_jointAgency->currentData().toLongLong() == 0 && m_servingId > 0) {
        const QSignalBlocker blocker(m_jointAgency);
        m_jointAgency->setCurrentIndex(std::max(0, m_jointAgency->findData(m_servingId)));
    }
    m_agencyId = by == core::Inspector::Street ? 0
        : by == core::Inspector::Joint         ? m_jointAgency->currentData().toLongLong()
                                               : m_servingId;
    QList<qint64> checked;
    for (int i = 0; i < m_experts->count(); ++i) {
        if (m_experts->item(i)->checkState() == Qt::Checked) {
            checked.append(m_experts->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    m_experts->clear();
    core::AgencyRepository agencies(m_db);
    const auto agency = m_agencyId > 0 ? agencies.find(m_agencyId) : std::nullopt;
    m_agency->setText(agency ? agency->name : QString());
    if (agency) {
        for (const core::Expert& x : agencies.experts(m_agencyId, false)) {
            auto* item = new QListWidgetItem(x.name, m_experts);
            item->setData(Qt::UserRole, x.id);
            item->setCheckState(checked.contains(x.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    revalidate();
}

core::ServiceRecord RecordDialog::collect() const
{
    core::ServiceRecord r = m_original;
    r.enterpriseId = enterpriseId();
    r.kind = static_cast<core::RecordKind>(m_kind->currentData().toInt());
    r.doneOn = m_date->date();
    r.inspector = inspector();
    r.agencyId = m_agencyId;
    const bool counted = r.kind == core::RecordKind::Training || r.kind == core::RecordKind::Drill;
    r.topic = counted ? m_topic->text().trimmed() : QString();
    r.peopleCount = counted ? m_people->value() : 0;
    r.reportYear = r.kind == core::RecordKind::YearEndReport ? m_reportYear->value() : 0;
    r.content = m_content->toPlainText().trimmed().left(ServiceRecordValidator::kMaxTextLength);
    r.problems = r.kind == core::RecordKind::YearEndReport
        ? m_problems->toPlainText().trimmed().left(ServiceRecordValidator::kMaxTextLength)
        : QString();
    r.measures = r.kind == core::RecordKind::YearEndReport
        ? m_measures->toPlainText().trimmed().left(ServiceRecordValidator::kMaxTextLength)
        : QString();
    r.notes = m_notes->text().trimmed();
    r.expertIds.clear();
    for (int i = 0; i < m_experts->count(); ++i) {
        if (m_experts->item(i)->checkState() == Qt::Checked) {
            r.expertIds.append(m_experts->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    return r;
}

QString RecordDialog::problem() const
{
    const core::ServiceRecord r = collect();
    QString problem = ServiceRecordValidator::problem(r, core::Clock::today());
    if (problem.isEmpty() && m_agencyId == 0 && r.inspector == core::Inspector::Agency) {
        problem = tr("On %1 the enterprise was not under any service contract; check the date.")
                      .arg(r.doneOn.toString(Qt::ISODate));
    }
    if (problem.isEmpty() && m_agencyId == 0 && r.inspector == core::Inspector::Joint) {
        problem = tr("Choose the agency that inspected with the street.");
    }
    return problem;
}

void RecordDialog::revalidate()
{
    if (!frame()) {
        return;
    }
    const QString problem = this->problem();
    frame()->showError(problem);
    frame()->setAcceptEnabled(problem.isEmpty());
}

void RecordDialog::addHazard()
{
    core::Hazard h;
    h.place = m_hazardPlace->text().trimmed();
    h.description = m_hazardDescription->text().trimmed();
    h.grade = static_cast<core::HazardGrade>(m_hazardGrade->currentData().toInt());
    h.deadline = m_hazardDeadline->date();
    h.demand = m_hazardDemand->text().trimmed();
    h.category = m_hazardCategory->currentText().trimmed();
    h.responsible = m_hazardResponsible->text().trimmed();
    h.foundOn = m_date->date();
    const QString problem = ServiceRecordValidator::hazardProblem(h);
    if (!problem.isEmpty()) {
        frame()->showError(problem);
        return;
    }
    m_hazards.append(h);
    m_hazardPlace->clear();
    m_hazardDescription->clear();
    m_hazardDemand->clear();
    m_hazardCategory->setCurrentIndex(-1);
    refreshHazards();
    revalidate();
}

void RecordDialog::removeHazard()
{
    const int row = m_hazardTable->currentRow();
    if (row < 0 || row >= m_hazards.size()) {
        return;
    }
    if (m_hazards.at(row).id != 0) {
        // A saved hazard has its own history now; it is closed or corrected in the hazard register.
        frame()->showError(tr("A saved hazard cannot be removed here."));
        return;
    }
    m_hazards.removeAt(row);
    refreshHazards();
}

void RecordDialog::refreshHazards()
{
    m_hazardTable->setRowCount(static_cast<int>(m_hazards.size()));
    for (int row = 0; row < m_hazards.size(); ++row) {
        const core::Hazard& h = m_hazards.at(row);
        const QStringList cells = { h.place,
                                    h.description,
                                    core::DomainText::hazardGrade(h.grade),
                                    h.deadline.toString(Qt::ISODate),
                                    h.demand,
                                    h.category,
                                    h.responsible };
        for (int column = 0; column < cells.size(); ++column) {
            m_hazardTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

void RecordDialog::accept()
{
    // The day may have moved on since the form was checked.
    revalidate();
    FormDialog::accept();
}

bool RecordDialog::save(QString* error)
{
    core::ServiceRecord r = collect();
    QList<core::Hazard> hazards = r.kind == core::RecordKind::Inspection ? m_hazards : QList<core::Hazard>();
    // Refused over someone else's newer change of the record, the form kept open (RecordVersion).
    if (!core::RecordVersion::writeIfUnchanged(
            m_db.connection(), QStringLiteral("service_record"), m_original.id, m_version,
            [&](QString* why) { return core::ServiceRecordRepository(m_db).save(r, &hazards, why); }, error)) {
        return false;
    }
    m_version = core::RecordVersion::of(m_db.connection(), QStringLiteral("service_record"), r.id);
    m_saved = r;
    m_original = r;
    m_hazards = hazards;
    // Each file is attached on its own: a file that cannot be read does not undo the saved record.
    const QStringList failed = m_evidence->attachPending(r.id);
    if (!failed.isEmpty()) {
        MessageBox::warning(
            this, tr("Evidence file"),
            tr("The record was saved, but these files were not attached:\n%1").arg(failed.join(QLatin1Char('\n'))));
    }
    return true;
}

} // namespace sl::ui
