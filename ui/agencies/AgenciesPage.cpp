#include "AgenciesPage.h"

#include "Clock.h"
#include "common/StatusStyle.h"
#include "returns/ReturnTemplateExport.h"

#include "AgencyDialog.h"
#include "AgencyTableModel.h"
#include "AppSettings.h"
#include "ExpertDialog.h"
#include "ExpertTableModel.h"
#include "common/DetailPane.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordFilterProxy.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "db/AgencyRepository.h"
#include "db/ContractRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

AgenciesPage::AgenciesPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : RecordListPage(db, settings, QStringLiteral("agenciesPage"), AgencyTableModel::IdRole,
                     AgencyTableModel::ArchivedRole, parent)
    , m_model(new AgencyTableModel(db, this))
    , m_proxy(new RecordFilterProxy(this))
    , m_expertModel(new ExpertTableModel(this))
    , m_expertProxy(new RecordFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgencyTableModel::SortRole);
    m_proxy->setSearchRole(AgencyTableModel::SearchTextRole);
    m_proxy->setArchivedRole(AgencyTableModel::ArchivedRole);
    m_expertProxy->setSourceModel(m_expertModel);
    m_expertProxy->setSortRole(ExpertTableModel::SortRole);
    buildUi();
    m_table->sortByColumn(AgencyTableModel::Name, Qt::AscendingOrder);
    m_expertTable->sortByColumn(ExpertTableModel::Name, Qt::AscendingOrder);
    reload();
}

void AgenciesPage::buildUi()
{
    QToolBar* toolbar = createRecordToolbar(QStringLiteral("agencyToolbar"), QStringLiteral("Agency"),
                                            tr("New agency (Ctrl+N)"), [this] { newAgency(); });
    toolbar->addSeparator();
    // The quarter's return workbook; the menu offers the quarter before, which is the one due at the start of
    // a quarter.
    m_returnAction = toolbar->addAction(tr("Return workbook"), this, [this] { writeReturnTemplate(0); });
    m_returnAction->setObjectName(QStringLiteral("returnTemplateAction"));
    m_returnAction->setToolTip(tr("Write the selected agency's return workbook for this quarter, to send to it"));
    auto* returnMenu = new QMenu(this);
    returnMenu->addAction(tr("This quarter"), this, [this] { writeReturnTemplate(0); });
    QAction* lastQuarter = returnMenu->addAction(tr("Last quarter"), this, [this] { writeReturnTemplate(-1); });
    lastQuarter->setObjectName(QStringLiteral("lastQuarterReturnAction"));
    m_returnAction->setMenu(returnMenu);
    if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(m_returnAction))) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    addCopyAction(toolbar, QStringLiteral("copyAgenciesAction"));

    m_search = SearchBox::create(this, tr("Search name, credit code, contact, expert… (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);

    createShowArchived(tr("Also list archived agencies and archived experts"));
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowArchived(show);
        reloadExperts();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showArchived);

    createTable(QStringLiteral("agencyTable"), m_proxy, true, 110,
                { { AgencyTableModel::Name, 280 },
                  { AgencyTableModel::CreditCode, 180 },
                  { AgencyTableModel::Qualification, 280 },
                  { AgencyTableModel::ContactPerson, 110 },
                  { AgencyTableModel::ContactPhone, 140 },
                  { AgencyTableModel::ActiveExperts, 70 } });
    RecordTable::remember(m_table, m_settings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
        reloadExperts();
    });
    countRowsOf(m_proxy);

    auto* detailScroll = new DetailPane(260);
    m_detailName = detailScroll->name();
    m_detailBody = detailScroll->body();

    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(detailScroll);
    lower->addWidget(buildExpertPane());
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 3);
    lower->setSizes({ 320, 980 });

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // A street has a handful of agencies: most of the height goes to the experts.
    splitter->setSizes({ 230, 470 });

    connect(this, &RecordListPage::recordSaved, this, &AgenciesPage::dataChanged);
    layOut(toolbar, filters, splitter, tr("Service agencies"));
}

