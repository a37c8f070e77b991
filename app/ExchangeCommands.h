#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

class CliDatabase;

// safeledger-cli's verbs that move a whole file in or out (their entries in CliVerbs): import enterprises,
// export-all, import-all, backup and restore. Wrong usage comes back as ExitCode::Usage with *usageError set.
class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    ExchangeCommands(QTextStream& out, QTextStream& err, CliDatabase& database);

    // import enterprises FILE …
    ExitCode runImport(const QStringList& args, QString* usageError);
    ExitCode runExportAll(const QStringList& args, QString* usageError);
    ExitCode runImportAll(const QStringList& args, QString* usageError);
    ExitCode runBackup(const QStringList& args, QString* usageError);
    ExitCode runRestore(const QStringList& args, QString* usageError);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    CliDatabase& m_database;
};

} // namespace sl::app
