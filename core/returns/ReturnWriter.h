#pragma once

#include "ReturnImport.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"

namespace sl::core {

// Writes a checked return (ReturnImport::commit): a backup first, then in one transaction the return itself,
// what the earlier return for the quarter brought and this file no longer has taken back, and the new rows
// with where each came from. Also keeps the note of a refused file.
class ReturnWriter
{
public:
    ReturnWriter(Database& db, const ReturnImport::Preview& preview);

    bool commit(QString* error, QString* backupPath);
    bool recordRefusal(QString* error);

private:
    // The file as received: agency, quarter, name and SHA-256.
    AgencyReturn received(AgencyReturn::Status status) const;
    // Hazard steps first (per hazard, all at once), then the hazards it registered, then records and baseline
    // documents; the earlier return is marked replaced by returnId.
    bool withdrawEarlier(qint64 returnId, QString* error);
    // Records in one batch, then hazards on their inspections, hazard steps and baseline documents.
    bool writeEntries(qint64 returnId, QString* error);

    Database& m_db;
    const ReturnImport::Preview& m_p;
    ReturnRepository m_returns;
    ServiceRecordRepository m_records;
};

} // namespace sl::core
