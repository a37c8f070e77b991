#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sl::core {

// A tender contract: one agency, a period, and the price per enterprise per year.
struct Contract
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString contractNo;
    QString tenderLot;
    QDate signedOn;
    QDate periodStart;
    QDate periodEnd;
    Money unitPrice;
    QString notes;
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }
    bool covers(const QDate& day) const { return day >= periodStart && day <= periodEnd; }
    bool operator==(const Contract& o) const
    {
        return id == o.id && agencyId == o.agencyId && contractNo == o.contractNo && tenderLot == o.tenderLot
            && signedOn == o.signedOn && periodStart == o.periodStart && periodEnd == o.periodEnd
            && unitPrice == o.unitPrice && notes == o.notes && archivedAt == o.archivedAt;
    }
};

} // namespace sl::core
