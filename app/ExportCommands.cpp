#include "ExportCommands.h"

#include "CliDatabase.h"
#include "CliReaders.h"

#include "Clock.h"
#include "db/AuditAnchor.h"
#include "db/Database.h"
#include "db/SettingRepository.h"
#include "reports/AuditExport.h"
#include "reports/AuditLog.h"
#include "reports/CertificateTable.h"
#include "reports/ComplianceTable.h"
#include "reports/ComplianceYear.h"
#include "reports/HazardTable.h"
#include "reports/HazardYear.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/RiskTable.h"
#include "reports/RiskYear.h"
#include "reports/ScorecardDocument.h"
#include "reports/ScorecardTable.h"
#include "reports/ScorecardYear.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyYear.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

#include <limits>
#include <utility>

namespace sl::app {

ExitCode ExportCommands::runSubsidies(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("subsidies") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    int year = 0;
    QString out;
    QString refusal;
    if (!CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::outFile(parser, outOption,
                                { QStringLiteral(".csv"), QStringLiteral(".xlsx"), QStringLiteral(".pdf") }, &out,
                                &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const core::SubsidyYear list = core::SubsidyYear::load(db, year);
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    QString error;
    if (!core::SubsidyListExport::write(list, street, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 lines of %2 (%3) written to %4; street share %5 yuan.")
                 .arg(list.lines().size())
                 .arg(year)
                 .arg(list.isConfirmed() ? tr("confirmed") : tr("not confirmed"))
                 .arg(QDir::toNativeSeparators(out))
                 .arg(list.totalStreetShare().toPlainString())
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ExportCommands::runCompliance(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, quarterOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("compliance") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    int year = 0;
    int quarter = 0; // the whole year
    QString out;
    QString refusal;
    if (!CliReaders::year(parser, yearOption, &year, &refusal)
        || (parser.isSet(quarterOption) && !CliReaders::quarter(parser, quarterOption, &quarter, &refusal))
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".csv") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const QDate asOf = core::Clock::today();
    const core::ComplianceYear compliance = core::ComplianceYear::load(db, year, quarter, asOf);
    QString error;
    if (!core::ComplianceTable::writeCsv(compliance, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 obligations as of %2 written to %3; %4 overdue.")
                 .arg(compliance.rows().size())
                 .arg(asOf.toString(Qt::ISODate), QDir::toNativeSeparators(out))
                 .arg(compliance.count(core::ObligationStatus::Overdue))
          << Qt::endl;
    return ExitCode::Success;
}

bool ExportCommands::yearAndOut(const QString& verb, const QStringList& args, const QStringList& suffixes, int* year,
                                QString* out, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ verb } + args)) {
        *usageError = parser.errorText();
        return false;
    }
    QString refusal;
    if (!CliReaders::year(parser, yearOption, year, &refusal)
        || !CliReaders::outFile(parser, outOption, suffixes, out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        *usageError = refusal;
        return false;
    }
    return true;
}

ExitCode ExportCommands::runHazards(const QStringList& args, QString* usageError)
{
    int year = 0;
    QString out;
    if (!yearAndOut(QStringLiteral("hazards"), args, { QStringLiteral(".csv") }, &year, &out, usageError)) {
        return ExitCode::Usage;
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const core::HazardYear hazards = core::HazardYear::load(db, year, core::Clock::today());
    QString error;
    if (!core::HazardTable::writeCsv(hazards, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 hazards found in %2 written to %3; %4 closed, %5 overdue as of %6.")
                 .arg(hazards.hazards().size())
                 .arg(year)
                 .arg(QDir::toNativeSeparators(out))
                 .arg(hazards.closedCount())
                 .arg(hazards.overdueCount())
                 .arg(hazards.asOf().toString(Qt::ISODate))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ExportCommands::runRisks(const QStringList& args, QString* usageError)
{
    int year = 0;
    QString out;
    if (!yearAndOut(QStringLiteral("risks"), args, { QStringLiteral(".csv") }, &year, &out, usageError)) {
        return ExitCode::Usage;
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const core::RiskYear risks = core::RiskYear::load(db, year, core::Clock::today());
    QString error;
    if (!core::RiskTable::writeCsv(risks, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 risk points of %2 enterprises' risk assessments in force in %3 written to %4; %5 major, %6 "
                "considerable.")
                 .arg(risks.pointCount())
                 .arg(risks.assessments().size())
                 .arg(year)
                 .arg(QDir::toNativeSeparators(out))
                 .arg(risks.pointsAt(core::RiskLevel::Major))
                 .arg(risks.pointsAt(core::RiskLevel::Considerable))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ExportCommands::runCertificates(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("expiring"),
                                        tr("List certificates expired or expiring within DAYS days."),
                                        QStringLiteral("DAYS"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ daysOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("certificates") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!parser.isSet(daysOption) || !ok || days < 0 || days > 3660) {
        return wrongUsage(usageError, tr("certificates needs --expiring DAYS, a whole number from 0 to 3660."));
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".csv") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    QString error;
    const QDate asOf = core::Clock::today();
    if (!core::CertificateTable::writeCsv(db, out, asOf, days, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("Certificates expired or expiring within %1 days of %2 written to %3.")
                 .arg(days)
                 .arg(asOf.toString(Qt::ISODate), QDir::toNativeSeparators(out))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ExportCommands::runScorecard(const QStringList& args, QString* usageError)
{
    int year = 0;
    QString out;
    // The printable sheets go to a PDF, the figures to a CSV.
    if (!yearAndOut(QStringLiteral("scorecard"), args, { QStringLiteral(".csv"), QStringLiteral(".pdf") }, &year, &out,
                    usageError)) {
        return ExitCode::Usage;
    }
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const core::ScorecardYear scorecard = core::ScorecardYear::load(db, year, core::Clock::today());
    QString error;
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    const bool written = pdf ? core::PdfDocumentWriter::write(*core::ScorecardDocument::buildAll(scorecard, street),
                                                              core::ScorecardDocument::titleAll(year), street,
                                                              QPageLayout::Portrait, out, &error)
                             : core::ScorecardTable::writeCsv(scorecard, out, &error);
    if (!written) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("Scorecards of %1 agencies for %2 written to %3.")
                 .arg(scorecard.rows().size())
                 .arg(year)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ExportCommands::runAudit(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), tr("Only this operator's entries."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ fromOption, toOption, operatorOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("audit") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".csv"), QStringLiteral(".xlsx") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    core::AuditLog::Filter filter;
    for (const auto& [option, day] : { std::pair{ &fromOption, &filter.from }, std::pair{ &toOption, &filter.to } }) {
        if (parser.isSet(*option)
            && !CliReaders::date(QStringLiteral("--") + option->names().first(), parser.value(*option), day,
                                 &refusal)) {
            return wrongUsage(usageError, refusal);
        }
    }
    filter.operatorName = parser.value(operatorOption).trimmed();
    filter.limit = std::numeric_limits<int>::max();
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const QList<core::AuditWording::Line> lines = core::AuditLog::load(db, filter);
    const core::AuditTrail::Head head = core::AuditTrail::head(db.connection());
    QString error;
    if (!core::AuditExport::write(lines, head, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    core::AuditAnchor::record(db.path(), head, tr("audit export %1").arg(QFileInfo(out).fileName()), nullptr);
    m_err << tr("%n audit entry(ies) written to %1.", nullptr, static_cast<int>(lines.size()))
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl
          << core::AuditAnchor::describe(head) << Qt::endl;
    return ExitCode::Success;
}

} // namespace sl::app
