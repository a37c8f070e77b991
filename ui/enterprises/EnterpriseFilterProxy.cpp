#include "EnterpriseFilterProxy.h"

#include "EnterpriseTableModel.h"

namespace sl::ui {

EnterpriseFilterProxy::EnterpriseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EnterpriseTableModel::SortRole);
    // Chinese names sort by the system collation, as Excel does.
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EnterpriseFilterProxy::refilter()
{
    // invalidateFilter() is the 6.4 way; 6.9's begin/endFilterChange is not available there.
    invalidateFilter();
}

void EnterpriseFilterProxy::setSearchText(const QString& text)
{
    // Every space-separated word must appear somewhere in the record.
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void EnterpriseFilterProxy::setCommunityId(qint64 id)
{
    m_communityId = id;
    refilter();
}

void EnterpriseFilterProxy::setSizeClass(int sizeClass)
{
    m_sizeClass = sizeClass;
    refilter();
}

void EnterpriseFilterProxy::setTargetCategory(int categoryBit)
{
    m_categoryBit = categoryBit;
    refilter();
}

void EnterpriseFilterProxy::setParticipation(int participation)
{
    m_participation = participation;
    refilter();
}

void EnterpriseFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    refilter();
}

bool EnterpriseFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const EnterpriseTableModel*>(sourceModel());
    if (model && sortRole() == EnterpriseTableModel::SortRole && left.column() == EnterpriseTableModel::Name
        && right.column() == EnterpriseTableModel::Name) {
        return model->nameRank(left.row()) < model->nameRank(right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool EnterpriseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent)
    // Straight from the model's rows, without an index and a QVariant per role: a district filters 50,000 of them
    // on every key the clerk types.
    const auto* model = qobject_cast<const EnterpriseTableModel*>(sourceModel());
    const core::Enterprise* e = model ? model->enterpriseAt(sourceRow) : nullptr;
    if (!e) {
        return false;
    }
    if (!m_showArchived && e->isArchived()) {
        return false;
    }
    if (m_communityId > 0 && e->communityId != m_communityId) {
        return false;
    }
    if (m_sizeClass >= 0 && static_cast<int>(e->sizeClass) != m_sizeClass) {
        return false;
    }
    if (m_categoryBit > 0 && (e->targetCategories.toInt() & m_categoryBit) == 0) {
        return false;
    }
    if (m_participation >= 0 && static_cast<int>(e->participation) != m_participation) {
        return false;
    }
    return m_terms.isEmpty() || model->searchTextContains(sourceRow, m_terms);
}

} // namespace sl::ui
