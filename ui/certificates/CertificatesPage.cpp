#include "CertificatesPage.h"

#include "CertificateDialog.h"
#include "CertificateFilterProxy.h"
#include "CertificateTableModel.h"
#include "CertificateTypesDialog.h"
#include "common/EnterpriseFilterLabel.h"
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
    : RecordListPage(db, settings, QStringLiteral("certificatesPage"), CertificateTableModel::IdRole,
                     CertificateTableModel::ArchivedRole, parent)
    , m_model(new CertificateTableModel(db, this))
    , m_proxy(new CertificateFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    // Soonest expiry first: what needs the clerk is at the top.
    m_table->sortByColumn(CertificateTableModel::Expires, Qt::AscendingOrder);
    reload();
}

void CertificatesPage::buildUi()
{
    QToolBar* toolbar = createRecordToolbar(QStringLiteral("certificateToolbar"), QStringLiteral("Certificate"),
                                            tr("New certificate (Ctrl+N)"), [this] { newCertificate(); });
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

    createShowArchived(tr("Also list archived certificates and those of archived enterprises"));
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &CertificateFilterProxy::setShowArchived);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showArchived);
    m_enterpriseLabel = new EnterpriseFilterLabel(this, filters, [this] { showEnterprise(0); });

    createTable(QStringLiteral("certificateTable"), m_proxy, true, 100,
                { { CertificateTableModel::Enterprise, 220 },
                  { CertificateTableModel::CreditCode, 170 },
                  { CertificateTableModel::Type, 200 },
                  { CertificateTableModel::Number, 170 },
                  { CertificateTableModel::Issuer, 160 },
                  { CertificateTableModel::DaysLeft, 70 } });
    RecordTable::remember(m_table, m_settings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPage::updateActions);
    countRowsOf(m_proxy);

    connect(this, &RecordListPage::recordSaved, this, &CertificatesPage::dataChanged);
    layOut(toolbar, filters, m_table, tr("Certificates"));
}

void CertificatesPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    const qint64 keep = currentId();
    m_model->reload();
    m_enterpriseLabel->show(m_db, m_enterpriseFilter);
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
    confirmArchive(id, archived, archived ? tr("Archive certificate") : tr("Restore certificate"), question, write,
                   tr("Tick \"Show archived\" to see archived certificates."));
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
