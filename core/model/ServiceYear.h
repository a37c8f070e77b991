#pragma once

#include <QDate>

namespace sl::core {

// Twelve months of service of one enterprise. participationYear counts the service years it has had
// in the programme, across contracts, agencies and gaps, starting at 1.
struct ServiceYear
{
    QDate start;
    QDate end; // start + 12 months - 1 day
    QDate coveredUntil; // last covered day within the year; before `end` when the enterprise left
    int participationYear = 0;
    qint64 contractId = 0; // the contract in force on `start`: its price is the year's fee
    bool agencyChanged = false; // another agency took over within the year

    bool operator==(const ServiceYear& o) const
    {
        return start == o.start && end == o.end && coveredUntil == o.coveredUntil
            && participationYear == o.participationYear && contractId == o.contractId
            && agencyChanged == o.agencyChanged;
    }
};

} // namespace sl::core
