#include "CertificatesPage.h"

#include "CertificateDialog.h"
#include "CertificateFilterProxy.h"
#include "CertificateTableModel.h"
#include "CertificateTypesDialog.h"
#include "common/ListActions.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/RecordActions.h"
#include "common/RecordTable.h"
#include "common/SearchBox.h"
#include "db/CertificateRepository.h"
#include "db/EnterpriseRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

CertificatesPage::CertificatesPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_model(new CertificateTableModel(db, this))
    , m_proxy(new CertificateFilterProxy(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_whenShown = new LoadWhenShown(this, [this] { reload(); });
    m_proxy->setSourceModel(m_model);
    buildUi();
    // Soonest expiry first: what needs the clerk is at the top.
    m_table->sortByColumn(CertificateTableModel::Expires, Qt::AscendingOrder);
    reload();
}

void CertificatesPage::buildUi()
{
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("certificateToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = toolbar->addAction(tr("New"), this, &CertificatesPage::newCertificate);
    m_newAction->setObjectName(QStringLiteral("newCertificateAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("New certificate (Ctrl+N)"));
    m_editAction = toolbar->addAction(tr("Edit"), this, &CertificatesPage::editSelected);
    m_editAction->setObjectName(QStringLiteral("editCertificateAction"));
    m_archiveAction = toolbar->addAction(tr("Archive"), this, &CertificatesPage::archiveSelected);
    m_archiveAction->setObjectName(QStringLiteral("archiveCertificateAction"));
    m_restoreAction = toolbar->addAction(tr("Restore"), this, &CertificatesPage::restoreSelected);
    m_restoreAction->setObjectName(QStringLiteral("restoreCertificateAction"));
    toolbar->addSeparator();
    m_typesAction = toolbar->addAction(tr("Certificate types…"), this, &CertificatesPage::editTypes);
    m_typesAction->setObjectName(QStringLiteral("certificateTypesAction"));
    m_typesAction->setToolTip(tr("The kinds of certificate and their usual validity"));
    RecordActions::addToPage(this, toolbar);

    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("All"), static_cast<int>(Filter::All));
    m_filter->addItem(tr("Expired"), static_cast<int>(Filter::Expired));
    m_filter->addItem(tr("Expiring within 30 days"), static_cast<int>(Filter::Within30));
    m_filter->addItem(tr("Expiring within 60 days"), static_cast<int>(Filter::Within60));
    m_filter->addItem(tr("Expiring within 90 days"), static_cast<int>(Filter::Within90));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CertificatesPage::applyFilter);

    m_search = SearchBox::create(this, tr("Search enterprise, type, number, holder… (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CertificateFilterProxy::setSearchText);

    m_showArchived = new QCheckBox(tr("Show archived"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    m_showArchived->setToolTip(tr("Also list archived certificates and those of archived enterprises"));
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &CertificateFilterProxy::setShowArchived);

    m_enterpriseLabel = new QLabel;
    m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseFilterLabel"));
    m_enterpriseLabel->setTextFormat(Qt::PlainText);
    m_clearEnterprise = new QPushButton(tr("All enterprises"));
    m_clearEnterprise->setObjectName(QStringLiteral("clearEnterpriseButton"));
    connect(m_clearEnterprise, &QPushButton::clicked, this, [this] { showEnterprise(0); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showArchived);
    filters->addWidget(m_enterpriseLabel);
    filters->addWidget(m_clearEnterprise);

    m_table = RecordTable::create(QStringLiteral("certificateTable"), true);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setDefaultSectionSize(100);
    m_table->setColumnWidth(CertificateTableModel::Enterprise, 220);
    m_table->setColumnWidth(CertificateTableModel::CreditCode, 170);
    m_table->setColumnWidth(CertificateTableModel::Type, 200);
    m_table->setColumnWidth(CertificateTableModel::Number, 170);
    m_table->setColumnWidth(CertificateTableModel::Issuer, 160);
    m_table->setColumnWidth(CertificateTableModel::DaysLeft, 70);
    RecordTable::remember(m_table, m_settings);
    RecordActions::openOnActivate(m_table, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPage::updateActions);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &CertificatesPage::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CertificatesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CertificatesPage::updateCount);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    // Export and print what is shown, and the right-click menu, as on every list page.
    auto* listActions = new ListActions(
        this, m_table, m_db, [this] { return tr("Certificates"); }, nullptr);
    listActions->setRecordActions({ m_editAction, m_archiveAction, m_restoreAction });
    toolbar->addSeparator();
    toolbar->addAction(listActions->exportAction());
    toolbar->addAction(listActions->printAction());
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
}

void CertificatesPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentId();
    m_model->reload();
    if (m_enterpriseFilter != 0) {
        const auto e = core::EnterpriseRepository(m_db).find(m_enterpriseFilter);
        m_enterpriseLabel->setText(tr("Enterprise: %1").arg(e ? e->name : QString()));
    }
    m_enterpriseLabel->setVisible(m_enterpriseFilter != 0);
    m_clearEnterprise->setVisible(m_enterpriseFilter != 0);
    if (keep > 0) {
        selectCertificate(keep);
    }
    updateActions();
    updateCount();
}

void CertificatesPage::applyFilter()
{
    const auto filter = static_cast<Filter>(m_filter->currentData().toInt());
    switch (filter) {
    case Filter::All:
        m_proxy->setWindow(CertificateFilterProxy::Window::All);
        break;
    case Filter::Expired:
        m_proxy->setWindow(CertificateFilterProxy::Window::Expired);
        break;
    case Filter::Within30:
    case Filter::Within60:
    case Filter::Within90: {
        const int days = filter == Filter::Within30 ? 30 : filter == Filter::Within60 ? 60 : 90;
        m_proxy->setWindow(CertificateFilterProxy::Window::ExpiringWithin, days);
        // The state column says "expiring" for the whole window the clerk is looking at.
        m_model->setWarningDays(days);
        updateCount();
        return;
    }
    }
    m_model->setWarningDays(CertificateTableModel::kDefaultWarningDays);
    updateCount();
}

void CertificatesPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(static_cast<int>(filter))));
}

void CertificatesPage::showEnterprise(qint64 enterpriseId)
{
    m_enterpriseFilter = enterpriseId;
    m_search->clear();
    m_proxy->setEnterprise(enterpriseId);
    reload();
}

void CertificatesPage::selectCertificate(qint64 id)
{
    RecordTable::selectSourceRow(m_table, m_model->rowOfId(id));
}

qint64 CertificatesPage::currentId() const
{
    return RecordTable::selectedId(m_table, CertificateTableModel::IdRole);
}

void CertificatesPage::updateActions()
{
    const core::Certificate* c = m_model->certificateAt(m_model->rowOfId(currentId()));
    m_editAction->setEnabled(c != nullptr);
    m_archiveAction->setEnabled(c && !c->isArchived());
    m_restoreAction->setEnabled(c && c->isArchived());
}

void CertificatesPage::updateCount()
{
    m_count->setText(tr("%1 of %2 certificates shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void CertificatesPage::newCertificate()
{
    core::Certificate c;
    c.enterpriseId = m_enterpriseFilter;
    CertificateDialog dialog(m_db, c, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->clear();
        showSaved(dialog.certificate().id);
    }
}

void CertificatesPage::editSelected()
{
    const core::Certificate* c = m_model->certificateAt(m_model->rowOfId(currentId()));
    if (!c) {
        return;
    }
    CertificateDialog dialog(m_db, *c, this);
    if (dialog.exec() == QDialog::Accepted) {
        showSaved(dialog.certificate().id);
    }
}

void CertificatesPage::showSaved(qint64 id)
{
    reload();
    selectCertificate(id);
    emit dataChanged();
}

void CertificatesPage::setArchived(bool archived)
{
    const qint64 id = currentId();
    const core::Certificate* c = m_model->certificateAt(m_model->rowOfId(id));
    if (!c || c->isArchived() == archived) {
        return;
    }
    const QString what = c->number.isEmpty() ? m_model->enterpriseName(c->enterpriseId)
                                             : tr("%1 of %2").arg(c->number, m_model->enterpriseName(c->enterpriseId));
    const QString question = archived
        ? tr("Archive the certificate %1? It leaves the lists of expiring certificates and can be restored at any "
             "time.")
              .arg(what)
        : tr("Restore the certificate %1?").arg(what);
    const auto write = [&](QString* error) {
        core::CertificateRepository repository(m_db);
        return archived ? repository.archive(id, error) : repository.restore(id, error);
    };
    if (!RecordActions::confirmArchive(this, archived, archived ? tr("Archive certificate") : tr("Restore certificate"),
                                       question, write, m_showArchived, m_count,
                                       tr("Tick \"Show archived\" to see archived certificates."))) {
        return;
    }
    showSaved(id);
}

void CertificatesPage::archiveSelected()
{
    setArchived(true);
}

void CertificatesPage::restoreSelected()
{
    setArchived(false);
}

void CertificatesPage::editTypes()
{
    CertificateTypesDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.hasChanges()) {
        reload();
        emit dataChanged();
    }
}

} // namespace sl::ui
