#pragma once

#include "Inspector.h"
#include "RecordKind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sl::core {

// One thing an agency did at an enterprise. Which fields mean what depends on the kind:
// topic is a training's topic or a drill's scenario; content an inspection's or survey's findings,
// a training's content or a year-end report's summary; peopleCount the attendees or participants;
// problems and measures belong to the year-end report, which also names the year it reports on.
struct ServiceRecord
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 agencyId = 0; // 0: not known, or a street inspection (街道检查)
    RecordKind kind = RecordKind::Inspection;
    Inspector inspector = Inspector::Agency; // an inspection only; see Inspector.h
    QDate doneOn;
    int reportYear = 0; // year-end report only
    QString topic;
    QString content;
    int peopleCount = 0;
    QString problems;
    QString measures;
    QString notes;
    QList<qint64> expertIds;
    QDateTime voidedAt; // a record entered by mistake is voided with a reason, never deleted
    QString voidReason;

    bool isVoided() const { return voidedAt.isValid(); }
};

} // namespace sl::core
