#pragma once

#include "returns/ReturnWorkbook.h"

#include <QCoreApplication>

namespace sl::core {

class Database;

// Fills an agency's return template the way an agency would (for tests and demonstrations): an
// inspection of most enterprises on a day they were served, hazards found by some of them, trainings and
// drills for some, the next step of open hazards, missing baseline documents, all with the demo street's
// words. The same seed fills the same rows.
class DemoReturns
{
    Q_DECLARE_TR_FUNCTIONS(DemoReturns)

public:
    static bool fill(Database& db, ReturnWorkbook& workbook, quint32 seed, QString* error);
    // A filled-in return of the quarter for every agency that served enterprises in it, written into dir as
    // "<agency> <year>Q<quarter>.xlsx"; the files written are listed in written.
    static bool writeAll(Database& db, const QString& dir, int year, int quarter, quint32 seed, QStringList* written,
                         QString* error);
};

} // namespace sl::core
