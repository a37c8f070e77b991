#pragma once

#include "CheckReport.h"
#include "model/EvidenceFile.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace sl::core {

class Database;

// Evidence files (photos, scanned sign-in sheets, PDFs) attached to records. The file is copied into
// the evidence folder beside the database and named by its SHA-256, so the same file is kept once and
// a missing or changed copy is found by `check`. On a server the files are kept in the database itself
// (evidence_content, one row a file, outside the audit trail), so that every seat has them; the seat's
// folder then holds copies, made when a file is first needed, and check reads the server's.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)

public:
    static constexpr qint64 kMaxBytes = 200LL * 1024 * 1024;

    explicit EvidenceRepository(Database& db);

    // <folder of the database>/<its name>-evidence
    static QString folderFor(const QString& databasePath);
    QString folder() const;
    // On a server, the seat's copy is made first when it is missing.
    QString absolutePath(const EvidenceFile& file) const;
    // A server's file copied into the seat's folder unless the copy is there whole; true for a file database.
    bool fetch(const EvidenceFile& file, QString* error) const;
    // Every file the database names (a backup, a handover package, a move read the seat's folder).
    bool fetchAll(QString* error) const;
    // Keeps the file of the seat's folder in the server database too (inside the caller's transaction); nothing
    // for a file database.
    bool storeOnServer(const QString& storedName, QString* error) const;

    QList<EvidenceFile> listOf(const QString& ownerKind, qint64 ownerId) const;
    // Every file the database names, once each (several records may share one file), in stored-name order;
    // empty for a file from before evidence existed (data version 3 and older).
    QList<EvidenceFile> files(QString* error = nullptr) const;
    // role: "before" or "after" for a hazard's photos, empty otherwise.
    bool attach(const QString& ownerKind, qint64 ownerId, const QString& sourcePath, EvidenceFile* attached,
                QString* error, const QString& role = QString());
    // Adds a problem for every evidence file whose copy is missing or no longer matches its SHA-256.
    void verify(CheckReport& report) const;

    static QString sha256Of(const QString& path, qint64* size, QString* error);
    static bool hasTable(QSqlDatabase db);

private:
    Database& m_db;
};

} // namespace sl::core
