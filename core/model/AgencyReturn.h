#pragma once

#include <QDateTime>
#include <QString>

namespace sl::core {

// One return workbook an agency sent for a quarter, as the clerk received it: imported, refused (a row
// was wrong, nothing was written), or replaced by a corrected file for the same quarter.
struct AgencyReturn
{
    enum class Status { Imported, Refused, Replaced };

    qint64 id = 0;
    qint64 agencyId = 0;
    QString agencyName;
    int year = 0;
    int quarter = 0;
    QString fileName;
    QString sha256;
    QDateTime receivedAt;
    Status status = Status::Imported;
    int rowsImported = 0; // rows whose records come from this return: added and kept from an earlier one
    int rowsAdded = 0;
    int rowsWithdrawn = 0; // rows of the earlier return taken back
    int rowsRefused = 0;
    QString summary; // what the import changed, or why it was refused
    qint64 replacedBy = 0;
    QString importedBy; // the operator who took it in
};

} // namespace sl::core
