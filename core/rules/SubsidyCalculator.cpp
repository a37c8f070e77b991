#include "SubsidyCalculator.h"

namespace sl::core {

SubsidyCalculator::Shares SubsidyCalculator::compute(Money fee, SizeClass sizeClass, int participationYear,
                                                     const SubsidyPolicy& policy)
{
    Shares shares;
    if (policy.fullClasses.contains(sizeClass)) {
        shares.street = fee;
        shares.rule = SubsidyRule::Full;
    } else if (policy.partialClasses.contains(sizeClass)) {
        if (participationYear >= 1 && participationYear <= policy.subsidisedYears) {
            shares.street = Money::min(policy.streetSharePerYear, fee);
            shares.rule = SubsidyRule::Partial;
        } else {
            shares.rule = SubsidyRule::AfterSubsidisedYears;
        }
    }
    shares.enterprise = fee - shares.street;
    return shares;
}

const SubsidyPolicy* SubsidyCalculator::policyFor(const QList<SubsidyPolicy>& policies, const QDate& day)
{
    const SubsidyPolicy* best = nullptr;
    for (const SubsidyPolicy& p : policies) {
        if (p.effectiveFrom <= day && (!best || p.effectiveFrom > best->effectiveFrom)) {
            best = &p;
        }
    }
    return best;
}

} // namespace sl::core
