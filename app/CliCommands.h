#pragma once

#include "db/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

// safeledger-cli: batch verbs over the same core the window uses.
// Exit codes: 0 success, 1 a check found a problem or the work was refused, 2 wrong usage.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode { Success = 0, Problem = 1, Usage = 2 };

    CliCommands();
    int run(const QStringList& arguments);

private:
    int usage(const QString& message);
    bool openDatabase(core::Database& db);
    bool openForReading(core::Database& db, core::Database::Versions versions = core::Database::Versions::CurrentOnly);
    int runInit(const QStringList& args);
    int runDemo(const QStringList& args);
    int runCheck(const QStringList& args);
    int runSubsidies(const QStringList& args);
    int runCompliance(const QStringList& args);
    int runHazards(const QStringList& args);
    int runRisks(const QStringList& args);
    int runCertificates(const QStringList& args);
    int runScorecard(const QStringList& args);
    int runReport(const QStringList& args);
    int runNotice(const QStringList& args);
    int runBackup(const QStringList& args);
    int runImport(const QStringList& args);
    int runExportAll(const QStringList& args);
    int runImportAll(const QStringList& args);
    int runRestore(const QStringList& args);
    int runAudit(const QStringList& args);
    int runAcknowledge(const QStringList& args);
    // Reads --year (2000-2100) and --out FILE.csv for a verb; false after printing the usage.
    bool yearAndCsv(const QString& verb, const QStringList& args, int* year, QString* out, int* exitCode);
    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbPath;
    QString m_program;
};

} // namespace sl::app
