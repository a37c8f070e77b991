#include "EnterprisesPage.h"

#include "ImportPreviewDialog.h"
#include "common/FileDialog.h"

#include "AppSettings.h"
#include "EnterpriseDialog.h"
#include "EnterpriseFilterProxy.h"
#include "EnterpriseTableModel.h"
#include "common/DetailPane.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/SubsidyRepository.h"
#include "model/DomainText.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

using core::DomainText;

EnterprisesPage::EnterprisesPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : RecordListPage(db, settings, QStringLiteral("enterprisesPage"), EnterpriseTableModel::IdRole,
                     EnterpriseTableModel::ArchivedRole, parent)
    , m_model(new EnterpriseTableModel(db, this))
    , m_proxy(new EnterpriseFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    reload();
    if (!RecordTable::remember(m_table, m_settings)) {
        m_table->sortByColumn(EnterpriseTableModel::Name, Qt::AscendingOrder);
    }
}

EnterprisesPage::~EnterprisesPage() = default;

void EnterprisesPage::buildUi()
{
    QToolBar* toolbar = createRecordToolbar(QStringLiteral("enterpriseToolbar"), QStringLiteral("Enterprise"),
                                            tr("New enterprise (Ctrl+N)"), [this] { newEnterprise(); });
    m_importAction = toolbar->addAction(tr("Import…"), this, [this] {
        const QString path
            = FileDialog::getOpenFileName(this, tr("Import enterprises"), tr("Enterprise lists (*.xlsx *.csv)"));
        if (path.isEmpty()) {
            return;
        }
        ImportPreviewDialog dialog(m_db, path, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            emit registerChanged();
            QString text = tr("%1 enterprises added, %2 updated. A copy of the database from before the "
                              "import is in the backups folder.")
                               .arg(dialog.inserted())
                               .arg(dialog.updated());
            if (dialog.leftOut() > 0) {
                text
                    += QLatin1Char(' ') + tr("%n refused row(s) of the file were left out.", nullptr, dialog.leftOut());
            }
            MessageBox::information(this, tr("Import"), text);
        }
    });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    toolbar->addSeparator();
    // Quick entry: what the agency did here, without leaving the register.
    m_newRecordAction
        = toolbar->addAction(tr("New service record…"), this, [this] { emit newRecordRequested(currentId()); });
    m_newRecordAction->setObjectName(QStringLiteral("newRecordAction"));
    m_recordsAction = toolbar->addAction(tr("Service records"), this, [this] { emit recordsRequested(currentId()); });
    m_recordsAction->setObjectName(QStringLiteral("recordsAction"));
    m_hazardsAction = toolbar->addAction(tr("Hazards"), this, [this] { emit hazardsRequested(currentId()); });
    m_hazardsAction->setObjectName(QStringLiteral("hazardsAction"));
    m_certificatesAction
        = toolbar->addAction(tr("Certificates"), this, [this] { emit certificatesRequested(currentId()); });
    m_certificatesAction->setObjectName(QStringLiteral("certificatesAction"));
    addCopyAction(toolbar, QStringLiteral("copyEnterprisesAction"));

    m_search = SearchBox::create(this, tr("Search name, credit code, address, contact… (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EnterpriseFilterProxy::setSearchText);

    m_communityFilter = new QComboBox;
    m_communityFilter->setObjectName(QStringLiteral("communityFilter"));
    m_sizeClassFilter = new QComboBox;
    m_sizeClassFilter->setObjectName(QStringLiteral("sizeClassFilter"));
    m_sizeClassFilter->addItem(tr("All size classes"), -1);
    for (auto c : { core::SizeClass::Scale, core::SizeClass::AboveQuota, core::SizeClass::SmallMicro }) {
        m_sizeClassFilter->addItem(DomainText::sizeClass(c), static_cast<int>(c));
    }
    m_categoryFilter = new QComboBox;
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->addItem(tr("All target categories"), 0);
    for (core::TargetCategory c : core::allTargetCategories()) {
        m_categoryFilter->addItem(DomainText::targetCategoryShort(c), static_cast<int>(c));
        m_categoryFilter->setItemData(m_categoryFilter->count() - 1, DomainText::targetCategory(c), Qt::ToolTipRole);
    }
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any participation"), -1);
    for (auto s : { core::ParticipationStatus::Participating, core::ParticipationStatus::NotParticipating,
                    core::ParticipationStatus::Withdrawn }) {
        m_statusFilter->addItem(DomainText::participationStatus(s), static_cast<int>(s));
    }
    createShowArchived();

    connect(m_communityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCommunityId(m_communityFilter->currentData().toLongLong()); });
    connect(m_sizeClassFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSizeClass(m_sizeClassFilter->currentData().toInt()); });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTargetCategory(m_categoryFilter->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setParticipation(m_statusFilter->currentData().toInt()); });
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &EnterpriseFilterProxy::setShowArchived);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_communityFilter, 1);
    filters->addWidget(m_sizeClassFilter, 1);
    filters->addWidget(m_categoryFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_showArchived);

    createTable(QStringLiteral("enterpriseTable"), m_proxy, false, 110,
                { { EnterpriseTableModel::Name, 260 },
                  { EnterpriseTableModel::CreditCode, 170 },
                  { EnterpriseTableModel::TargetCategories, 170 },
                  { EnterpriseTableModel::Landlord, 200 },
                  { EnterpriseTableModel::Address, 260 } });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    countRowsOf(m_proxy);

    auto* detailScroll = new DetailPane(240);
    m_detailName = detailScroll->name();
    m_detailBody = detailScroll->body();

    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    connect(this, &RecordListPage::recordSaved, this, &EnterprisesPage::registerChanged);
    layOut(toolbar, filters, splitter, tr("Enterprise ledger"),
           { nullptr, m_newRecordAction, m_recordsAction, m_hazardsAction, m_certificatesAction });
}

