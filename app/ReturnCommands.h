#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sl::app {

// safeledger-cli return …: the agencies' quarterly return workbooks.
//   return template --agency NAME --year Y --quarter Q --out FILE.xlsx
//   return demo --agency NAME --year Y --quarter Q --out FILE.xlsx [--seed S]   (a filled-in one)
//   return import FILE.xlsx [--dry-run]
//   return list --year Y --quarter Q
// Exit codes as CliCommands: 0 success, 1 refused or a problem, 2 wrong usage.
class ReturnCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReturnCommands)

public:
    ReturnCommands(QTextStream& out, QTextStream& err, const QString& dbPath);
    // args: what follows the verb "return". Usage problems come back as exit code 2 with usageError set.
    int run(const QStringList& args, QString* usageError);

private:
    int runTemplate(const QStringList& args, bool filled, QString* usageError);
    int runImport(const QStringList& args, QString* usageError);
    int runList(const QStringList& args, QString* usageError);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
};

} // namespace sl::app
