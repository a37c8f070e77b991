#pragma once

#include "TimingSamples.h"

#include <QDate>
#include <QString>

#include <functional>

class QSqlQuery;

namespace sl::bench {

// The derived figures: `dashboard` (every dashboard figure of the current year, as the page computes
// them), `compliance_year` (the obligation engine over the whole year, with its reads), `subsidy_year`
// (the subsidy ledger of the year) and `subsidy_xlsx` (that list written as XLSX). Each engine's limit
// is one hand-written aggregate SQL query over the same file giving the same kind of figures: the
// floor any implementation faces, since the figures must at least be read.
class EngineBenchmark
{
public:
    struct Results
    {
        TimingSamples dashboard;
        TimingSamples dashboardLimit;
        TimingSamples complianceYear;
        TimingSamples complianceLimit;
        TimingSamples subsidyYear;
        TimingSamples subsidyLimit;
        TimingSamples subsidyXlsx;
        TimingSamples annualPdf;
        int annualPages = 0;
        int obligations = 0;
        int subsidyLines = 0;
        int overdue = 0;
        int openHazards = 0;
        // Whether each limit's result equalled the program's in every run, and where it first did not.
        bool dashboardChecked = true;
        bool complianceChecked = true;
        bool subsidyChecked = true;
        QString dashboardMismatch;
        QString complianceMismatch;
        QString subsidyMismatch;
    };

    EngineBenchmark(const QString& path, const QDate& asOf);
    bool run(int repeat, Results* results, QString* error);

private:
    // Runs one limit's statement and hands its rows to `read`, timed together: the floor must read its result.
    bool sqlOnce(const QString& sql, TimingSamples* samples, const std::function<void(QSqlQuery&)>& read,
                 QString* error);

    QString m_path;
    QDate m_asOf;
};

} // namespace sl::bench
