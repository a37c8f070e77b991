#include "StatusStyle.h"

#include "reports/DashboardFigures.h"

namespace sl::ui {

QColor StatusStyle::foreground(core::ObligationStatus status, const QDate& due, const QDate& today)
{
    switch (status) {
    case core::ObligationStatus::Done:
        return QColor(0x1b, 0x7a, 0x2e);
    case core::ObligationStatus::Overdue:
        return QColor(0xc0, 0x1c, 0x28);
    case core::ObligationStatus::NotYetDue:
        if (due.isValid() && today.daysTo(due) <= core::DashboardFigures::kDueSoonDays) {
            return QColor(0xb3, 0x6b, 0x00);
        }
        return QColor(0x5e, 0x5c, 0x64);
    case core::ObligationStatus::NotApplicable:
        break;
    }
    return QColor(0x77, 0x76, 0x7b);
}

} // namespace sl::ui
