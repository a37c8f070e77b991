#include "HazardTableModel.h"

#include "common/TableHeader.h"

#include "common/StatusStyle.h"
#include "model/DomainText.h"

#include <QColor>

namespace sl::ui {

HazardTableModel::HazardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HazardTableModel::setYear(core::HazardYear year)
{
    beginResetModel();
    m_year = std::move(year);
    endResetModel();
}

int HazardTableModel::rowOf(qint64 hazardId) const
{
    for (int row = 0; row < m_year.hazards().size(); ++row) {
        if (m_year.hazards().at(row).id == hazardId) {
            return row;
        }
    }
    return -1;
}

int HazardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_year.hazards().size());
}

int HazardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HazardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_year.hazards().size()) {
        return {};
    }
    const core::Hazard& h = m_year.hazards().at(index.row());
    const bool overdue = m_year.isOverdueAsOf(h);
    switch (role) {
    case HazardIdRole:
        return h.id;
    case EnterpriseIdRole:
        return h.enterpriseId;
    case AgencyIdRole:
        return h.agencyId;
    case CommunityIdRole:
        return m_year.enterprise(h.enterpriseId).communityId;
    case StateRole:
        return static_cast<int>(h.state);
    case GradeRole:
        return static_cast<int>(h.grade);
    case SupervisionRole:
        return static_cast<int>(h.supervision);
    case OverdueRole:
        return overdue;
    case InspectorRole:
        return static_cast<int>(h.inspector);
    case Qt::ForegroundRole:
        if (index.column() == Overdue && overdue) {
            return StatusStyle::colour(StatusStyle::Tone::Bad);
        }
        if (index.column() == State && h.state == core::HazardState::Closed) {
            return StatusStyle::colour(StatusStyle::Tone::Good);
        }
        if (index.column() == Grade && h.grade == core::HazardGrade::Major) {
            return StatusStyle::colour(StatusStyle::Tone::Bad);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Deadline && h.extendedDeadline.isValid()) {
            return tr("Extended from %1").arg(h.deadline.toString(Qt::ISODate));
        }
        return index.column() == Description ? QVariant(h.description) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Found:
            return h.foundOn;
        case Deadline:
            return h.effectiveDeadline();
        case Grade:
            return static_cast<int>(h.grade);
        case State:
            return static_cast<int>(h.state);
        case Overdue:
            return overdue ? 1 : 0;
        case Supervision:
            return static_cast<int>(h.supervision);
        default:
            break; // the text shown
        }
        break;
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return core::HazardYear::number(h);
    case Found:
        return h.foundOn.toString(Qt::ISODate);
    case Enterprise:
        return m_year.enterprise(h.enterpriseId).name;
    case Community:
        return m_year.communityName(m_year.enterprise(h.enterpriseId).communityId);
    case Agency:
        return core::DomainText::hazardSource(h.inspector, m_year.agencyName(h.agencyId));
    case Grade:
        return core::DomainText::hazardGrade(h.grade);
    case Description:
        return h.description.simplified();
    case Deadline:
        return h.extendedDeadline.isValid() ? tr("%1 (extended)").arg(h.effectiveDeadline().toString(Qt::ISODate))
                                            : h.effectiveDeadline().toString(Qt::ISODate);
    case State:
        return core::DomainText::hazardState(h.state);
    case Overdue:
        return overdue ? tr("Overdue") : QString();
    case Supervision:
        return h.supervision == core::Supervision::None ? QString() : core::DomainText::supervision(h.supervision);
    default:
        return {};
    }
}

QVariant HazardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("No."), tr("Found"), tr("Enterprise"), tr("Community"), tr("Agency"), tr("Grade"),
                               tr("Description"), tr("Deadline"), tr("State"), tr("Overdue"), tr("Supervision") },
                             section, orientation, role);
}

} // namespace sl::ui
