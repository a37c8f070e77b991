#pragma once

#include <QDate>
#include <QList>
#include <QPair>

namespace sl::core {

// What the records say was done at one enterprise (voided records left out), as the obligation engine
// reads it: dates sorted ascending.
struct EnterpriseActivity
{
    QList<QDate> surveys;
    QList<QDate> inspections;
    QList<QDate> trainings;
    QList<QDate> drills;
    QList<QPair<int, QDate>> yearEndReports; // (year reported on, date given)
    QList<QDate> baselineCompleted; // one completion date per baseline document kind
    QList<QDate> riskAssessments; // the days of the enterprise's risk assessments
};

} // namespace sl::core
