#include "ReportCommands.h"

#include "CliDatabase.h"
#include "CliReaders.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/EnterpriseRepository.h"
#include "db/SettingRepository.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/DistrictReport.h"
#include "reports/DistrictReportDocument.h"
#include "reports/EnterpriseFileDocument.h"
#include "reports/HazardNoticeDocument.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/QuarterProgressDocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

#include <memory>

namespace sl::app {

ExitCode ReportCommands::runAnnual(const QStringList& args, QString* usageError)
{
    return runReport(QStringLiteral("annual"), args, usageError);
}

ExitCode ReportCommands::runEnterprise(const QStringList& args, QString* usageError)
{
    return runReport(QStringLiteral("enterprise"), args, usageError);
}

ExitCode ReportCommands::runQuarter(const QStringList& args, QString* usageError)
{
    return runReport(QStringLiteral("quarter"), args, usageError);
}

ExitCode ReportCommands::runDistrict(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, outOption });
    int year = 0;
    QString out;
    QString refusal;
    if (!CliReaders::parse(parser, QStringLiteral("report"), args, &refusal)
        || !CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".pdf") }, &out, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    QStringList streets = parser.positionalArguments();
    QString error;
    if (streets.isEmpty()) {
        if (!core::DatabaseLocation::isServer(m_database.path())) {
            return wrongUsage(usageError,
                              tr("report district needs the streets' databases, or --db with a server "
                                 "database: then every street on that server is summed."));
        }
        streets = core::DistrictReport::streetsOnServer(m_database.path(), &error);
        if (streets.isEmpty()) {
            m_err << (error.isEmpty() ? tr("No street's database was found on the server of %1.").arg(m_database.path())
                                      : error)
                  << Qt::endl;
            return ExitCode::Problem;
        }
    }
    core::DistrictReport report;
    if (!core::DistrictReport::load(streets, year, core::Clock::today(), &report, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    const std::unique_ptr<QTextDocument> document = core::DistrictReportDocument::build(report);
    const QString title = core::DistrictReportDocument::title(year);
    if (!core::PdfDocumentWriter::write(*document, title, QString(), QPageLayout::Landscape, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 of %n street(s) written to %2.", nullptr, static_cast<int>(report.streets.size()))
                 .arg(title, QDir::toNativeSeparators(out))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ReportCommands::runReport(const QString& kind, const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The enterprise's credit code."),
                                        QStringLiteral("CREDITCODE"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, quarterOption, codeOption, outOption });
    int year = 0;
    int quarter = 0;
    QString out;
    QString refusal;
    if (!CliReaders::parse(parser, QStringLiteral("report"), args, &refusal)
        || !CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".pdf") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)
        || (kind == QLatin1String("quarter") && !CliReaders::quarter(parser, quarterOption, &quarter, &refusal))) {
        return wrongUsage(usageError, refusal);
    }
    if (kind == QLatin1String("enterprise") && parser.value(codeOption).trimmed().isEmpty()) {
        return wrongUsage(usageError, tr("report enterprise needs --code with the enterprise's credit code."));
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const QDate asOf = core::Clock::today();
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    std::unique_ptr<QTextDocument> document;
    QString title;
    if (kind == QLatin1String("annual")) {
        const core::AnnualReport report = core::AnnualReport::load(db, year, asOf);
        document = core::AnnualReportDocument::build(report);
        title = core::AnnualReportDocument::title(report);
    } else if (kind == QLatin1String("quarter")) {
        document = core::QuarterProgressDocument::build(db, year, quarter, asOf, street);
        title = core::QuarterProgressDocument::title(year, quarter);
    } else {
        const auto enterprise = core::EnterpriseRepository(db).findByCreditCode(parser.value(codeOption).trimmed());
        if (!enterprise) {
            m_err << tr("No enterprise has the credit code %1.").arg(parser.value(codeOption).trimmed()) << Qt::endl;
            return ExitCode::Problem;
        }
        document = core::EnterpriseFileDocument::build(db, enterprise->id, year, asOf);
        title = core::EnterpriseFileDocument::title(enterprise->name, year);
    }
    QString error;
    if (!core::PdfDocumentWriter::write(*document, title, street, QPageLayout::Portrait, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 written to %2.").arg(title, QDir::toNativeSeparators(out)) << Qt::endl;
    return ExitCode::Success;
}

ExitCode ReportCommands::runNotice(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption hazardOption(QStringLiteral("hazard"), tr("The hazard's number."), QStringLiteral("ID"));
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The enterprise's credit code."),
                                        QStringLiteral("CREDITCODE"));
    const QCommandLineOption recheckOption(QStringLiteral("recheck"),
                                           tr("The re-check opinion instead of the notice."));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ hazardOption, codeOption, recheckOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("report") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".pdf") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    if (parser.isSet(hazardOption) == parser.isSet(codeOption)) {
        return wrongUsage(usageError, tr("report notice needs either --hazard ID or --code CREDITCODE."));
    }
    bool ok = true;
    // The number as the hazards page shows it (2026-000494) or its plain id (494).
    const qint64 hazardId
        = parser.isSet(hazardOption) ? parser.value(hazardOption).section(QLatin1Char('-'), -1).toLongLong(&ok) : 0;
    if (!ok || (parser.isSet(hazardOption) && hazardId <= 0)) {
        return wrongUsage(usageError, tr("report notice --hazard needs the hazard's number, such as 12."));
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    const auto kind = parser.isSet(recheckOption) ? core::HazardNoticeDocument::Kind::Recheck
                                                  : core::HazardNoticeDocument::Kind::Rectification;
    QList<qint64> hazards;
    if (hazardId > 0) {
        hazards << hazardId;
    } else {
        const QString code = parser.value(codeOption).trimmed();
        const auto enterprise = core::EnterpriseRepository(db).findByCreditCode(code);
        if (!enterprise) {
            m_err << tr("No enterprise has the credit code %1.").arg(code) << Qt::endl;
            return ExitCode::Problem;
        }
        hazards = kind == core::HazardNoticeDocument::Kind::Rectification
            ? core::HazardNoticeDocument::openHazards(db, enterprise->id)
            : core::HazardNoticeDocument::lastRechecked(db, enterprise->id);
        if (hazards.isEmpty()) {
            m_err << (kind == core::HazardNoticeDocument::Kind::Rectification
                          ? tr("%1 has no open hazard to give notice of.").arg(enterprise->name)
                          : tr("%1 has no re-checked hazard to give an opinion on.").arg(enterprise->name))
                  << Qt::endl;
            return ExitCode::Problem;
        }
    }
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    const core::HazardNoticeDocument::Built notice
        = core::HazardNoticeDocument::build(db, kind, hazards, core::Clock::today(), street);
    if (!notice.document) {
        m_err << notice.error << Qt::endl;
        return ExitCode::Problem;
    }
    QString error;
    if (!core::PdfDocumentWriter::write(*notice.document, notice.title, street, QPageLayout::Portrait, out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 (%n hazard(s)) written to %2.", nullptr, int(hazards.size()))
                 .arg(notice.title, QDir::toNativeSeparators(out))
          << Qt::endl;
    return ExitCode::Success;
}

} // namespace sl::app
