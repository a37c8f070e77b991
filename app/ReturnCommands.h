#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

class CliDatabase;

// safeledger-cli return …: the agencies' quarterly return workbooks (their entries in CliVerbs).
//   return template --agency NAME --year Y --quarter Q --out FILE.xlsx
//   return demo --agency NAME --year Y --quarter Q --out FILE.xlsx [--seed S]   (a filled-in one)
//   return import FILE.xlsx [--dry-run]
//   return list --year Y --quarter Q
// Each is given what follows its name; wrong usage comes back as ExitCode::Usage with *usageError set.
class ReturnCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReturnCommands)

public:
    ReturnCommands(QTextStream& out, QTextStream& err, CliDatabase& database);

    ExitCode runTemplate(const QStringList& args, QString* usageError);
    ExitCode runDemo(const QStringList& args, QString* usageError);
    ExitCode runImport(const QStringList& args, QString* usageError);
    ExitCode runList(const QStringList& args, QString* usageError);

private:
    ExitCode runWorkbook(const QStringList& args, bool filled, QString* usageError);

    QTextStream& m_out;
    QTextStream& m_err;
    CliDatabase& m_database;
};

} // namespace sl::app
