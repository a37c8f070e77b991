#pragma once

#include "Money.h"
#include "SizeClass.h"

#include <QDate>
#include <QFlags>
#include <QString>

namespace sl::core {

// Which branch of the rule produced a line's shares.
enum class SubsidyRule {
    Partial, // partial class within its subsidised years: street pays min(share, fee)
    AfterSubsidisedYears, // partial class from the year after: the enterprise pays all
    Full, // full class: the street pays all
    NotSubsidised, // a class the policy names in neither list
};

QString subsidyRuleKey(SubsidyRule rule);
bool subsidyRuleFromKey(const QString& key, SubsidyRule* out);

// Facts the clerk should look at before paying; the program never drops or changes a line itself.
enum class SubsidyFlag {
    ClassChanged = 0x1, // size class differs from the previous service year's
    PolicyChanged = 0x2, // another policy version than the previous service year's
    AgencyChanged = 0x4, // another contract took over within the service year
    LeftEarly = 0x8, // service ended before the service year did
    ServiceIncomplete = 0x10, // an obligation due within the service year is overdue (SubsidyYear)
};
Q_DECLARE_FLAGS(SubsidyFlags, SubsidyFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SubsidyFlags)

// One enterprise's service year in the subsidy list, with everything the finance office prints.
struct SubsidyLine
{
    int lineNo = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString creditCode;
    QString communityName;
    SizeClass sizeClass = SizeClass::SmallMicro;
    QDate serviceYearStart;
    int participationYear = 0;
    qint64 contractId = 0;
    QString agencyName;
    qint64 policyId = 0;
    Money fee;
    Money streetShare;
    Money enterpriseShare;
    SubsidyRule rule = SubsidyRule::NotSubsidised;
    SubsidyFlags flags;
    QString bankAccountName;
    QString bankName;
    QString bankAccount;
    QString contact;

    bool operator==(const SubsidyLine& o) const
    {
        return lineNo == o.lineNo && enterpriseId == o.enterpriseId && enterpriseName == o.enterpriseName
            && creditCode == o.creditCode && communityName == o.communityName && sizeClass == o.sizeClass
            && serviceYearStart == o.serviceYearStart && participationYear == o.participationYear
            && contractId == o.contractId && agencyName == o.agencyName && policyId == o.policyId && fee == o.fee
            && streetShare == o.streetShare && enterpriseShare == o.enterpriseShare && rule == o.rule
            && flags == o.flags && bankAccountName == o.bankAccountName && bankName == o.bankName
            && bankAccount == o.bankAccount && contact == o.contact;
    }
    bool operator!=(const SubsidyLine& o) const { return !(*this == o); }
};

} // namespace sl::core
