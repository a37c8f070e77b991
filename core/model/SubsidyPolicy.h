#pragma once

#include "Money.h"
#include "SizeClass.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sl::core {

// One version of the street's subsidy rule, in force from effectiveFrom until the next version.
// Kept as data because the next street office has other numbers.
struct SubsidyPolicy
{
    qint64 id = 0;
    QDate effectiveFrom;
    Money streetSharePerYear = Money::fromYuan(2000);
    int subsidisedYears = 3;
    QList<SizeClass> partialClasses = { SizeClass::Scale, SizeClass::AboveQuota };
    QList<SizeClass> fullClasses = { SizeClass::SmallMicro };
    QString notes;

    bool operator==(const SubsidyPolicy& o) const
    {
        return id == o.id && effectiveFrom == o.effectiveFrom && streetSharePerYear == o.streetSharePerYear
            && subsidisedYears == o.subsidisedYears && partialClasses == o.partialClasses
            && fullClasses == o.fullClasses && notes == o.notes;
    }
};

} // namespace sl::core
