#pragma once

#include "HazardState.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sl::core {

// One step in a hazard's history: never changed once written.
struct HazardEvent
{
    qint64 id = 0;
    qint64 hazardId = 0;
    QDate happenedOn;
    QString action; // key of the step, see HazardLifecycle::actionKey
    HazardState from = HazardState::Registered;
    HazardState to = HazardState::Registered;
    QString operatorName; // who recorded the step
    QString recheckedBy; // a re-check: who re-checked (复查人)
    QString remark;
    QDateTime createdAt;
};

} // namespace sl::core
