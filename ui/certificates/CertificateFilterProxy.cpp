#include "CertificateFilterProxy.h"

#include "CertificateTableModel.h"

namespace sl::ui {

CertificateFilterProxy::CertificateFilterProxy(QObject* parent)
    : RecordFilterProxy(parent)
{
    setSortRole(CertificateTableModel::SortRole);
    setSearchRole(CertificateTableModel::SearchTextRole);
    setArchivedRole(CertificateTableModel::ArchivedRole);
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

bool CertificateFilterProxy::acceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
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
    return true;
}

} // namespace sl::ui
