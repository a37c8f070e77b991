#include "HazardFilterProxy.h"

#include "HazardTableModel.h"

namespace sl::ui {

HazardFilterProxy::HazardFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void HazardFilterProxy::setState(int state)
{
    m_state = state;
    invalidateFilter();
}

void HazardFilterProxy::setGrade(int grade)
{
    m_grade = grade;
    invalidateFilter();
}

void HazardFilterProxy::setAgency(qint64 agencyId)
{
    m_agency = agencyId;
    invalidateFilter();
}

void HazardFilterProxy::setCommunity(qint64 communityId)
{
    m_community = communityId;
    invalidateFilter();
}

void HazardFilterProxy::setSupervision(int supervision)
{
    m_supervision = supervision;
    invalidateFilter();
}

void HazardFilterProxy::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void HazardFilterProxy::setEnterprise(qint64 enterpriseId)
{
    m_enterprise = enterpriseId;
    invalidateFilter();
}

void HazardFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool HazardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    const auto is = [&first](int role, qint64 wanted) { return wanted < 0 || first.data(role).toLongLong() == wanted; };
    if (!is(HazardTableModel::StateRole, m_state) || !is(HazardTableModel::GradeRole, m_grade)
        || !is(HazardTableModel::SupervisionRole, m_supervision)
        || (m_agency != 0 && first.data(HazardTableModel::AgencyIdRole).toLongLong() != m_agency)
        || (m_community != 0 && first.data(HazardTableModel::CommunityIdRole).toLongLong() != m_community)
        || (m_enterprise != 0 && first.data(HazardTableModel::EnterpriseIdRole).toLongLong() != m_enterprise)
        || (m_overdueOnly && !first.data(HazardTableModel::OverdueRole).toBool())) {
        return false;
    }
    if (m_search.isEmpty()) {
        return true;
    }
    for (int column = 0; column < m->columnCount(sourceParent); ++column) {
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace sl::ui
