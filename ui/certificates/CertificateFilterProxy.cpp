#include "CertificateFilterProxy.h"

#include "CertificateTableModel.h"

namespace sl::ui {

CertificateFilterProxy::CertificateFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CertificateFilterProxy::setSearchText(const QString& text)
{
    // Every space-separated word must appear somewhere in the certificate, as on the other pages.
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CertificateFilterProxy::setWindow(Window window, int days)
{
    m_window = window;
    m_days = days;
    invalidateFilter();
}

void CertificateFilterProxy::setEnterprise(qint64 enterpriseId)
{
    m_enterprise = enterpriseId;
    invalidateFilter();
}

void CertificateFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

bool CertificateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(CertificateTableModel::ArchivedRole).toBool()) {
        return false;
    }
    if (m_enterprise != 0 && index.data(CertificateTableModel::EnterpriseIdRole).toLongLong() != m_enterprise) {
        return false;
    }
    const qint64 remaining = index.data(CertificateTableModel::RemainingRole).toLongLong();
    switch (m_window) {
    case Window::All:
        break;
    case Window::Expired:
        if (remaining >= 0) {
            return false;
        }
        break;
    case Window::ExpiringWithin:
        if (remaining < 0 || remaining > m_days) {
            return false;
        }
        break;
    }
    const QString haystack = index.data(CertificateTableModel::SearchTextRole).toString();
    for (const QString& term : m_terms) {
        if (!haystack.contains(term)) {
            return false;
        }
    }
    return true;
}

} // namespace sl::ui
