#pragma once

#include "ReturnWorkbook.h"
#include "model/Hazard.h"
#include "model/ReturnItem.h"
#include "model/RiskPoint.h"
#include "model/ServiceRecord.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// Takes in an agency's return workbook. prepare() reads and checks every row — the enterprise is served
// by this agency on that day, dates inside the quarter and not in the future, required fields present,
// counts positive, experts of this agency, hazard steps legal in order (HazardLifecycle) — and matches
// the rows with what an earlier return for the same agency and quarter brought. Nothing is written
// there. commit() writes a return without a refused row in one transaction: the new rows, with where
// each came from; when it corrects an earlier return, that one's rows the new file no longer has are
// taken back. The same file twice adds nothing.
class ReturnImport
{
    Q_DECLARE_TR_FUNCTIONS(ReturnImport)

public:
    struct Refusal
    {
        ReturnSheet sheet = ReturnSheet::Inspections;
        int row = 0;
        QString reason;
    };
    // A row that will be written, or an earlier row taken back, as the preview lists it.
    struct Change
    {
        ReturnSheet sheet = ReturnSheet::Inspections;
        int row = 0;
        QString what;
    };
    // One row to write (internal to prepare/commit, kept in the preview so commit writes what was shown).
    struct Entry
    {
        ReturnSheet sheet = ReturnSheet::Inspections;
        int row = 0;
        QString fingerprint;
        qint64 keptItemId = 0; // the earlier return brought this same row: nothing to write
        ServiceRecord record; // record sheets
        Hazard hazard; // new hazards
        QString inspectionKey; // new hazards: credit code and day of the inspection that found it
        qint64 inspectionId = 0; // ... when that inspection is already in the ledger
        qint64 hazardId = 0; // hazard progress
        HazardLifecycle::Action action = HazardLifecycle::Action::StartRectifying;
        HazardLifecycle::Step step;
        BaselineKind baselineKind = BaselineKind::Organisation; // baseline documents
        QDate completedOn; // baseline documents; risk assessments: the day of the assessment
        qint64 enterpriseId = 0;
        RiskPoint riskPoint; // risk assessments: the row's point, graded
        QString assessors;
    };

    struct Preview
    {
        QString fileProblem; // the whole file refused
        QString fileName;
        QString sha256;
        ReturnMeta meta;
        qint64 previousReturnId = 0; // the return for the same agency and quarter this one corrects
        QString previousFileName;
        bool sameFileAgain = false; // this very file was imported already
        QList<Refusal> refusals;
        QList<Change> additions;
        QList<Change> withdrawals;
        int unchanged = 0; // rows already in the ledger, or kept from the earlier return
        QList<Entry> entries;
        QList<ReturnItem> withdrawn;

        bool canCommit() const { return fileProblem.isEmpty() && refusals.isEmpty() && !sameFileAgain; }
        // One paragraph: what importing the file does (or did).
        QString summary() const;
    };

    static Preview prepare(Database& db, const QString& path);
    // The file's own bytes are hashed by prepare(); a workbook already in memory is checked the same way.
    static Preview prepareWorkbook(Database& db, const ReturnWorkbook& workbook, const QString& fileName,
                                   const QString& sha256);
    // A copy of the database is taken first (backupPath, when given, names it).
    static bool commit(Database& db, const Preview& preview, QString* error, QString* backupPath = nullptr);
    // Keeps a note that the agency's file was refused (no record is written), for the quarter's list.
    static bool recordRefusal(Database& db, const Preview& preview, QString* error);
};

} // namespace sl::core
