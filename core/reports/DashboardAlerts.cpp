#include "DashboardAlerts.h"

#include "db/CertificateRepository.h"
#include "db/HazardRepository.h"
#include "rules/CertificateStatus.h"

namespace sl::core {

DashboardAlerts DashboardAlerts::load(Database& db, const QDate& asOf, int dueSoonDays)
{
    DashboardAlerts a;
    HazardRepository hazards(db);
    hazards.countOpen(asOf, &a.openHazards, &a.overdueHazards);
    HazardRepository::Filter due;
    due.openOnly = true;
    due.dueBy = asOf.addDays(dueSoonDays);
    due.limit = kMaxHazards;
    a.hazardsDue = hazards.list(due);
    CertificateRepository certificates(db);
    for (const CertificateType& t : certificates.types(true)) {
        a.certificateTypeNames.insert(t.id, t.name);
    }
    a.certificates = certificates.expiring(asOf, kCertificateDays);
    for (const Certificate& c : std::as_const(a.certificates)) {
        a.expiredCertificates
            += CertificateStatus::state(c.expiresOn, asOf, kCertificateDays) == CertificateStatus::State::Expired ? 1
                                                                                                                  : 0;
    }
    return a;
}

} // namespace sl::core
