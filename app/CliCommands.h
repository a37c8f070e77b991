#pragma once

#include "CliDatabase.h"
#include "ExitCode.h"
#include "ReturnCommands.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

struct CliVerb;

// safeledger-cli: batch verbs over the same core the window uses. run() reads the global options and hands the
// verb to its entry in CliVerbs; the run… functions are those entries' handlers, each given what follows the
// verb's name. Every verb ends with an ExitCode.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands();
    ExitCode run(const QStringList& arguments);

    ExitCode runInit(const QStringList& args);
    ExitCode runDemo(const QStringList& args);
    ExitCode runCheck(const QStringList& args);
    ExitCode runSubsidies(const QStringList& args);
    ExitCode runCompliance(const QStringList& args);
    ExitCode runHazards(const QStringList& args);
    ExitCode runRisks(const QStringList& args);
    ExitCode runCertificates(const QStringList& args);
    ExitCode runScorecard(const QStringList& args);
    // kind: annual, enterprise or quarter.
    ExitCode runReport(const QString& kind, const QStringList& args);
    ExitCode runNotice(const QStringList& args);
    // import enterprises FILE …
    ExitCode runImport(const QStringList& args);
    ExitCode runExportAll(const QStringList& args);
    ExitCode runImportAll(const QStringList& args);
    ExitCode runBackup(const QStringList& args);
    ExitCode runRestore(const QStringList& args);
    ExitCode runAudit(const QStringList& args);
    ExitCode runAcknowledge(const QStringList& args);
    // One of the return verbs (ReturnCommands), its usage errors said as every verb's.
    ExitCode runReturn(ExitCode (ReturnCommands::*verb)(const QStringList&, QString*), const QStringList& args);

private:
    // Says what is wrong, how the verb being run is written, and where the help is.
    ExitCode usage(const QString& message);
    // Reads --year, and --out FILE with one of suffixes, for hazards, risks and scorecard.
    bool yearAndOut(const QString& verb, const QStringList& args, const QStringList& suffixes, int* year, QString* out,
                    ExitCode* exitCode);
    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
    CliDatabase m_database;
    QString m_program;
    const CliVerb* m_verb = nullptr;
};

} // namespace sl::app