void EnterprisesPage::reloadCommunityFilter()
{
    const qint64 current = m_communityFilter->currentData().toLongLong();
    QSignalBlocker block(m_communityFilter);
    m_communityFilter->clear();
    m_communityFilter->addItem(tr("All communities"), 0);
    for (const core::Community& c : core::CommunityRepository(m_db).list(true)) {
        m_communityFilter->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
    }
    m_communityFilter->setCurrentIndex(qMax(0, m_communityFilter->findData(current)));
    m_proxy->setCommunityId(m_communityFilter->currentData().toLongLong());
}

void EnterprisesPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentId();
    reloadCommunityFilter();
    m_model->reload();
    if (keep > 0) {
        selectEnterprise(keep);
    }
    updateActions();
    updateDetails();
    updateCount();
}

void EnterprisesPage::selectEnterprise(qint64 id)
{
    RecordTable::selectSourceRow(m_table, m_model->rowOfId(id));
}

void EnterprisesPage::updateActions()
{
    bool archived = false;
    const bool one = enableForSelection(&archived);
    m_newRecordAction->setEnabled(one && !archived);
    m_recordsAction->setEnabled(one);
    m_hazardsAction->setEnabled(one);
    m_certificatesAction->setEnabled(one);
}

void EnterprisesPage::updateCount()
{
    m_count->setText(tr("%1 of %2 enterprises shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void EnterprisesPage::updateDetails()
{
    // The whole record: the table's rows leave out the bank account and the notes.
    const std::optional<core::Enterprise> record
        = m_model->rowOfId(currentId()) >= 0 ? core::EnterpriseRepository(m_db).find(currentId()) : std::nullopt;
    const core::Enterprise* e = record ? &*record : nullptr;
    if (!e) {
        m_detailName->setText(tr("No enterprise selected"));
        m_detailBody->clear();
        return;
    }
    m_detailName->setText(e->name);
    QStringList lines;
    auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            lines << tr("%1: %2").arg(label, value);
        }
    };
    add(tr("Credit code"), e->creditCode);
    if (e->creditCodeOverride) {
        add(tr("Kept despite check"), e->creditCodeOverrideReason);
    }
    add(tr("Community"), m_model->communityName(e->communityId));
    add(tr("Address"), e->address);
    add(tr("Industry"), e->industry);
    add(tr("Size class"), DomainText::sizeClass(e->sizeClass));
    add(tr("Employees"), QString::number(e->employees));
    add(tr("Occupational hazard"), DomainText::occupationalHazardClass(e->occupationalHazard));
    add(tr("Target categories"), DomainText::targetCategories(e->targetCategories));
    add(tr("Participation"), DomainText::participationStatus(e->participation));
    add(tr("Join date"), e->joinDate.isValid() ? e->joinDate.toString(Qt::ISODate) : QString());
    add(tr("Legal representative"), e->legalRepresentative);
    add(tr("Safety contact"), e->safetyContact);
    add(tr("Phone"), e->safetyContactPhone);
    if (e->landlordId) {
        add(tr("Landlord"), m_model->enterpriseName(e->landlordId));
    }
    QStringList tenants;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const core::Enterprise* t = m_model->enterpriseAt(i);
        if (t->landlordId == e->id && !t->isArchived()) {
            tenants << t->name;
        }
    }
    if (!tenants.isEmpty()) {
        add(tr("Tenants (%1)").arg(tenants.size()), tenants.join(tr(", ")));
    }
    // Service under the programme: each service year with its number and the agency at its start.
    const QList<core::ServiceYear> years = core::SubsidyRepository(m_db).serviceYearsOf(e->id);
    if (!years.isEmpty()) {
        const core::ContractRepository contracts(m_db);
        const core::AgencyRepository agencies(m_db);
        QStringList yearLines;
        for (const core::ServiceYear& y : years) {
            const auto contract = contracts.find(y.contractId);
            const auto agency = contract ? agencies.find(contract->agencyId) : std::nullopt;
            yearLines << tr("Year %1: %2 to %3, %4")
                             .arg(y.participationYear)
                             .arg(y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate),
                                  agency ? agency->name : QString());
        }
        lines << tr("Service years:") + QLatin1Char('\n') + yearLines.join(QLatin1Char('\n'));
    }
    add(tr("Account name"), e->bankAccountName);
    add(tr("Bank"), e->bankName);
    add(tr("Account number"), e->bankAccount);
    add(tr("Notes"), e->notes);
    if (e->isArchived()) {
        add(tr("Archived on"), e->archivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    m_detailBody->setText(lines.join(QLatin1Char('\n')));
}

void EnterprisesPage::newEnterprise()
{
    core::Enterprise blank;
    blank.communityId = m_communityFilter->currentData().toLongLong();
    EnterpriseDialog dialog(m_db, blank, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(dialog.enterprise().id);
    }
}

void EnterprisesPage::editSelected()
{
    // The whole record, bank account and notes included (the table's rows leave them out).
    const std::optional<core::Enterprise> e
        = m_model->rowOfId(currentId()) >= 0 ? core::EnterpriseRepository(m_db).find(currentId()) : std::nullopt;
    if (!e) {
        return;
    }
    EnterpriseDialog dialog(m_db, *e, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(dialog.enterprise().id);
    }
}

void EnterprisesPage::setArchived(bool archived)
{
    const qint64 id = currentId();
    const core::Enterprise* e = m_model->enterpriseAt(m_model->rowOfId(id));
    if (!e || e->isArchived() == archived) {
        return;
    }
    const QString question = archived
        ? tr("Archive \"%1\"? It leaves the register but keeps all its records, and can be restored at any time.")
              .arg(e->name)
        : tr("Restore \"%1\" to the register?").arg(e->name);
    const auto write = [&](QString* error) {
        core::EnterpriseRepository repository(m_db);
        return archived ? repository.archive(id, error) : repository.restore(id, error);
    };
    confirmArchive(id, archived, archived ? tr("Archive enterprise") : tr("Restore enterprise"), question, write,
                   tr("Tick \"Show archived\" to see archived enterprises."));
}

} // namespace sl::ui
