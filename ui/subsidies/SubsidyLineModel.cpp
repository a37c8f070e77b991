#include "SubsidyLineModel.h"

#include "common/StatusStyle.h"
#include "model/DomainText.h"

#include <QBrush>
#include <QColor>

namespace sl::ui {

using core::DomainText;

SubsidyLineModel::SubsidyLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SubsidyLineModel::setLines(const QList<core::SubsidyLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int SubsidyLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int SubsidyLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubsidyLineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size()) {
        return {};
    }
    const core::SubsidyLine& l = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case LineNo:
            return l.lineNo;
        case Enterprise:
            return l.enterpriseName;
        case CreditCode:
            return l.creditCode;
        case Community:
            return l.communityName;
        case SizeClass:
            return DomainText::sizeClass(l.sizeClass);
        case ServiceYearStart:
            return l.serviceYearStart.toString(Qt::ISODate);
        case ParticipationYear:
            return l.participationYear;
        case Agency:
            return l.agencyName;
        case Fee:
            return l.fee.toGroupedString();
        case StreetShare:
            return l.streetShare.toGroupedString();
        case EnterpriseShare:
            return l.enterpriseShare.toGroupedString();
        case Rule:
            return DomainText::subsidyRule(l.rule);
        case Flags:
            return DomainText::subsidyFlags(l.flags);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Fee:
            return l.fee.fen();
        case StreetShare:
            return l.streetShare.fen();
        case EnterpriseShare:
            return l.enterpriseShare.fen();
        case LineNo:
            return l.lineNo;
        case ParticipationYear:
            return l.participationYear;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole
        && (column == Fee || column == StreetShare || column == EnterpriseShare || column == LineNo
            || column == ParticipationYear)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == Flags && l.flags) {
        // Flags are written out in words; the colour only draws the eye to them.
        return QBrush(StatusStyle::colour(StatusStyle::Tone::Soon));
    }
    if (role == Qt::ToolTipRole && column == Rule) {
        return DomainText::subsidyRule(l.rule);
    }
    return {};
}

QVariant SubsidyLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineNo:
        return tr("No.");
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
    case Community:
        return tr("Community");
    case SizeClass:
        return tr("Size class");
    case ServiceYearStart:
        return tr("Service year from");
    case ParticipationYear:
        return tr("Participation year");
    case Agency:
        return tr("Agency");
    case Fee:
        return tr("Fee (yuan)");
    case StreetShare:
        return tr("Street share (yuan)");
    case EnterpriseShare:
        return tr("Enterprise share (yuan)");
    case Rule:
        return tr("Rule");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace sl::ui
