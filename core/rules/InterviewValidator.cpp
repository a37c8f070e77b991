#include "InterviewValidator.h"

namespace sl::core {

QString InterviewValidator::problem(const Interview& i, const QDate& today)
{
    if (i.enterpriseId <= 0 && i.agencyId <= 0) {
        return tr("Choose the enterprise or the agency concerned.");
    }
    if (!i.heldOn.isValid() || i.heldOn > today) {
        return tr("Enter the date; it cannot be in the future.");
    }
    if (i.reason.trimmed().isEmpty()) {
        return tr("Give the reason.");
    }
    for (const QString& t : { i.reason, i.people, i.outcome }) {
        if (t.size() > kMaxTextLength) {
            return tr("A field is longer than %1 characters.").arg(kMaxTextLength);
        }
    }
    return {};
}

} // namespace sl::core
