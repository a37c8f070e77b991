#pragma once

#include "model/Certificate.h"
#include "model/Hazard.h"

#include <QHash>
#include <QList>

namespace sl::core {

class Database;

// What the dashboard lists besides obligations: open hazards (of any year) past or near their
// deadline, and certificates expired or expiring soon. Read here once for the page and the benchmark.
class DashboardAlerts
{
public:
    static constexpr int kCertificateDays = 30;
    // The list is read at a glance: the oldest deadlines first, this many at most.
    static constexpr int kMaxHazards = 500;

    static DashboardAlerts load(Database& db, const QDate& asOf, int dueSoonDays);

    int openHazards = 0;
    int overdueHazards = 0;
    QList<Hazard> hazardsDue; // overdue, or due within dueSoonDays; the kMaxHazards oldest deadlines
    QList<Certificate> certificates; // expired or expiring within kCertificateDays
    int expiredCertificates = 0;
    QHash<qint64, QString> certificateTypeNames;
};

} // namespace sl::core