QWidget* AgenciesPage::buildExpertPane()
{
    m_expertGroup = new QGroupBox(tr("Experts"));
    m_expertGroup->setObjectName(QStringLiteral("expertGroup"));

    m_addExpert = new QPushButton(tr("Add expert…"));
    m_addExpert->setObjectName(QStringLiteral("addExpertButton"));
    m_editExpert = new QPushButton(tr("Edit expert…"));
    m_editExpert->setObjectName(QStringLiteral("editExpertButton"));
    m_archiveExpert = new QPushButton(tr("Archive expert"));
    m_archiveExpert->setObjectName(QStringLiteral("archiveExpertButton"));
    m_restoreExpert = new QPushButton(tr("Restore expert"));
    m_restoreExpert->setObjectName(QStringLiteral("restoreExpertButton"));
    connect(m_addExpert, &QPushButton::clicked, this, &AgenciesPage::addExpert);
    connect(m_editExpert, &QPushButton::clicked, this, &AgenciesPage::editExpert);
    connect(m_archiveExpert, &QPushButton::clicked, this, &AgenciesPage::archiveExpert);
    connect(m_restoreExpert, &QPushButton::clicked, this, &AgenciesPage::restoreExpert);

    m_expertSummary = new QLabel;
    m_expertSummary->setObjectName(QStringLiteral("expertSummary"));
    m_expertSummary->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addExpert);
    buttons->addWidget(m_editExpert);
    buttons->addWidget(m_archiveExpert);
    buttons->addWidget(m_restoreExpert);
    buttons->addStretch(1);
    buttons->addWidget(m_expertSummary);

    m_expertTable = RecordTable::create(QStringLiteral("expertTable"), true);
    m_expertTable->setModel(m_expertProxy);
    m_expertTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_expertTable->horizontalHeader()->setDefaultSectionSize(110);
    m_expertTable->setColumnWidth(ExpertTableModel::Name, 90);
    m_expertTable->setColumnWidth(ExpertTableModel::Specialty, 110);
    m_expertTable->setColumnWidth(ExpertTableModel::Certificate, 130);
    m_expertTable->setColumnWidth(ExpertTableModel::CertificateNo, 120);
    m_expertTable->setColumnWidth(ExpertTableModel::CertificateExpiry, 220);
    m_expertTable->setColumnWidth(ExpertTableModel::Phone, 110);
    RecordTable::remember(m_expertTable, m_settings);
    connect(m_expertTable, &QTableView::doubleClicked, this, &AgenciesPage::editExpert);
    connect(m_expertTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgenciesPage::updateActions);

    auto* layout = new QVBoxLayout(m_expertGroup);
    layout->addLayout(buttons);
    layout->addWidget(m_expertTable, 1);
    return m_expertGroup;
}

void AgenciesPage::setToday(const QDate& today)
{
    m_expertModel->setToday(today);
    reloadExperts();
}

void AgenciesPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentId();
    const qint64 keepExpert = currentExpertId();
    m_model->reload();
    if (keep > 0) {
        selectAgency(keep);
    }
    updateDetails();
    reloadExperts();
    if (keepExpert > 0) {
        selectExpert(keepExpert);
    }
    updateActions();
    updateCount();
}

void AgenciesPage::reloadExperts()
{
    const qint64 agencyId = currentId();
    const qint64 keep = currentExpertId();
    const auto* agency = m_model->agencyAt(m_model->rowOfId(agencyId));
    m_expertModel->setExperts(agencyId > 0 ? core::AgencyRepository(m_db).experts(agencyId, m_showArchived->isChecked())
                                           : QList<core::Expert>());
    m_expertGroup->setTitle(agency ? tr("Experts of %1").arg(agency->name) : tr("Experts"));
    int expired = 0;
    int soon = 0;
    for (int row = 0; row < m_expertModel->rowCount(); ++row) {
        const core::Expert* e = m_expertModel->expertAt(row);
        if (e->archived) {
            continue;
        }
        expired += m_expertModel->expiryOf(*e) == ExpertTableModel::Expiry::Expired ? 1 : 0;
        soon += m_expertModel->expiryOf(*e) == ExpertTableModel::Expiry::Soon ? 1 : 0;
    }
    QStringList summary;
    if (expired > 0) {
        summary << tr("%n certificate(s) expired", nullptr, expired);
    }
    if (soon > 0) {
        summary << tr("%n expiring within %1 days", nullptr, soon).arg(ExpertTableModel::WarningDays);
    }
    m_expertSummary->setText(summary.join(tr("; ")));
    m_expertSummary->setStyleSheet(
        StatusStyle::styleSheet(expired > 0 ? StatusStyle::Tone::Bad : StatusStyle::Tone::Soon));
    if (keep > 0) {
        selectExpert(keep);
    }
    updateActions();
}

void AgenciesPage::selectAgency(qint64 id)
{
    RecordTable::selectSourceRow(m_table, m_model->rowOfId(id));
}

void AgenciesPage::selectExpert(qint64 id)
{
    RecordTable::selectSourceRow(m_expertTable, m_expertModel->rowOfId(id));
}

qint64 AgenciesPage::currentExpertId() const
{
    return RecordTable::selectedId(m_expertTable, ExpertTableModel::IdRole);
}

void AgenciesPage::updateActions()
{
    bool archived = false;
    const bool one = enableForSelection(&archived);
    m_returnAction->setEnabled(one && !archived);

    const QModelIndexList experts = m_expertTable->selectionModel()->selectedRows();
    const bool oneExpert = experts.size() == 1;
    const bool expertArchived = oneExpert && experts.first().data(ExpertTableModel::ArchivedRole).toBool();
    m_addExpert->setEnabled(one && !archived);
    m_editExpert->setEnabled(oneExpert);
    m_archiveExpert->setEnabled(oneExpert && !expertArchived);
    m_restoreExpert->setEnabled(oneExpert && expertArchived);
    m_restoreExpert->setVisible(m_showArchived->isChecked());
}

