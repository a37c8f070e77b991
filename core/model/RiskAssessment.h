#pragma once

#include "RiskPoint.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sl::core {

// The agency's risk identification and assessment of one enterprise (plan 四.2, 全面安全风险辨识和评估):
// the day, the experts who made it, and its risk points. It is in force from its day until the next
// assessment of the same enterprise.
struct RiskAssessment
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 agencyId = 0; // 0: none recorded
    QDate assessedOn;
    QString assessors;
    QString notes;
    qint64 returnId = 0; // the agency return that brought it, 0 when entered by hand
    QList<RiskPoint> points;

    // Derived when read, for lists and reports.
    QString enterpriseName;
    QString creditCode;
    qint64 communityId = 0;
    QString communityName;
    QString agencyName;

    // The enterprise's level: its most serious point's (Low when there is none).
    RiskLevel overallLevel() const
    {
        RiskLevel level = RiskLevel::Low;
        for (const RiskPoint& p : points) {
            if (int(p.level) > int(level)) {
                level = p.level;
            }
        }
        return level;
    }
};

} // namespace sl::core
