#pragma once

#include "ReturnWorkbook.h"

#include <QCoreApplication>

namespace sl::core {

class Database;

// The return workbook for one agency and quarter, pre-filled from the ledger: the enterprises the agency
// serves that quarter (one empty row each to fill in), what is already recorded for the quarter (with
// its number, locked), the hazards still open, and each enterprise's five baseline documents.
class ReturnTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReturnTemplate)

public:
    static bool build(Database& db, qint64 agencyId, int year, int quarter, ReturnWorkbook* workbook, QString* error);
    static bool write(Database& db, qint64 agencyId, int year, int quarter, const QString& path, QString* error);
    // An agency by its exact name, 0 when there is none (the command line names agencies).
    static qint64 agencyByName(Database& db, const QString& name);
};

} // namespace sl::core
