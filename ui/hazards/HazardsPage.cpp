#include "HazardsPage.h"

#include "audit/HistoryView.h"

#include "db/ReturnRepository.h"
#include "returns/ReturnRows.h"

#include "Clock.h"
#include "ExtensionDialog.h"
#include "HazardFilterProxy.h"
#include "HazardStepDialog.h"
#include "HazardTableModel.h"
#include "InterviewDialog.h"
#include "common/FileDialog.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/EvidenceRepository.h"
#include "db/HazardRepository.h"
#include "db/RiskRepository.h"
#include "db/SettingRepository.h"
#include "model/DomainText.h"
#include "reports/PdfDocumentWriter.h"

#include <QAction>
#include <QTextDocument>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sl::ui {

namespace {

QComboBox* makeCombo(const QString& objectName, const QString& anyText)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(anyText, -1);
    return combo;
}

} // namespace

HazardsPage::HazardsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : ListPage(
        db, settings, QStringLiteral("hazardsPage"), [this] { reload(); }, parent)
{
    m_model = new HazardTableModel(this);
    m_proxy = new HazardFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    reload();
}

void HazardsPage::buildUi()
{
    using Action = core::HazardLifecycle::Action;
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("hazardToolbar"));
    for (Action a : core::HazardLifecycle::allActions()) {
        QAction* action = toolbar->addAction(HazardStepDialog::actionTitle(a), this, [this, a] { takeStep(a); });
        action->setObjectName(core::HazardLifecycle::actionKey(a) + QStringLiteral("Action"));
        m_stepActions.insert(a, action);
        if (a == Action::FailRecheck) {
            toolbar->addSeparator();
        }
    }
    toolbar->addSeparator();
    m_extensionAction = toolbar->addAction(tr("Extension…"), this, &HazardsPage::extension);
    m_extensionAction->setObjectName(QStringLiteral("extensionAction"));
    m_interviewAction = toolbar->addAction(tr("Interview / notice…"), this, &HazardsPage::interview);
    m_interviewAction->setObjectName(QStringLiteral("interviewAction"));
    toolbar->addSeparator();
    m_noticeAction = toolbar->addAction(tr("Rectification notice…"), this, &HazardsPage::saveNotice);
    m_noticeAction->setObjectName(QStringLiteral("noticeAction"));
    m_noticeAction->setToolTip(
        tr("Save the rectification notice of the selected hazards as a PDF, to hand to the enterprise"));
    m_enterpriseNoticeAction
        = toolbar->addAction(tr("Notice of all open hazards…"), this, &HazardsPage::saveEnterpriseNotice);
    m_enterpriseNoticeAction->setObjectName(QStringLiteral("enterpriseNoticeAction"));
    m_recheckAction = toolbar->addAction(tr("Re-check opinion…"), this, &HazardsPage::saveRecheckOpinion);
    m_recheckAction->setObjectName(QStringLiteral("recheckOpinionAction"));
    m_beforeAction = toolbar->addAction(tr("Attach \"before\" photo…"), this, &HazardsPage::attachBefore);
    m_beforeAction->setObjectName(QStringLiteral("attachBeforeAction"));

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(core::DomainText::yearSuffix());
    m_year->setValue(core::Clock::today().year());
    m_allYears = new QCheckBox(tr("All years"));
    m_allYears->setObjectName(QStringLiteral("allYearsCheck"));
    m_state = makeCombo(QStringLiteral("stateFilter"), tr("Any state"));
    for (core::HazardState s : core::allHazardStates()) {
        m_state->addItem(core::DomainText::hazardState(s), static_cast<int>(s));
    }
    m_grade = makeCombo(QStringLiteral("gradeFilter"), tr("Any grade"));
    for (core::HazardGrade g : { core::HazardGrade::General, core::HazardGrade::Major }) {
        m_grade->addItem(core::DomainText::hazardGrade(g), static_cast<int>(g));
    }
    m_supervision = makeCombo(QStringLiteral("supervisionFilter"), tr("Any supervision"));
    for (core::Supervision s : { core::Supervision::None, core::Supervision::Supervised, core::Supervision::Listed }) {
        m_supervision->addItem(core::DomainText::supervision(s), static_cast<int>(s));
    }
    m_agency = makeCombo(QStringLiteral("agencyFilter"), tr("All agencies"));
    // Who found it: the agency filter names one agency; the street's own inspections have none (Inspector.h).
    m_source = makeCombo(QStringLiteral("sourceFilter"), tr("All sources"));
    m_source->addItem(tr("Agencies"), static_cast<int>(core::Inspector::Agency));
    for (core::Inspector i : { core::Inspector::Street, core::Inspector::Joint }) {
        m_source->addItem(core::DomainText::inspector(i), static_cast<int>(i));
    }
    m_community = makeCombo(QStringLiteral("communityFilter"), tr("All communities"));
    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("overdueCheck"));
    m_search = SearchBox::create(this, tr("Search enterprise, description, number… (Ctrl+F)"));
    m_enterpriseLabel = new QLabel;
    m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseFilterLabel"));
    m_enterpriseLabel->setTextFormat(Qt::PlainText);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_year);
    filters->addWidget(m_allYears);
    for (QComboBox* c : { m_state, m_grade, m_supervision }) {
        filters->addWidget(c);
    }
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    auto* second = new QHBoxLayout;
    second->addWidget(m_agency);
    second->addWidget(m_source);
    second->addWidget(m_community);
    second->addWidget(m_search, 1);
    second->addWidget(m_enterpriseLabel);

    m_table = RecordTable::create(QStringLiteral("hazardTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(HazardTableModel::Found, Qt::DescendingOrder);
    m_table->horizontalHeader()->resizeSection(HazardTableModel::Enterprise, 200);
    m_table->horizontalHeader()->resizeSection(HazardTableModel::Description, 240);
    m_table->horizontalHeader()->resizeSection(HazardTableModel::Deadline, 150);
    for (const int narrow : { HazardTableModel::Grade, HazardTableModel::State, HazardTableModel::Overdue,
                              HazardTableModel::Supervision }) {
        m_table->horizontalHeader()->resizeSection(narrow, 76);
    }
    // What the clerk decides by first (state, overdue, supervision stay in view at 1366 px); the description,
    // last, takes the rest of the width and elides.
    RecordTable::remember(m_table, m_settings,
                          { HazardTableModel::Number, HazardTableModel::Enterprise, HazardTableModel::Grade,
                            HazardTableModel::State, HazardTableModel::Overdue, HazardTableModel::Supervision,
                            HazardTableModel::Deadline, HazardTableModel::Found, HazardTableModel::Community,
                            HazardTableModel::Agency, HazardTableModel::Description });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HazardsPage::updateDetail);

    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("hazardDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history = new QTableWidget(0, 5);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels({ tr("Date"), tr("Step"), tr("State after"), tr("By"), tr("Remark") });
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    connect(m_evidence, &QListWidget::itemDoubleClicked, this, [](QListWidgetItem* item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
    });
    // The risk point (风险点) of the enterprise's assessment in force that the hazard belongs to.
    m_riskPoint = new QComboBox;
    m_riskPoint->setObjectName(QStringLiteral("riskPointCombo"));
    m_riskPoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_riskPoint->setMinimumContentsLength(12);
    m_linkRiskPoint = new QPushButton(tr("Link"));
    m_linkRiskPoint->setObjectName(QStringLiteral("linkRiskPointButton"));
    connect(m_linkRiskPoint, &QPushButton::clicked, this, &HazardsPage::linkRiskPoint);
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(new QLabel(tr("Risk point")));
    riskRow->addWidget(m_riskPoint, 1);
    riskRow->addWidget(m_linkRiskPoint);
    auto* detailText = new QVBoxLayout;
    detailText->addWidget(m_detail, 1);
    detailText->addLayout(riskRow);
    auto* detail = new QWidget;
    auto* detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(detailText, 2);
    // The steps, and beside them the hazard's own audit entries (历史): who changed what in it.
    auto* historyTabs = new QTabWidget;
    historyTabs->setObjectName(QStringLiteral("hazardHistoryTabs"));
    historyTabs->addTab(m_history, tr("Steps"));
    m_auditHistory = new HistoryView(m_db, QStringLiteral("hazard"), 0);
    historyTabs->addTab(m_auditHistory, tr("History"));
    detailLayout->addWidget(historyTabs, 4);
    detailLayout->addWidget(m_evidence, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    layOutList(
        toolbar, { filters, second }, splitter, [this] { return tr("Hazards %1").arg(m_year->value()); },
        { m_extensionAction, m_interviewAction, nullptr, m_noticeAction, m_recheckAction }, nullptr);

    const auto refilter = [this] {
        m_proxy->setState(m_state->currentData().toInt());
        m_proxy->setGrade(m_grade->currentData().toInt());
        m_proxy->setSupervision(m_supervision->currentData().toInt());
        m_proxy->setAgency(std::max<qint64>(0, m_agency->currentData().toLongLong()));
        m_proxy->setInspector(m_source->currentData().toInt());
        m_proxy->setCommunity(std::max<qint64>(0, m_community->currentData().toLongLong()));
        m_proxy->setOverdueOnly(m_overdue->isChecked());
        m_count->setText(tr("%1 of %2 hazards shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
        updateDetail();
    };
    for (QComboBox* c : { m_state, m_grade, m_supervision, m_agency, m_source, m_community }) {
        connect(c, &QComboBox::currentIndexChanged, this, refilter);
    }
    connect(m_overdue, &QCheckBox::toggled, this, refilter);
    connect(m_search, &QLineEdit::textChanged, this, [this, refilter](const QString& text) {
        m_proxy->setSearchText(text);
        refilter();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, refilter);
    connect(m_year, &QSpinBox::valueChanged, this, &HazardsPage::reload);
    connect(m_allYears, &QCheckBox::toggled, this, &HazardsPage::reload);
}

void HazardsPage::reloadFilters()
{
    const auto refill = [](QComboBox* combo, const QList<QPair<QString, qint64>>& items) {
        const qint64 keep = combo->currentData().toLongLong();
        const QSignalBlocker block(combo);
        while (combo->count() > 1) {
            combo->removeItem(1);
        }
        for (const auto& [name, id] : items) {
            combo->addItem(name, id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    QList<QPair<QString, qint64>> agencies;
    for (const core::Agency& a : core::AgencyRepository(m_db).list(true)) {
        agencies.append({ a.name, a.id });
    }
    refill(m_agency, agencies);
    QList<QPair<QString, qint64>> communities;
    for (const core::Community& c : core::CommunityRepository(m_db).list(true)) {
        communities.append({ c.name, c.id });
    }
    refill(m_community, communities);
}

void HazardsPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentHazardId();
    reloadFilters();
    m_year->setEnabled(!m_allYears->isChecked() && m_enterprise == 0);
    const int year = m_allYears->isChecked() || m_enterprise != 0 ? 0 : m_year->value();
    m_model->setYear(core::HazardYear::load(m_db, year, core::Clock::today()));
    m_proxy->setEnterprise(m_enterprise);
    const QString name = m_model->year().enterprise(m_enterprise).name;
    m_enterpriseLabel->setText(m_enterprise != 0 ? tr("Enterprise: %1, every year").arg(name) : QString());
    selectHazard(keep);
    updateDetail();
}

void HazardsPage::showEnterprise(qint64 enterpriseId)
{
    m_enterprise = enterpriseId;
    m_search->clear();
    reload();
}

qint64 HazardsPage::currentHazardId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HazardTableModel::HazardIdRole).toLongLong() : 0;
}

void HazardsPage::selectHazard(qint64 id)
{
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void HazardsPage::updateDetail()
{
    const qint64 id = currentHazardId();
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
        it.value()->setEnabled(row >= 0 && core::HazardLifecycle::available(m_model->hazard(row)).contains(it.key()));
    }
    const bool open = row >= 0 && m_model->hazard(row).isOpen();
    m_extensionAction->setEnabled(open);
    m_interviewAction->setEnabled(row >= 0);
    m_noticeAction->setEnabled(row >= 0);
    m_enterpriseNoticeAction->setEnabled(row >= 0);
    m_recheckAction->setEnabled(row >= 0);
    m_beforeAction->setEnabled(row >= 0);
    m_history->setRowCount(0);
    m_evidence->clear();
    m_riskPoint->clear();
    m_riskPoint->setEnabled(row >= 0);
    m_linkRiskPoint->setEnabled(row >= 0);
    if (row < 0) {
        m_detail->clear();
        m_auditHistory->setRecord(QStringLiteral("hazard"), 0);
        return;
    }
    const core::Hazard& h = m_model->hazard(row);
    const core::HazardYear& year = m_model->year();
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(core::HazardYear::number(h), year.enterprise(h.enterpriseId).name,
                      core::DomainText::hazardGrade(h.grade));
    lines << tr("Place: %1").arg(h.place) << tr("Rectification demand: %1").arg(h.demand)
          << tr("Responsible: %1").arg(h.responsible)
          << tr("Deadline: %1 (in force: %2)")
                 .arg(h.deadline.toString(Qt::ISODate), h.effectiveDeadline().toString(Qt::ISODate));
    if (h.supervision == core::Supervision::Listed) {
        lines << tr("Listed: measures %1; funds %2; deadline %3; responsible %4; plan %5")
                     .arg(h.listed.measures, h.listed.funds, h.listed.deadline.toString(Qt::ISODate),
                          h.listed.responsible, h.listed.plan);
    }
    if (h.delistedOn.isValid()) {
        lines << tr("Delisted on %1").arg(h.delistedOn.toString(Qt::ISODate));
    }
    if (const auto source = core::ReturnRepository(m_db).provenance(core::ReturnItem::Target::Hazard, h.id)) {
        lines << tr("Source: agency return %1, sheet %2, row %3")
                     .arg(source->fileName, core::ReturnRows::sheetNameOfKey(source->sheet))
                     .arg(source->row);
    }
    // The enterprise's risk points: those of the assessment in force offered, the linked one named wherever it is.
    core::RiskRepository risks(m_db);
    const qint64 linked = risks.riskPointOfHazard(h.id);
    const QList<core::RiskAssessment> assessments = risks.listOf(h.enterpriseId);
    const auto pointText
        = [](const core::RiskPoint& p) { return tr("%1 (%2)").arg(p.place, core::DomainText::riskLevel(p.level)); };
    m_riskPoint->addItem(tr("(none)"), 0);
    bool inForceFound = false;
    for (const core::RiskAssessment& a : assessments) {
        const bool inForce = !inForceFound && a.assessedOn <= core::Clock::today();
        inForceFound = inForceFound || inForce;
        for (const core::RiskPoint& p : a.points) {
            if (p.id == linked) {
                lines << tr("Risk point: %1, assessed on %2").arg(pointText(p), a.assessedOn.toString(Qt::ISODate));
            }
            if (inForce || p.id == linked) {
                m_riskPoint->addItem(pointText(p), p.id);
            }
        }
    }
    m_riskPoint->setCurrentIndex(std::max(0, m_riskPoint->findData(linked)));
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_auditHistory->setRecord(QStringLiteral("hazard"), h.id);
    core::HazardRepository repository(m_db);
    const QList<core::HazardEvent> events = repository.events(h.id);
    m_history->setRowCount(static_cast<int>(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const core::HazardEvent& e = events.at(i);
        const QStringList cells = { e.happenedOn.toString(Qt::ISODate), core::DomainText::hazardEvent(e.action),
                                    core::DomainText::hazardState(e.to),
                                    e.recheckedBy.isEmpty() || e.recheckedBy == e.operatorName
                                        ? e.operatorName
                                        : tr("%1 (re-checked by %2)").arg(e.operatorName, e.recheckedBy),
                                    e.remark };
        for (int c = 0; c < cells.size(); ++c) {
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    core::EvidenceRepository evidence(m_db);
    for (const core::EvidenceFile& f : evidence.listOf(QStringLiteral("hazard"), h.id)) {
        const QString role = f.role == QLatin1String("after") ? tr("after") : tr("before");
        auto* item = new QListWidgetItem(tr("%1: %2").arg(role, f.originalName), m_evidence);
        item->setData(Qt::UserRole, evidence.absolutePath(f));
    }
}

void HazardsPage::linkRiskPoint()
{
    const qint64 id = currentHazardId();
    if (id == 0) {
        return;
    }
    QString error;
    if (!core::RiskRepository(m_db).linkHazard(id, m_riskPoint->currentData().toLongLong(), &error)) {
        MessageBox::warning(this, tr("Risk point not linked"), error);
        return;
    }
    changed(id);
}

void HazardsPage::changed(qint64 keepHazard)
{
    reload();
    selectHazard(keepHazard);
    emit dataChanged();
}

void HazardsPage::takeStep(core::HazardLifecycle::Action action)
{
    const qint64 id = currentHazardId();
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    HazardStepDialog dialog(m_db, m_model->hazard(row), action, this);
    if (dialog.exec() == QDialog::Accepted) {
        changed(id);
    }
}

void HazardsPage::extension()
{
    const qint64 id = currentHazardId();
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    ExtensionDialog dialog(m_db, m_model->hazard(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        changed(id);
    }
}

void HazardsPage::interview()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    // The interview is about the selected hazards of the first one's enterprise.
    const core::Hazard& first = m_model->hazard(m_proxy->mapToSource(rows.first()).row());
    core::Interview i;
    i.enterpriseId = first.enterpriseId;
    i.agencyId = first.agencyId;
    i.reason = tr("Hazards not rectified in time");
    for (const QModelIndex& index : rows) {
        const core::Hazard& h = m_model->hazard(m_proxy->mapToSource(index).row());
        if (h.enterpriseId == first.enterpriseId) {
            i.hazardIds.append(h.id);
        }
    }
    InterviewDialog dialog(m_db, i, m_model->year().enterprise(first.enterpriseId).name,
                           m_model->year().agencyName(first.agencyId), this);
    if (dialog.exec() == QDialog::Accepted) {
        emit dataChanged();
    }
}

QList<qint64> HazardsPage::selectedHazardsOfOneEnterprise() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return ids;
    }
    const qint64 enterprise = m_model->hazard(m_proxy->mapToSource(rows.first()).row()).enterpriseId;
    for (const QModelIndex& index : rows) {
        const core::Hazard& h = m_model->hazard(m_proxy->mapToSource(index).row());
        if (h.enterpriseId == enterprise) {
            ids.append(h.id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void HazardsPage::saveNotice()
{
    saveNoticeOf(core::HazardNoticeDocument::Kind::Rectification, selectedHazardsOfOneEnterprise());
}

void HazardsPage::saveEnterpriseNotice()
{
    const QList<qint64> selected = selectedHazardsOfOneEnterprise();
    if (selected.isEmpty()) {
        return;
    }
    const std::optional<core::Hazard> first = core::HazardRepository(m_db).find(selected.first());
    if (!first) {
        return;
    }
    const QList<qint64> open = core::HazardNoticeDocument::openHazards(m_db, first->enterpriseId);
    if (open.isEmpty()) {
        MessageBox::information(this, tr("No notice"), tr("This enterprise has no open hazard."));
        return;
    }
    saveNoticeOf(core::HazardNoticeDocument::Kind::Rectification, open);
}

void HazardsPage::saveRecheckOpinion()
{
    saveNoticeOf(core::HazardNoticeDocument::Kind::Recheck, selectedHazardsOfOneEnterprise());
}

void HazardsPage::saveNoticeOf(core::HazardNoticeDocument::Kind kind, const QList<qint64>& hazards)
{
    if (hazards.isEmpty()) {
        return;
    }
    const QString street = core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
    const core::HazardNoticeDocument::Built notice
        = core::HazardNoticeDocument::build(m_db, kind, hazards, core::Clock::today(), street);
    if (!notice.document) {
        MessageBox::warning(this, tr("No notice"), notice.error);
        return;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Save the notice as PDF"),
                                                     notice.title + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!core::PdfDocumentWriter::write(*notice.document, notice.title, street, QPageLayout::Portrait, path, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
    }
}

void HazardsPage::attachBefore()
{
    const qint64 id = currentHazardId();
    if (id == 0) {
        return;
    }
    const QString path = FileDialog::getOpenFileName(this, tr("Attach \"before\" photo"),
                                                     tr("Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!core::EvidenceRepository(m_db).attach(QStringLiteral("hazard"), id, path, nullptr, &error,
                                               QStringLiteral("before"))) {
        MessageBox::warning(this, tr("Evidence file"), error);
        return;
    }
    updateDetail();
}

} // namespace sl::ui
