#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// One enterprise served under one contract from serviceStart until serviceEnd (open-ended while
// invalid: then the contract's end bounds it).
struct Coverage
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 enterpriseId = 0;
    QDate serviceStart;
    QDate serviceEnd;
    QString notes;

    bool operator==(const Coverage& o) const
    {
        return id == o.id && contractId == o.contractId && enterpriseId == o.enterpriseId
            && serviceStart == o.serviceStart && serviceEnd == o.serviceEnd && notes == o.notes;
    }
};

} // namespace sl::core
