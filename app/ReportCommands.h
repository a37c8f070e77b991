#pragma once

#include "CliVerbGroup.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::app {

// safeledger-cli report …: the printable documents as PDF (their entries in CliVerbs): the annual report, an
// enterprise's year-end file, the quarter's progress, a hazard's notice. Each only reads the file; wrong usage comes
// back as ExitCode::Usage with *usageError set.
class ReportCommands : public CliVerbGroup
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    using CliVerbGroup::CliVerbGroup;

    ExitCode runAnnual(const QStringList& args, QString* usageError);
    ExitCode runEnterprise(const QStringList& args, QString* usageError);
    ExitCode runQuarter(const QStringList& args, QString* usageError);
    // report district --year Y --out F.pdf [STREET…]: every street named, or every street on the server of --db.
    ExitCode runDistrict(const QStringList& args, QString* usageError);
    ExitCode runNotice(const QStringList& args, QString* usageError);

private:
    // kind: annual, enterprise or quarter.
    ExitCode runReport(const QString& kind, const QStringList& args, QString* usageError);
};

} // namespace sl::app
