#pragma once

#include "CliVerbGroup.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace sl::app {

// safeledger-cli's exports of a year's figures (their entries in CliVerbs): subsidies, compliance, hazards, risks,
// certificates, scorecard, and the audit log. Each is given what follows its name and only reads the file; wrong
// usage comes back as ExitCode::Usage with *usageError set.
class ExportCommands : public CliVerbGroup
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    using CliVerbGroup::CliVerbGroup;

    ExitCode runSubsidies(const QStringList& args, QString* usageError);
    ExitCode runCompliance(const QStringList& args, QString* usageError);
    ExitCode runHazards(const QStringList& args, QString* usageError);
    ExitCode runRisks(const QStringList& args, QString* usageError);
    ExitCode runCertificates(const QStringList& args, QString* usageError);
    ExitCode runScorecard(const QStringList& args, QString* usageError);
    ExitCode runAudit(const QStringList& args, QString* usageError);

private:
    // Reads --year, and --out FILE with one of suffixes, for hazards, risks and scorecard.
    bool yearAndOut(const QString& verb, const QStringList& args, const QStringList& suffixes, int* year, QString* out,
                    QString* usageError);
};

} // namespace sl::app
