#pragma once

#include <QString>

namespace sl::core {

// Where one record in the ledger came from: the return, its sheet and row. The fingerprint is the row's
// content, so a file sent again, or corrected, can be matched row by row with what the earlier one brought.
struct ReturnItem
{
    enum class Target { ServiceRecord, Hazard, HazardEvent, BaselineDocument, RiskAssessment };

    qint64 id = 0;
    qint64 returnId = 0;
    QString sheet; // the sheet's key (ReturnSheet)
    int row = 0; // as the spreadsheet numbers it: the header is row 1
    Target target = Target::ServiceRecord;
    qint64 targetId = 0;
    QString fingerprint;
    QString undo; // a hazard step: the hazard's closure fields before it, to withdraw it
    qint64 hazardId = 0; // a hazard step: the hazard it moved (read from the event)
};

} // namespace sl::core
