#pragma once

#include "Clock.h"
#include "model/Expert.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sl::ui {

// The experts of one agency. A certificate that has expired or expires within WarningDays is shown
// by text and colour together, so it is not missed on a grey-scale print or by a colour-blind clerk.
class ExpertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Specialty, Certificate, CertificateNo, CertificateExpiry, Phone, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ArchivedRole };
    enum class Expiry { None, Valid, Soon, Expired };
    static constexpr int WarningDays = 30;

    explicit ExpertTableModel(QObject* parent = nullptr);

    void setExperts(const QList<core::Expert>& experts);
    const core::Expert* expertAt(int row) const;
    int rowOfId(qint64 id) const;
    // The day certificates are judged against; today unless a test says otherwise.
    void setToday(const QDate& today);
    Expiry expiryOf(const core::Expert& expert) const { return judge(expert.certificateExpiry, m_today); }
    static Expiry judge(const QDate& expiry, const QDate& today);
    QString expiryText(const core::Expert& expert) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const core::Expert& e, int column) const;

    QList<core::Expert> m_rows;
    QDate m_today = core::Clock::today();
};

} // namespace sl::ui
