#include "StatusStyle.h"

#include "reports/DashboardFigures.h"

namespace sl::ui {

QColor StatusStyle::colour(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1b, 0x7a, 0x2e);
    case Tone::Soon:
        return QColor(0xb3, 0x6b, 0x00);
    case Tone::Bad:
        return QColor(0xc0, 0x1c, 0x28);
    case Tone::Idle:
        return QColor(0x5e, 0x5c, 0x64);
    case Tone::Muted:
        break;
    }
    return QColor(0x77, 0x76, 0x7b);
}

QString StatusStyle::styleSheet(Tone tone)
{
    return QStringLiteral("color: %1;").arg(colour(tone).name());
}

QColor StatusStyle::foreground(core::ObligationStatus status, const QDate& due, const QDate& today)
{
    switch (status) {
    case core::ObligationStatus::Done:
        return colour(Tone::Good);
    case core::ObligationStatus::Overdue:
        return colour(Tone::Bad);
    case core::ObligationStatus::NotYetDue:
        if (due.isValid() && today.daysTo(due) <= core::DashboardFigures::kDueSoonDays) {
            return colour(Tone::Soon);
        }
        return colour(Tone::Idle);
    case core::ObligationStatus::NotApplicable:
        break;
    }
    return colour(Tone::Muted);
}

} // namespace sl::ui
