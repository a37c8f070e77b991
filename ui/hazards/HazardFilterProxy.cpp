#include "HazardFilterProxy.h"

#include "HazardTableModel.h"

namespace sl::ui {

HazardFilterProxy::HazardFilterProxy(QObject* parent)
    : RecordFilterProxy(parent)
{
    setSortRole(HazardTableModel::SortRole);
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

void HazardFilterProxy::setInspector(int inspector)
{
    m_inspector = inspector;
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

bool HazardFilterProxy::acceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    const auto is = [&first](int role, qint64 wanted) { return wanted < 0 || first.data(role).toLongLong() == wanted; };
    if (!is(HazardTableModel::StateRole, m_state) || !is(HazardTableModel::GradeRole, m_grade)
        || !is(HazardTableModel::SupervisionRole, m_supervision) || !is(HazardTableModel::InspectorRole, m_inspector)
        || (m_agency != 0 && first.data(HazardTableModel::AgencyIdRole).toLongLong() != m_agency)
        || (m_community != 0 && first.data(HazardTableModel::CommunityIdRole).toLongLong() != m_community)
        || (m_enterprise != 0 && first.data(HazardTableModel::EnterpriseIdRole).toLongLong() != m_enterprise)
        || (m_overdueOnly && !first.data(HazardTableModel::OverdueRole).toBool())) {
        return false;
    }
    return true;
}

} // namespace sl::ui
