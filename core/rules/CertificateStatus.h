#pragma once

#include "model/CertificateType.h"

#include <QDate>

namespace sl::core {

// Where a certificate stands on a given day. A certificate is valid through its expiry date: on that day
// it has 0 days left and is still good; the day after, it has expired.
class CertificateStatus
{
public:
    enum class State { Valid, Expiring, Expired };

    // expiresOn − asOf in days: 0 on the expiry day, negative once expired.
    static qint64 remainingDays(const QDate& expiresOn, const QDate& asOf);
    // Expired after the expiry day; Expiring when 0 ≤ remaining ≤ days; Valid otherwise. A negative
    // window counts as 0, so only the expiry day itself is "expiring".
    static State state(const QDate& expiresOn, const QDate& asOf, int days);
    // Whether the certificate belongs on an "expired or expiring within days" list.
    static bool needsAttention(const QDate& expiresOn, const QDate& asOf, int days);
    // The expiry a type's validity gives a certificate issued on issuedOn: the day before the same
    // date validityMonths later (issued 2024-03-15 for 36 months → valid through 2027-03-14; issued
    // 2024-02-29 → through 2027-02-28). Invalid when the issue date is unknown or the type has no fixed
    // validity.
    static QDate defaultExpiry(const CertificateType& type, const QDate& issuedOn);
    static QDate defaultExpiry(int validityMonths, const QDate& issuedOn);
};

} // namespace sl::core
