#include "ExpertTableModel.h"

#include "common/TableHeader.h"

#include "common/StatusStyle.h"
#include <QBrush>
#include <QColor>
#include <QPalette>

namespace sl::ui {

namespace {

} // namespace

ExpertTableModel::ExpertTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExpertTableModel::setExperts(const QList<core::Expert>& experts)
{
    beginResetModel();
    m_rows = experts;
    endResetModel();
}

void ExpertTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const core::Expert* ExpertTableModel::expertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ExpertTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

ExpertTableModel::Expiry ExpertTableModel::judge(const QDate& expiry, const QDate& today)
{
    if (!expiry.isValid()) {
        return Expiry::None;
    }
    if (expiry < today) {
        return Expiry::Expired;
    }
    return today.daysTo(expiry) <= WarningDays ? Expiry::Soon : Expiry::Valid;
}

QString ExpertTableModel::expiryText(const core::Expert& e) const
{
    const QString date = e.certificateExpiry.toString(Qt::ISODate);
    switch (expiryOf(e)) {
    case Expiry::None:
        return {};
    case Expiry::Expired:
        return tr("%1 (expired)").arg(date);
    case Expiry::Soon: {
        const int days = static_cast<int>(m_today.daysTo(e.certificateExpiry));
        return days == 0 ? tr("%1 (expires today)").arg(date)
                         : tr("%1 (expires in %n day(s))", nullptr, days).arg(date);
    }
    case Expiry::Valid:
        return date;
    }
    return date;
}

int ExpertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExpertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExpertTableModel::displayText(const core::Expert& e, int column) const
{
    switch (column) {
    case Name:
        return e.name;
    case Specialty:
        return e.specialty;
    case Certificate:
        return e.certificate;
    case CertificateNo:
        return e.certificateNo;
    case CertificateExpiry:
        return expiryText(e);
    case Phone:
        return e.phone;
    case Status:
        return e.archived ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant ExpertTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Expert& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ForegroundRole:
        if (e.archived) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        if (index.column() == CertificateExpiry) {
            switch (expiryOf(e)) {
            case Expiry::Expired:
                return QBrush(StatusStyle::colour(StatusStyle::Tone::Bad));
            case Expiry::Soon:
                return QBrush(StatusStyle::colour(StatusStyle::Tone::Soon));
            default:
                return {};
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CertificateExpiry) {
            switch (expiryOf(e)) {
            case Expiry::Expired:
                return tr("The certificate has expired: the expert may not serve until it is renewed.");
            case Expiry::Soon:
                return tr("The certificate expires within %n day(s).", nullptr, WarningDays);
            default:
                return {};
            }
        }
        return {};
    case SortRole:
        if (index.column() == CertificateExpiry) {
            return e.certificateExpiry.isValid() ? e.certificateExpiry.toString(Qt::ISODate) : QString();
        }
        return displayText(e, index.column());
    case IdRole:
        return e.id;
    case ArchivedRole:
        return e.archived;
    default:
        return {};
    }
}

QVariant ExpertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Name"), tr("Specialty"), tr("Certificate"), tr("Certificate no."), tr("Expires"),
                               tr("Phone"), tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
