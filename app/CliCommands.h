#pragma once

#include "CliDatabase.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

struct CliVerb;

// safeledger-cli: batch verbs over the same core the window uses. run() reads the global options and hands the
// verb to its entry in CliVerbs; the run… functions here are the handlers of the verbs on the database itself
// (the others are in ExportCommands, ReportCommands, ExchangeCommands and ReturnCommands), each given what follows
// the verb's name. Every verb ends with an ExitCode.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands();
    ExitCode run(const QStringList& arguments);

    ExitCode runInit(const QStringList& args);
    ExitCode runDemo(const QStringList& args);
    ExitCode runCheck(const QStringList& args);
    ExitCode runAcknowledge(const QStringList& args);
    // A verb of one of the verb classes (ExportCommands, ReportCommands, ExchangeCommands, ReturnCommands): made
    // with the program's streams and database, its wrong usage said as every verb's.
    template <typename Verbs>
    ExitCode runWith(ExitCode (Verbs::*verb)(const QStringList&, QString*), const QStringList& args)
    {
        QString usageError;
        Verbs verbs(m_out, m_err, m_database);
        const ExitCode code = (verbs.*verb)(args, &usageError);
        return code == ExitCode::Usage ? usage(usageError) : code;
    }

private:
    // Says what is wrong, how the verb being run is written, and where the help is.
    ExitCode usage(const QString& message);
    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
    CliDatabase m_database;
    QString m_program;
    const CliVerb* m_verb = nullptr;
};

} // namespace sl::app
