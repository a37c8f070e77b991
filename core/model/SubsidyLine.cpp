#include "SubsidyLine.h"

namespace sl::core {

QString subsidyRuleKey(SubsidyRule rule)
{
    switch (rule) {
    case SubsidyRule::Partial:
        return QStringLiteral("partial");
    case SubsidyRule::AfterSubsidisedYears:
        return QStringLiteral("after_years");
    case SubsidyRule::Full:
        return QStringLiteral("full");
    case SubsidyRule::NotSubsidised:
        break;
    }
    return QStringLiteral("none");
}

bool subsidyRuleFromKey(const QString& key, SubsidyRule* out)
{
    for (auto r :
         { SubsidyRule::Partial, SubsidyRule::AfterSubsidisedYears, SubsidyRule::Full, SubsidyRule::NotSubsidised }) {
        if (subsidyRuleKey(r) == key) {
            *out = r;
            return true;
        }
    }
    return false;
}

} // namespace sl::core
