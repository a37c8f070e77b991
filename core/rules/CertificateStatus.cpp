#include "CertificateStatus.h"

#include <algorithm>

namespace sl::core {

qint64 CertificateStatus::remainingDays(const QDate& expiresOn, const QDate& asOf)
{
    return asOf.daysTo(expiresOn);
}

CertificateStatus::State CertificateStatus::state(const QDate& expiresOn, const QDate& asOf, int days)
{
    const qint64 remaining = remainingDays(expiresOn, asOf);
    if (remaining < 0) {
        return State::Expired;
    }
    return remaining <= std::max(days, 0) ? State::Expiring : State::Valid;
}

bool CertificateStatus::needsAttention(const QDate& expiresOn, const QDate& asOf, int days)
{
    return state(expiresOn, asOf, days) != State::Valid;
}

QDate CertificateStatus::defaultExpiry(const CertificateType& type, const QDate& issuedOn)
{
    return defaultExpiry(type.validityMonths, issuedOn);
}

QDate CertificateStatus::defaultExpiry(int validityMonths, const QDate& issuedOn)
{
    if (!issuedOn.isValid() || validityMonths <= 0) {
        return {};
    }
    // Valid through the day before the same date validityMonths later. When that month is too short for
    // the date (issued on 31 January, or on 29 February for whole years), the anniversary falls on the
    // day after the month's end, so the certificate runs through the month's last day.
    const QDate sameDay = issuedOn.addMonths(validityMonths);
    return sameDay.day() < issuedOn.day() ? sameDay : sameDay.addDays(-1);
}

} // namespace sl::core
