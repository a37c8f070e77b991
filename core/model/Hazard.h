#pragma once

#include "HazardGrade.h"

#include <QDate>
#include <QString>

namespace sl::core {

// A hazard an inspection found. Its closure steps (rectifying, re-check, closing) come with the
// hazard register; here it is registered with the inspection.
struct Hazard
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 inspectionId = 0;
    QDate foundOn;
    QString place;
    QString description;
    HazardGrade grade = HazardGrade::General;
    QString category;
    QString demand; // the rectification demand
    QString responsible;
    QDate deadline;
    QString state = QStringLiteral("registered");
};

} // namespace sl::core
