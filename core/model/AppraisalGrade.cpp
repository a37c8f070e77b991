#include "AppraisalGrade.h"

namespace sl::core {

QString appraisalGradeKey(AppraisalGrade grade)
{
    switch (grade) {
    case AppraisalGrade::Excellent:
        return QStringLiteral("excellent");
    case AppraisalGrade::Qualified:
        return QStringLiteral("qualified");
    case AppraisalGrade::BasicallyQualified:
        return QStringLiteral("basically_qualified");
    case AppraisalGrade::Unqualified:
        break;
    }
    return QStringLiteral("unqualified");
}

bool appraisalGradeFromKey(const QString& key, AppraisalGrade* out)
{
    for (AppraisalGrade g : { AppraisalGrade::Excellent, AppraisalGrade::Qualified, AppraisalGrade::BasicallyQualified,
                              AppraisalGrade::Unqualified }) {
        if (appraisalGradeKey(g) == key) {
            *out = g;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
