#pragma once

#include "io/TextTable.h"
#include "model/BaselineKind.h"
#include "model/HazardGrade.h"
#include "model/HazardState.h"
#include "rules/HazardLifecycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

namespace sl::core {

// The record kinds of an agency's quarterly return, one sheet each, in the workbook's order.
// RiskAssessments (风险评估): one row per risk point; the rows of one enterprise and day are one assessment.
enum class ReturnSheet {
    Inspections,
    NewHazards,
    HazardProgress,
    Trainings,
    Drills,
    Baseline,
    YearEndReports,
    RiskAssessments
};

// Which agency and quarter a return workbook is for; kept in a hidden sheet of the workbook.
struct ReturnMeta
{
    qint64 agencyId = 0;
    QString agencyName;
    int year = 0;
    int quarter = 0;
    int version = 0;
    QDate generatedOn;

    QDate firstDay() const { return QDate(year, (quarter - 1) * 3 + 1, 1); }
    QDate lastDay() const { return firstDay().addMonths(3).addDays(-1); }
};

// The return workbook an agency fills in each quarter (written with libxlsxwriter, read back with
// XlsxReader): an instructions sheet, one sheet per record kind with a protected header row, the cells
// to fill in unlocked, drop-down lists for the closed vocabularies, date cells, and a hidden sheet that
// says whose return it is.
//
// Its sheet names, headers and words are a file format shared with the agencies, in Chinese whatever
// language the program shows; they are matched exactly when a return comes back.
class ReturnWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ReturnWorkbook)

public:
    static constexpr int kVersion = 1;
    // Empty rows below the pre-filled ones that carry the drop-down lists and date checks.
    static constexpr int kSpareRows = 300;

    // Column positions, per sheet.
    struct Inspection
    {
        enum { Id, Code, Name, Date, Experts, Findings, Count };
    };
    struct NewHazard
    {
        enum { Id, Code, Name, Date, Place, Description, Grade, Category, Demand, Responsible, Deadline, Count };
    };
    struct Progress
    {
        enum { HazardId, Code, Name, Description, Deadline, State, Action, Date, Remark, CloseReason, Count };
    };
    struct Training
    {
        enum { Id, Code, Name, Date, Topic, People, Content, Count };
    };
    struct Drill
    {
        enum { Id, Code, Name, Date, Scenario, People, Content, Count };
    };
    struct Baseline
    {
        enum { Code, Name, Kind, Date, Count };
    };
    struct Risk
    {
        enum {
            Code,
            Name,
            Date,
            Assessors,
            Place,
            Factors,
            Accident,
            Method,
            L,
            E,
            C,
            Likelihood,
            Severity,
            Measures,
            Responsible,
            Count
        };
    };
    struct YearEnd
    {
        enum { Id, Code, Name, Date, ReportYear, Summary, Problems, Measures, Count };
    };

    enum class Cell { Text, Date, Integer };
    struct Column
    {
        QString header;
        double width = 12;
        Cell cell = Cell::Text;
        bool input = true; // filled in by the agency; otherwise pre-filled and locked
        QStringList choices; // a closed vocabulary: a drop-down list
    };

    static QList<ReturnSheet> sheets();
    static QString sheetName(ReturnSheet sheet);
    static QList<Column> columns(ReturnSheet sheet);
    static QString instructionsSheetName();
    static QString metaSheetName();
    // A sheet a return made from an earlier template may lack (it is then read as empty).
    static bool isOptional(ReturnSheet sheet) { return sheet == ReturnSheet::RiskAssessments; }

    // The closed vocabularies, as the workbook spells them.
    // (Grades and states are FixedChinese's words.)
    static QList<HazardLifecycle::Action> progressActions();
    static QString progressWord(HazardLifecycle::Action action);
    static bool progressFromWord(const QString& word, HazardLifecycle::Action* action);
    static QString baselineWord(BaselineKind kind);
    static bool baselineFromWord(const QString& word, BaselineKind* kind);

    ReturnMeta meta;
    // The rows below the header of each sheet (dates as ISO text).
    QMap<ReturnSheet, TextTable> data;

    // Written to a temporary file and moved over path only when complete.
    bool write(const QString& path, QString* error) const;
    // Refuses a workbook that is not a return of this format with one sentence.
    static bool read(const QString& path, ReturnWorkbook* workbook, QString* error);

private:
    QStringList instructions() const;
};

} // namespace sl::core
