#include "CertificateStyle.h"

#include "StatusStyle.h"

namespace sl::ui {

QString CertificateStyle::text(core::CertificateStatus::State state)
{
    switch (state) {
    case core::CertificateStatus::State::Expired:
        return tr("Expired");
    case core::CertificateStatus::State::Expiring:
        return tr("Expiring");
    case core::CertificateStatus::State::Valid:
        break;
    }
    return tr("Valid");
}

QColor CertificateStyle::foreground(core::CertificateStatus::State state)
{
    // Borrowed from the obligations' colours so that red, amber and green mean the same on every page:
    // expired is overdue, expiring is due soon, valid is done.
    const QDate day(2000, 1, 1);
    switch (state) {
    case core::CertificateStatus::State::Expired:
        return StatusStyle::foreground(core::ObligationStatus::Overdue, day, day);
    case core::CertificateStatus::State::Expiring:
        return StatusStyle::foreground(core::ObligationStatus::NotYetDue, day, day);
    case core::CertificateStatus::State::Valid:
        break;
    }
    return StatusStyle::foreground(core::ObligationStatus::Done, day, day);
}

} // namespace sl::ui
