#include "RecordTableModel.h"

#include "common/TableHeader.h"

#include "common/StatusStyle.h"
#include "db/AgencyRepository.h"
#include "db/EnterpriseRepository.h"
#include "model/DomainText.h"

#include <QColor>

namespace sl::ui {

RecordTableModel::RecordTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void RecordTableModel::loadNames()
{
    m_enterprises.clear();
    m_agencies.clear();
    m_experts.clear();
    for (const core::Enterprise& e : core::EnterpriseRepository(m_db).list(true)) {
        m_enterprises.insert(e.id, { e.name, e.creditCode });
    }
    core::AgencyRepository agencies(m_db);
    for (const core::Agency& a : agencies.list(true)) {
        m_agencies.insert(a.id, a.name);
        for (const core::Expert& x : agencies.experts(a.id, true)) {
            m_experts.insert(x.id, x.name);
        }
    }
}

void RecordTableModel::setRecords(const QList<core::ServiceRecord>& records)
{
    beginResetModel();
    loadNames();
    m_records = records;
    endResetModel();
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const core::ServiceRecord& r = m_records.at(index.row());
    if (role == Qt::ForegroundRole && r.isVoided()) {
        return StatusStyle::colour(StatusStyle::Tone::Muted);
    }
    if (role == Qt::ToolTipRole && r.isVoided()) {
        return tr("Voided: %1").arg(r.voidReason);
    }
    if (role == Qt::TextAlignmentRole && index.column() == People) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole && index.column() == Date) {
        return r.doneOn;
    }
    if (role == SortRole && index.column() == People) {
        return r.peopleCount;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case Date:
        return r.doneOn.toString(Qt::ISODate);
    case Kind:
        return core::DomainText::recordKind(r.kind);
    case Enterprise:
        return m_enterprises.value(r.enterpriseId).first;
    case CreditCode:
        return m_enterprises.value(r.enterpriseId).second;
    case Agency:
        return core::DomainText::hazardSource(r.inspector, m_agencies.value(r.agencyId));
    case Details: {
        QString text = r.topic.isEmpty() ? r.content : r.topic;
        if (r.kind == core::RecordKind::YearEndReport) {
            text = tr("%1: %2").arg(r.reportYear).arg(r.content);
        }
        return text.simplified().left(120);
    }
    case People:
        return r.peopleCount > 0 ? QVariant(r.peopleCount) : QVariant();
    case Experts: {
        QStringList names;
        for (qint64 id : r.expertIds) {
            names << m_experts.value(id);
        }
        return names.join(QStringLiteral(", "));
    }
    case Status:
        return r.isVoided() ? tr("Voided") : tr("Valid");
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Date"), tr("Kind"), tr("Enterprise"), tr("Credit code"), tr("Agency"),
                               tr("Topic / findings"), tr("People"), tr("Experts"), tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
