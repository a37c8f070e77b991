#pragma once

#include "CliVerbGroup.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::app {

// safeledger-cli's verbs that move a whole file in or out (their entries in CliVerbs): import enterprises,
// export-all, import-all, backup and restore. Wrong usage comes back as ExitCode::Usage with *usageError set.
class ExchangeCommands : public CliVerbGroup
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    using CliVerbGroup::CliVerbGroup;

    // import enterprises FILE …
    ExitCode runImport(const QStringList& args, QString* usageError);
    ExitCode runExportAll(const QStringList& args, QString* usageError);
    ExitCode runImportAll(const QStringList& args, QString* usageError);
    ExitCode runBackup(const QStringList& args, QString* usageError);
    ExitCode runRestore(const QStringList& args, QString* usageError);
    // migrate --from A --to B: a street moved whole between a file and a server database.
    ExitCode runMigrate(const QStringList& args, QString* usageError);
};

} // namespace sl::app
