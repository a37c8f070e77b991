#pragma once

#include "ReturnWorkbook.h"
#include "model/Hazard.h"
#include "model/ServiceRecord.h"

#include <QHash>
#include <QStringList>

namespace sl::core {

// The rows of a return workbook as the ledger fills them in (the template writes them; the import
// renders a numbered row again to tell whether the agency changed it), and the fingerprint that says
// whether two rows mean the same record.
class ReturnRows
{
public:
    static QStringList record(ReturnSheet sheet, const ServiceRecord& record, const QString& code, const QString& name,
                              const QString& experts);
    static QStringList newHazard(const Hazard& hazard, const QString& code, const QString& name);
    static QStringList progress(const Hazard& hazard, const QString& code, const QString& name);
    static QStringList baseline(const QString& code, const QString& name, BaselineKind kind, const QDate& completedOn);
    // An empty row for an enterprise, for the agency to fill in.
    static QStringList blank(ReturnSheet sheet, const QString& code, const QString& name);

    // The record sheets and the record kind each holds.
    static bool recordKind(ReturnSheet sheet, RecordKind* kind);
    // The sheet's key as the ledger stores it in a record's provenance.
    static QString sheetKey(ReturnSheet sheet);
    static bool sheetFromKey(const QString& key, ReturnSheet* sheet);
    // The sheet's name in the workbook, from its key; the key itself when unknown.
    static QString sheetNameOfKey(const QString& key);

    // The content of a row that makes it the record it is: the enterprise and what was filled in, normalised
    // (dates, numbers, the order of expert names); not the ledger's number, the name or the pre-filled state.
    static QString fingerprint(ReturnSheet sheet, const QStringList& cells);
    // Whether the agency filled in anything in the row.
    static bool isFilled(ReturnSheet sheet, const QStringList& cells);
    // Expert names as agencies separate them: 、 ， , ; or spaces.
    static QStringList splitNames(const QString& text);
    static QString joinNames(const QStringList& names);
    // An inspection as a new hazard row names it: the enterprise's credit code and the day.
    static QString inspectionKey(const QString& code, const QDate& day);
};

} // namespace sl::core
