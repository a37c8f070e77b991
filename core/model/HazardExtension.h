#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// A request to move a hazard's deadline, and what the clerk decided.
struct HazardExtension
{
    enum class Decision { Pending, Approved, Refused };

    qint64 id = 0;
    qint64 hazardId = 0;
    QDate requestedOn;
    QDate newDeadline;
    QString reason;
    Decision decision = Decision::Pending;
    QDate decidedOn;
    QString decidedBy;
    QString decisionRemark;
};

} // namespace sl::core