void AgenciesPage::writeReturnTemplate(int quarterOffset)
{
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(currentId()));
    if (!a) {
        return;
    }
    const QDate day = core::Clock::today().addMonths(3 * quarterOffset);
    ReturnTemplateExport::run(this, m_db, a->id, a->name, day.year(), (day.month() - 1) / 3 + 1);
}

void AgenciesPage::updateCount()
{
    m_count->setText(tr("%1 of %2 agencies shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void AgenciesPage::updateDetails()
{
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(currentId()));
    if (!a) {
        m_detailName->setText(tr("No agency selected"));
        m_detailBody->setText(tr("Select an agency to see its details and experts."));
        return;
    }
    m_detailName->setText(a->isArchived() ? tr("%1 (archived)").arg(a->name) : a->name);
    QStringList lines;
    auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            lines << tr("%1: %2").arg(label, value);
        }
    };
    add(tr("Credit code"), a->creditCode);
    add(tr("Qualification"), a->qualification);
    add(tr("Contact person"), a->contactPerson);
    add(tr("Phone"), a->contactPhone);
    add(tr("Address"), a->address);
    add(tr("Active experts"), QString::number(m_model->activeExperts(a->id)));
    QStringList contracts;
    for (const core::Contract& c : core::ContractRepository(m_db).list(true)) {
        if (c.agencyId == a->id) {
            contracts << tr("%1, %2 to %3")
                             .arg(c.contractNo.isEmpty() ? tr("(no number)") : c.contractNo,
                                  c.periodStart.toString(Qt::ISODate), c.periodEnd.toString(Qt::ISODate));
        }
    }
    if (!contracts.isEmpty()) {
        lines << tr("Contracts:") << contracts;
    }
    if (!a->notes.isEmpty()) {
        lines << QString() << a->notes;
    }
    m_detailBody->setText(lines.join(QLatin1Char('\n')));
}

void AgenciesPage::newAgency()
{
    AgencyDialog dialog(m_db, core::Agency(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->clear();
        showSaved(dialog.agency().id);
    }
}

void AgenciesPage::editSelected()
{
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(currentId()));
    if (!a) {
        return;
    }
    AgencyDialog dialog(m_db, *a, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(dialog.agency().id);
    }
}

void AgenciesPage::setArchived(bool archived)
{
    const qint64 id = currentId();
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(id));
    if (!a || a->isArchived() == archived) {
        return;
    }
    const QString question = archived
        ? tr("Archive \"%1\"? Its contracts, experts and records are kept, and it can be restored at any time.")
              .arg(a->name)
        : tr("Restore \"%1\" to the list of agencies?").arg(a->name);
    const auto write = [&](QString* error) { return core::AgencyRepository(m_db).setArchived(id, archived, error); };
    confirmArchive(id, archived, archived ? tr("Archive agency") : tr("Restore agency"), question, write,
                   tr("Tick \"Show archived\" to see archived agencies."));
}

void AgenciesPage::addExpert()
{
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(currentId()));
    if (!a || a->isArchived()) {
        return;
    }
    core::Expert expert;
    expert.agencyId = a->id;
    const qint64 agencyId = a->id;
    ExpertDialog dialog(m_db, expert, a->name, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectAgency(agencyId);
        selectExpert(dialog.expert().id);
        emit dataChanged();
    }
}

void AgenciesPage::editExpert()
{
    const core::Agency* a = m_model->agencyAt(m_model->rowOfId(currentId()));
    const core::Expert* e = m_expertModel->expertAt(m_expertModel->rowOfId(currentExpertId()));
    if (!a || !e) {
        return;
    }
    ExpertDialog dialog(m_db, *e, a->name, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectExpert(dialog.expert().id);
        emit dataChanged();
    }
}

void AgenciesPage::setExpertArchived(bool archived)
{
    const core::Expert* found = m_expertModel->expertAt(m_expertModel->rowOfId(currentExpertId()));
    if (!found || found->archived == archived) {
        return;
    }
    core::Expert e = *found;
    const QString question = archived
        ? tr("Archive expert \"%1\"? The records of their visits are kept, and they can be restored at any time.")
              .arg(e.name)
        : tr("Restore expert \"%1\"?").arg(e.name);
    if (MessageBox::question(this, archived ? tr("Archive expert") : tr("Restore expert"), question)
        != QMessageBox::Yes) {
        return;
    }
    e.archived = archived;
    QString error;
    if (!core::AgencyRepository(m_db).updateExpert(e, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    reload();
    emit dataChanged();
}

void AgenciesPage::archiveExpert()
{
    setExpertArchived(true);
}

void AgenciesPage::restoreExpert()
{
    setExpertArchived(false);
}

} // namespace sl::ui
