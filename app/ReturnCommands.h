#pragma once

#include "CliVerbGroup.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::app {

// safeledger-cli return …: the agencies' quarterly return workbooks (their entries in CliVerbs).
//   return template --agency NAME --year Y --quarter Q --out FILE.xlsx
//   return demo --agency NAME --year Y --quarter Q --out FILE.xlsx [--seed S]   (a filled-in one)
//   return import FILE.xlsx [--dry-run]
//   return list --year Y --quarter Q
// Each is given what follows its name; wrong usage comes back as ExitCode::Usage with *usageError set.
class ReturnCommands : public CliVerbGroup
{
    Q_DECLARE_TR_FUNCTIONS(ReturnCommands)

public:
    using CliVerbGroup::CliVerbGroup;

    ExitCode runTemplate(const QStringList& args, QString* usageError);
    ExitCode runDemo(const QStringList& args, QString* usageError);
    ExitCode runImport(const QStringList& args, QString* usageError);
    ExitCode runList(const QStringList& args, QString* usageError);

private:
    ExitCode runWorkbook(const QStringList& args, bool filled, QString* usageError);
};

} // namespace sl::app
