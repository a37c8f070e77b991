#include "SubsidyLedger.h"

#include "ChineseOrder.h"
#include "ServiceSpans.h"
#include "ServiceYearSchedule.h"
#include "SubsidyCalculator.h"

#include <algorithm>

namespace sl::core {

QHash<qint64, QList<ServiceYear>> SubsidyLedger::serviceYears(const Inputs& inputs)
{
    QHash<qint64, QList<ServiceYear>> out;
    const auto spans = ServiceSpans::byEnterprise(inputs.coverages, inputs.contracts);
    for (auto it = spans.constBegin(); it != spans.constEnd(); ++it) {
        out.insert(it.key(), ServiceYearSchedule::compute(it.value()));
    }
    return out;
}

QList<ServiceYear> SubsidyLedger::serviceYearsOf(const Inputs& inputs, qint64 enterpriseId)
{
    return ServiceYearSchedule::compute(
        ServiceSpans::byEnterprise(inputs.coverages, inputs.contracts).value(enterpriseId));
}

SizeClass SubsidyLedger::sizeClassOn(const Inputs& inputs, qint64 enterpriseId, const QDate& day)
{
    const auto history = inputs.sizeClassHistory.constFind(enterpriseId);
    if (history != inputs.sizeClassHistory.constEnd() && !history->isEmpty()) {
        SizeClass result = history->first().second; // before the first record: the earliest class known
        for (const auto& [from, sizeClass] : *history) {
            if (from <= day) {
                result = sizeClass;
            }
        }
        return result;
    }
    return inputs.enterprises.value(enterpriseId).sizeClass;
}

QList<SubsidyLine> SubsidyLedger::linesForYear(const Inputs& inputs, int year)
{
    return linesForYear(inputs, ServiceSpans::byEnterprise(inputs.coverages, inputs.contracts), year);
}

QList<SubsidyLine> SubsidyLedger::linesForYear(const Inputs& inputs,
                                               const QHash<qint64, QList<ServiceYearSchedule::Span>>& spans, int year)
{
    QList<SubsidyLine> lines;
    for (auto it = spans.constBegin(); it != spans.constEnd(); ++it) {
        const qint64 enterpriseId = it.key();
        const QList<ServiceYear> years = ServiceYearSchedule::compute(it.value());
        const auto enterprise = inputs.enterprises.constFind(enterpriseId);
        if (enterprise == inputs.enterprises.constEnd()) {
            continue;
        }
        for (int i = 0; i < years.size(); ++i) {
            const ServiceYear& sy = years.at(i);
            if (sy.start.year() != year) {
                continue;
            }
            const Contract contract = inputs.contracts.value(sy.contractId);
            const SubsidyPolicy* policy = SubsidyCalculator::policyFor(inputs.policies, sy.start);
            SubsidyLine line;
            line.enterpriseId = enterpriseId;
            line.enterpriseName = enterprise->name;
            line.creditCode = enterprise->creditCode;
            line.communityName = inputs.communityNames.value(enterprise->communityId);
            line.sizeClass = sizeClassOn(inputs, enterpriseId, sy.start);
            line.serviceYearStart = sy.start;
            line.participationYear = sy.participationYear;
            line.contractId = sy.contractId;
            line.agencyName = inputs.agencyNames.value(contract.agencyId);
            line.fee = contract.unitPrice;
            if (policy) {
                line.policyId = policy->id;
                const auto shares = SubsidyCalculator::compute(line.fee, line.sizeClass, sy.participationYear, *policy);
                line.streetShare = shares.street;
                line.enterpriseShare = shares.enterprise;
                line.rule = shares.rule;
            } else {
                // No policy in force: the enterprise pays all, and the rule says so.
                line.enterpriseShare = line.fee;
                line.rule = SubsidyRule::NotSubsidised;
            }
            if (i > 0) {
                const ServiceYear& previous = years.at(i - 1);
                if (sizeClassOn(inputs, enterpriseId, previous.start) != line.sizeClass) {
                    line.flags |= SubsidyFlag::ClassChanged;
                }
                const SubsidyPolicy* previousPolicy = SubsidyCalculator::policyFor(inputs.policies, previous.start);
                if (previousPolicy != policy) {
                    line.flags |= SubsidyFlag::PolicyChanged;
                }
            }
            if (sy.agencyChanged) {
                line.flags |= SubsidyFlag::AgencyChanged;
            }
            if (sy.coveredUntil < sy.end) {
                line.flags |= SubsidyFlag::LeftEarly;
            }
            line.bankAccountName = enterprise->bankAccountName;
            line.bankName = enterprise->bankName;
            line.bankAccount = enterprise->bankAccount;
            line.contact = enterprise->safetyContactPhone.isEmpty()
                ? enterprise->safetyContact
                : enterprise->safetyContact + QLatin1Char(' ') + enterprise->safetyContactPhone;
            lines.append(line);
        }
    }
    // Finance reads the list by community, then by name; ties broken by dates and ids so the order
    // is the same every time.
    std::sort(lines.begin(), lines.end(), [&inputs](const SubsidyLine& a, const SubsidyLine& b) {
        const qint64 ca = inputs.enterprises.value(a.enterpriseId).communityId;
        const qint64 cb = inputs.enterprises.value(b.enterpriseId).communityId;
        const int oa = inputs.communityOrder.value(ca);
        const int ob = inputs.communityOrder.value(cb);
        if (oa != ob) {
            return oa < ob;
        }
        if (ca != cb) {
            return ca < cb;
        }
        const int byName = ChineseOrder::compare(a.enterpriseName, b.enterpriseName);
        if (byName != 0) {
            return byName < 0;
        }
        if (a.serviceYearStart != b.serviceYearStart) {
            return a.serviceYearStart < b.serviceYearStart;
        }
        return a.enterpriseId < b.enterpriseId;
    });
    for (int i = 0; i < lines.size(); ++i) {
        lines[i].lineNo = i + 1;
    }
    return lines;
}

} // namespace sl::core
