#pragma once

#include "db/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace sl::app {

// How every verb opens the database file named with --db, so that each says the same on the way in.
class CliDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CliDatabase)

public:
    explicit CliDatabase(QTextStream& err);

    void setPath(const QString& path) { m_path = path; }
    QString path() const { return m_path; }

    // For a verb that writes: takes the writer lock (a file open elsewhere is refused), upgrades an older file and
    // says where its previous version is kept, and names the operator (CliOperator). False after saying why.
    bool openForWriting(core::Database& db);
    // For a verb that only reads: the file opened read-only, nothing written to it, not even an upgrade.
    bool openForReading(core::Database& db, core::Database::Versions versions = core::Database::Versions::CurrentOnly);

private:
    QTextStream& m_err;
    QString m_path;
};

} // namespace sl::app
