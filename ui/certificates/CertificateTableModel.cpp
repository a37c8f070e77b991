#include "CertificateTableModel.h"

#include "common/TableHeader.h"

#include "Clock.h"
#include "common/CertificateStyle.h"
#include "db/CertificateRepository.h"
#include "db/EnterpriseRepository.h"

#include <QBrush>
#include <QPalette>

namespace sl::ui {

using core::CertificateStatus;

CertificateTableModel::CertificateTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void CertificateTableModel::reload()
{
    beginResetModel();
    m_today = core::Clock::today();
    m_enterprises.clear();
    for (const core::Enterprise& e : core::EnterpriseRepository(m_db).listNames()) {
        m_enterprises.insert(e.id, { e.name, e.creditCode, e.isArchived() });
    }
    core::CertificateRepository repository(m_db);
    m_types.clear();
    for (const core::CertificateType& t : repository.types(true)) {
        m_types.insert(t.id, t.name);
    }
    m_rows = repository.list(true);
    m_rowById.clear();
    m_searchText.clear();
    m_rowById.reserve(m_rows.size());
    m_searchText.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const core::Certificate& c = m_rows.at(i);
        m_rowById.insert(c.id, i);
        const EnterpriseInfo e = m_enterprises.value(c.enterpriseId);
        m_searchText.append(
            QStringList{ e.name, e.creditCode, m_types.value(c.typeId), c.number, c.holder, c.issuer, c.notes }
                .join(QLatin1Char('\n'))
                .toCaseFolded());
    }
    endResetModel();
}

void CertificateTableModel::setWarningDays(int days)
{
    if (days == m_warningDays) {
        return;
    }
    m_warningDays = days;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const core::Certificate* CertificateTableModel::certificateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CertificateTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

bool CertificateTableModel::isArchived(const core::Certificate& c) const
{
    return c.isArchived() || m_enterprises.value(c.enterpriseId).archived;
}

CertificateStatus::State CertificateTableModel::stateOf(const core::Certificate& c) const
{
    return CertificateStatus::state(c.expiresOn, m_today, m_warningDays);
}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateTableModel::displayText(const core::Certificate& c, int column) const
{
    switch (column) {
    case Enterprise:
        return m_enterprises.value(c.enterpriseId).name;
    case CreditCode:
        return m_enterprises.value(c.enterpriseId).creditCode;
    case Type:
        return m_types.value(c.typeId);
    case Number:
        return c.number;
    case Holder:
        return c.holder;
    case Issuer:
        return c.issuer;
    case Issued:
        return c.issuedOn.toString(Qt::ISODate);
    case Expires:
        return c.expiresOn.toString(Qt::ISODate);
    case DaysLeft:
        return QString::number(CertificateStatus::remainingDays(c.expiresOn, m_today));
    case Status:
        if (c.isArchived()) {
            return tr("Archived");
        }
        if (m_enterprises.value(c.enterpriseId).archived) {
            return tr("Enterprise archived");
        }
        return CertificateStyle::text(stateOf(c));
    default:
        return {};
    }
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Certificate& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ForegroundRole:
        if (isArchived(c)) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        if (index.column() == Status || index.column() == DaysLeft) {
            return QBrush(CertificateStyle::foreground(stateOf(c)));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DaysLeft:
        case Expires:
            return CertificateStatus::remainingDays(c.expiresOn, m_today);
        case Status:
            // Most urgent first when sorted ascending: expired, expiring, valid, then archived.
            if (isArchived(c)) {
                return 3;
            }
            switch (stateOf(c)) {
            case CertificateStatus::State::Expired:
                return 0;
            case CertificateStatus::State::Expiring:
                return 1;
            case CertificateStatus::State::Valid:
                break;
            }
            return 2;
        default:
            return displayText(c, index.column());
        }
    case IdRole:
        return c.id;
    case EnterpriseIdRole:
        return c.enterpriseId;
    case ArchivedRole:
        return isArchived(c);
    case RemainingRole:
        return CertificateStatus::remainingDays(c.expiresOn, m_today);
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Enterprise"), tr("Credit code"), tr("Certificate type"), tr("Number"), tr("Holder"),
                               tr("Issued by"), tr("Issued on"), tr("Valid until"), tr("Days left"), tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
