#include "SubsidyLineModel.h"

#include "common/TableHeader.h"

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
    return TableHeader::data(*this,
                             { tr("No."), tr("Enterprise"), tr("Credit code"), tr("Community"), tr("Size class"),
                               tr("Service year from"), tr("Participation year"), tr("Agency"), tr("Fee (yuan)"),
                               tr("Street share (yuan)"), tr("Enterprise share (yuan)"), tr("Rule"), tr("Flags") },
                             section, orientation, role);
}

} // namespace sl::ui
