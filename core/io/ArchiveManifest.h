#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sl::core {

// manifest.json, the first thing read from a backup or a handover package: what the zip holds, with the
// SHA-256 and size of every file, so that the zip is verified whole before anything is taken out of it.
//
// A backup (format "safeledger-backup") holds database.sqlite, SQLite's own consistent copy of the database,
// and the evidence files the database names, either inside the zip under evidence/ (a backup that travels: a
// USB stick, another PC) or in the evidence store beside it (the backups folder keeps each evidence file once,
// by its SHA-256, for all its copies). A handover package (format "safeledger-handover") holds ledger.xlsx,
// the whole database as a workbook, and the evidence files inside.
struct ArchiveManifest
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveManifest)

public:
    static const QString kBackupFormat;
    static const QString kHandoverFormat;
    static const QString kEntryName; // "manifest.json"
    static const QString kDatabaseEntry; // "database.sqlite"
    static const QString kWorkbookEntry; // "ledger.xlsx"
    static constexpr int kFormatVersion = 1;

    enum class EvidenceLocation { Inside, Store };

    struct File
    {
        QString storedName; // as the evidence table names it: "ab/ab12….png"
        qint64 size = 0;
        QString sha256;
    };

    QString format;
    int formatVersion = kFormatVersion;
    QString program; // the version that wrote it
    QDateTime createdUtc;
    QString reason; // daily, weekly, manual, before-import, replaced, out, handover…
    int schemaVersion = 0;
    QString mainEntry; // database.sqlite or ledger.xlsx
    qint64 mainSize = 0;
    QString mainSha256;
    EvidenceLocation evidenceLocation = EvidenceLocation::Inside;
    QList<File> evidence;
    // Named by the database but missing or changed in the evidence folder when the zip was written; listed so
    // that the gap is known, never hidden.
    QList<File> missing;
    // The audit chain's head when the database was copied (AuditAnchor); 0 when none (or an older backup).
    qint64 auditCount = 0;
    qint64 auditLastId = 0;
    QString auditHead;

    // evidence/<stored name>, inside the zip or in the store.
    static QString evidenceEntry(const QString& storedName);
    QByteArray toJson() const;
    // Refuses anything that is not a manifest of this program, or one from a newer format.
    static bool fromJson(const QByteArray& json, ArchiveManifest* manifest, QString* error);
};

} // namespace sl::core
