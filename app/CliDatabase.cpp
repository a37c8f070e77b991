#include "CliDatabase.h"

#include "CliOperator.h"

#include <QDir>

namespace sl::app {

CliDatabase::CliDatabase(QTextStream& err)
    : m_err(err)
{
}

bool CliDatabase::openForWriting(core::Database& db)
{
    QString error;
    if (!db.open(m_path, &error)) {
        m_err << error << Qt::endl;
        return false;
    }
    if (!db.lastUpgradeBackup().isEmpty()) {
        m_err << tr("The database was upgraded; the previous version is kept in %1.")
                     .arg(QDir::toNativeSeparators(db.lastUpgradeBackup()))
              << Qt::endl;
    }
    if (!CliOperator::apply(db, m_err)) {
        db.close();
        return false;
    }
    return true;
}

bool CliDatabase::openForReading(core::Database& db, core::Database::Versions versions)
{
    QString error;
    if (!db.openReadOnly(m_path, &error, versions)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace sl::app
