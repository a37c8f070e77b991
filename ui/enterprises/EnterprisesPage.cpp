#include "EnterprisesPage.h"

#include "ImportPreviewDialog.h"
#include "common/FileDialog.h"

#include "AppSettings.h"
#include "EnterpriseDialog.h"
#include "EnterpriseFilterProxy.h"
#include "EnterpriseTableModel.h"
#include "common/ListActions.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordActions.h"
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
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

using core::DomainText;

EnterprisesPage::EnterprisesPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_model(new EnterpriseTableModel(db, this))
    , m_proxy(new EnterpriseFilterProxy(this))
{
    setObjectName(QStringLiteral("enterprisesPage"));
    m_whenShown = new LoadWhenShown(this, [this] { reload(); });
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
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("enterpriseToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = toolbar->addAction(tr("New"), this, &EnterprisesPage::newEnterprise);
    m_newAction->setObjectName(QStringLiteral("newEnterpriseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("New enterprise (Ctrl+N)"));
    m_editAction = toolbar->addAction(tr("Edit"), this, &EnterprisesPage::editSelected);
    m_editAction->setObjectName(QStringLiteral("editEnterpriseAction"));
    m_archiveAction = toolbar->addAction(tr("Archive"), this, &EnterprisesPage::archiveSelected);
    m_archiveAction->setObjectName(QStringLiteral("archiveEnterpriseAction"));
    m_restoreAction = toolbar->addAction(tr("Restore"), this, &EnterprisesPage::restoreSelected);
    m_restoreAction->setObjectName(QStringLiteral("restoreEnterpriseAction"));
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
    toolbar->addSeparator();
    m_copyAction = toolbar->addAction(tr("Copy"), this, &EnterprisesPage::copySelection);
    m_copyAction->setObjectName(QStringLiteral("copyEnterprisesAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows for Excel (Ctrl+C)"));
    for (QAction* a : { m_newAction, m_copyAction }) {
        addAction(a);
    }

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
    m_showArchived = new QCheckBox(tr("Show archived"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));

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

    m_table = RecordTable::create(QStringLiteral("enterpriseTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(EnterpriseTableModel::Name, 260);
    m_table->setColumnWidth(EnterpriseTableModel::CreditCode, 170);
    m_table->setColumnWidth(EnterpriseTableModel::TargetCategories, 170);
    m_table->setColumnWidth(EnterpriseTableModel::Landlord, 200);
    m_table->setColumnWidth(EnterpriseTableModel::Address, 260);
    RecordActions::openOnActivate(m_table, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EnterprisesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EnterprisesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EnterprisesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EnterprisesPage::updateCount);

    m_detailName = new QLabel;
    m_detailName->setObjectName(QStringLiteral("detailName"));
    m_detailName->setTextFormat(Qt::PlainText);
    m_detailName->setWordWrap(true);
    QFont big = m_detailName->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_detailName->setFont(big);
    m_detailBody = new QLabel;
    m_detailBody->setObjectName(QStringLiteral("detailBody"));
    m_detailBody->setTextFormat(Qt::PlainText);
    m_detailBody->setWordWrap(true);
    m_detailBody->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailBody->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_detailName);
    detailLayout->addWidget(m_detailBody, 1);
    auto* detailScroll = new QScrollArea;
    detailScroll->setWidget(detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setMinimumWidth(240);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* layout = new QVBoxLayout(this);
    // Export and print what is shown, and the right-click menu, as on every list page.
    auto* listActions = new ListActions(
        this, m_table, m_db, [this] { return tr("Enterprise ledger"); }, m_copyAction);
    listActions->setRecordActions({ m_editAction, m_archiveAction, m_restoreAction, nullptr, m_newRecordAction,
                                    m_recordsAction, m_hazardsAction, m_certificatesAction });
    toolbar->addSeparator();
    toolbar->addAction(listActions->exportAction());
    toolbar->addAction(listActions->printAction());
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
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

qint64 EnterprisesPage::currentId() const
{
    return RecordTable::selectedId(m_table, EnterpriseTableModel::IdRole);
}

void EnterprisesPage::updateActions()
{
    bool archived = false;
    const bool one = RecordActions::enableForSelection(m_table, EnterpriseTableModel::ArchivedRole, m_editAction,
                                                       m_archiveAction, m_restoreAction, m_copyAction, &archived);
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

void EnterprisesPage::showSaved(qint64 id)
{
    reload();
    selectEnterprise(id);
    emit registerChanged();
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
    if (!RecordActions::confirmArchive(this, archived, archived ? tr("Archive enterprise") : tr("Restore enterprise"),
                                       question, write, m_showArchived, m_count,
                                       tr("Tick \"Show archived\" to see archived enterprises."))) {
        return;
    }
    showSaved(id);
}

void EnterprisesPage::archiveSelected()
{
    setArchived(true);
}

void EnterprisesPage::restoreSelected()
{
    setArchived(false);
}

void EnterprisesPage::copySelection()
{
    RecordTable::copySelection(m_table);
}

} // namespace sl::ui
