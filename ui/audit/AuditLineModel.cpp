#include "AuditLineModel.h"

#include "common/TableHeader.h"

#include "common/StatusStyle.h"
#include <QBrush>
#include <QColor>
#include <QPalette>

namespace sl::ui {

AuditLineModel::AuditLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLineModel::setLines(const QList<core::AuditWording::Line>& lines)
{
    beginResetModel();
    m_lines = lines;
    m_rows.clear();
    for (int i = 0; i < m_lines.size(); ++i) {
        const auto& changes = m_lines.at(i).changes;
        if (changes.isEmpty()) {
            m_rows.append({ i, -1, true });
        }
        for (int c = 0; c < changes.size(); ++c) {
            m_rows.append({ i, c, c == 0 });
        }
    }
    endResetModel();
}

const core::AuditWording::Line* AuditLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_lines.at(m_rows.at(row).line) : nullptr;
}

QStringList AuditLineModel::headers()
{
    return {
        tr("Time"), tr("Operator"), tr("Kind"), tr("Record"), tr("Action"), tr("Field"), tr("Before"), tr("After")
    };
}

int AuditLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const core::AuditWording::Line& l = m_lines.at(r.line);
    if (role == Qt::ForegroundRole) {
        if (!l.sealed) {
            return QBrush(StatusStyle::colour(StatusStyle::Tone::Bad)); // written outside the program
        }
        if (!r.first && index.column() <= Action) {
            return QBrush(StatusStyle::colour(StatusStyle::Tone::Muted));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Before || index.column() == After)) {
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const core::AuditWording::Change* c = r.change >= 0 ? &l.changes.at(r.change) : nullptr;
    switch (index.column()) {
    case Time:
        return l.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Operator:
        return l.operatorName;
    case Kind:
        return l.kind;
    case Object:
        return l.object;
    case Action:
        return l.sealed ? l.action : tr("%1 (outside SafeLedger)").arg(l.action);
    case Field:
        return c ? c->field : QString();
    case Before:
        return c ? c->before : QString();
    case After:
        return c ? c->after : QString();
    default:
        return {};
    }
}

QVariant AuditLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this, headers(), section, orientation, role);
}

} // namespace sl::ui
