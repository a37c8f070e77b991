#pragma once

#include <QDateTime>
#include <QString>

namespace sl::core {

// A file attached to a record: the original name the clerk chose, and the copy in the evidence folder
// named by its SHA-256.
struct EvidenceFile
{
    qint64 id = 0;
    QString ownerKind; // service_record, hazard or baseline_document
    qint64 ownerId = 0;
    QString originalName;
    QString storedName;
    qint64 sizeBytes = 0;
    QString sha256;
    QDateTime addedAt;
    QString role; // for a hazard: "before" or "after" the rectification; empty otherwise
};

} // namespace sl::core
