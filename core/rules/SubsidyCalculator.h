#pragma once

#include "model/Money.h"
#include "model/SizeClass.h"
#include "model/SubsidyLine.h"
#include "model/SubsidyPolicy.h"

#include <QList>

namespace sl::core {

// The rule of section 2 of the plan, as a pure function: who pays how much of one service year's fee.
class SubsidyCalculator
{
public:
    struct Shares
    {
        Money street;
        Money enterprise;
        SubsidyRule rule = SubsidyRule::NotSubsidised;

        bool operator==(const Shares& o) const
        {
            return street == o.street && enterprise == o.enterprise && rule == o.rule;
        }
    };

    // fee: the contract's unit price; sizeClass: the class at the start of the service year;
    // participationYear: 1 for the enterprise's first service year in the programme.
    static Shares compute(Money fee, SizeClass sizeClass, int participationYear, const SubsidyPolicy& policy);

    // The version in force on `day`: the latest whose effectiveFrom is not after it; nullptr when none.
    // `policies` may be in any order.
    static const SubsidyPolicy* policyFor(const QList<SubsidyPolicy>& policies, const QDate& day);
};

} // namespace sl::core
