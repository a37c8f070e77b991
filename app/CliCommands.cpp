#include "CliCommands.h"

#include "CliOperator.h"
#include "CliReaders.h"
#include "CliVerbs.h"

#include "Clock.h"
#include "db/AuditAnchor.h"
#include "db/AuditLog.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/BackupWriter.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/SettingRepository.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReturns.h"
#include "io/DatabaseExchange.h"
#include "io/EnterpriseImport.h"
#include "io/HandoverPackage.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/AuditExport.h"
#include "reports/CertificateTable.h"
#include "reports/ComplianceTable.h"
#include "reports/ComplianceYear.h"
#include "reports/EnterpriseFileDocument.h"
#include "reports/HazardNoticeDocument.h"
#include "reports/HazardTable.h"
#include "reports/HazardYear.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/QuarterProgressDocument.h"
#include "reports/RiskTable.h"
#include "reports/RiskYear.h"
#include "reports/ScorecardDocument.h"
#include "reports/ScorecardTable.h"
#include "reports/ScorecardYear.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyYear.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextDocument>

#include <cstdio>
#include <limits>
#include <utility>

namespace sl::app {

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
    , m_database(m_err)
{
}

QString CliCommands::helpText() const
{
    return tr("Usage: %1 [--db FILE] VERB [options]\n"
              "\n"
              "Verbs:\n")
               .arg(m_program)
        + CliVerbs::help(CliVerbs::all())
        + tr("\n"
             "Global options:\n"
             "  --db FILE                     the database file (default: %1)\n"
             "  --as-of YYYY-MM-DD            take this date as today, for reproducible outputs\n"
             "  --operator NAME               who works (default: the last operator named in the file,\n"
             "                                else the computer's user name); said on every write\n"
             "  --password PW                 that operator's password, when they have one\n"
             "  --help                        this text\n"
             "  --version                     the program's version\n"
             "\n"
             "Exit codes: %2 success, %3 a problem was found or the work was refused, %4 wrong usage.\n")
              .arg(QDir::toNativeSeparators(core::Database::defaultPath()))
              .arg(int(ExitCode::Success))
              .arg(int(ExitCode::Problem))
              .arg(int(ExitCode::Usage));
}

ExitCode CliCommands::usage(const QString& message)
{
    m_err << message << Qt::endl;
    if (m_verb) {
        m_err << CliVerbs::synopses(*m_verb, m_program) << Qt::endl;
    }
    m_err << tr("Run \"%1 --help\" for the verbs and options.").arg(m_program) << Qt::endl;
    return ExitCode::Usage;
}

ExitCode CliCommands::run(const QStringList& arguments)
{
    m_program = arguments.value(0, QStringLiteral("safeledger-cli"));
    QString verb;
    QStringList verbArgs;
    QString operatorName;
    QString password;
    QString dbPath;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!verb.isEmpty()) {
            verbArgs << arg;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                return usage(tr("--db needs a file name."));
            }
            dbPath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbPath = arg.mid(5);
        } else if (arg == QLatin1String("--as-of") || arg.startsWith(QLatin1String("--as-of="))) {
            QString value;
            if (arg.contains(QLatin1Char('='))) {
                value = arg.section(QLatin1Char('='), 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            }
            QString refusal;
            if (!CliReaders::asOf(value, &refusal)) {
                return usage(refusal);
            }
        } else if (arg == QLatin1String("--operator") || arg == QLatin1String("--password")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).trimmed().isEmpty()) {
                return usage(tr("%1 needs a value.").arg(arg));
            }
            (arg == QLatin1String("--operator") ? operatorName : password) = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--operator=")) || arg.startsWith(QLatin1String("--password="))) {
            (arg.startsWith(QLatin1String("--operator=")) ? operatorName : password) = arg.section(QLatin1Char('='), 1);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << helpText();
            return ExitCode::Success;
        } else if (arg == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitCode::Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usage(tr("Unknown option %1.").arg(arg));
        } else {
            verb = arg;
        }
    }
    const QList<CliVerb> verbs = CliVerbs::all();
    if (verb.isEmpty()) {
        return usage(tr("Name a verb: %1.").arg(CliVerbs::names(verbs).join(tr(", ", "between the names of a list"))));
    }
    m_database.setPath(dbPath.isEmpty() ? core::Database::defaultPath() : dbPath);
    CliOperator::request(operatorName, password);
    QStringList rest;
    m_verb = CliVerbs::find(verbs, verb, verbArgs, &rest);
    if (m_verb) {
        return m_verb->run(*this, rest);
    }
    const QStringList kinds = CliVerbs::kinds(verbs, verb);
    if (!kinds.isEmpty()) {
        return usage(tr("%1 needs one of: %2.").arg(verb, kinds.join(tr(", ", "between the names of a list"))));
    }
    return usage(tr("Unknown verb %1.").arg(verb));
}

ExitCode CliCommands::runReturn(ExitCode (ReturnCommands::*verb)(const QStringList&, QString*), const QStringList& args)
{
    QString usageError;
    ReturnCommands returns(m_out, m_err, m_database);
    const ExitCode code = (returns.*verb)(args, &usageError);
    return code == ExitCode::Usage ? usage(usageError) : code;
}

ExitCode CliCommands::runInit(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("init takes no options."));
    }
    core::Database db;
    if (!m_database.openForWriting(db)) {
        return ExitCode::Problem;
    }
    m_out << tr("Database %1, data version %2.").arg(QDir::toNativeSeparators(db.path())).arg(db.schemaVersion())
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption enterprises(QStringLiteral("enterprises"), tr("Number of enterprises."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption years(QStringLiteral("years"), tr("Number of years of history."), QStringLiteral("Y"),
                                   QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed gives the same street."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption returns(QStringLiteral("returns"),
                                     tr("Also write every agency's filled-in return of the current quarter into DIR."),
                                     QStringLiteral("DIR"));
    parser.addOptions({ enterprises, years, seed, returns });
    if (!parser.parse(QStringList{ QStringLiteral("demo") } + args)) {
        return usage(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("demo takes no file names; use --db FILE before the verb."));
    }
    core::DemoGenerator::Options options;
    options.today = core::Clock::today();
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    options.enterprises = parser.value(enterprises).toInt(&ok1);
    options.years = parser.value(years).toInt(&ok2);
    options.seed = parser.value(seed).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3) {
        return usage(tr("--enterprises, --years and --seed take whole numbers."));
    }
    if (options.enterprises < 1 || options.enterprises > core::DemoGenerator::kMaxEnterprises || options.years < 1
        || options.years > core::DemoGenerator::kMaxYears) {
        return usage(tr("--enterprises must be between 1 and %1, --years between 1 and %2.")
                         .arg(core::DemoGenerator::kMaxEnterprises)
                         .arg(core::DemoGenerator::kMaxYears));
    }
    core::Database db;
    if (!m_database.openForWriting(db)) {
        return ExitCode::Problem;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!core::DemoGenerator::generate(db, options, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("Demo street with %1 enterprises over %2 years written to %3 in %4 ms.")
                 .arg(options.enterprises)
                 .arg(options.years)
                 .arg(QDir::toNativeSeparators(db.path()))
                 .arg(timer.elapsed())
          << Qt::endl;
    if (parser.isSet(returns)) {
        const QDate today = core::Clock::today();
        QStringList written;
        if (!core::DemoReturns::writeAll(db, parser.value(returns), today.year(), (today.month() - 1) / 3 + 1,
                                         options.seed, &written, &error)) {
            m_err << error << Qt::endl;
            return ExitCode::Problem;
        }
        for (const QString& file : std::as_const(written)) {
            m_err << tr("Filled-in return written to %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
        }
    }
    return ExitCode::Success;
}

ExitCode CliCommands::runCheck(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("check takes no options."));
    }
    core::Database db;
    if (!m_database.openForReading(db, core::Database::Versions::OlderToo)) {
        return ExitCode::Problem;
    }
    core::CheckReport report = db.check();
    core::EvidenceRepository(db).verify(report);
    for (const QString& note : report.notes) {
        m_out << note << Qt::endl;
    }
    for (const QString& problem : report.problems) {
        m_err << problem << Qt::endl;
    }
    if (report.ok()) {
        m_out << tr("No problems found.") << Qt::endl;
        return ExitCode::Success;
    }
    m_err << tr("%n problem(s) found.", nullptr, static_cast<int>(report.problems.size())) << Qt::endl;
    return ExitCode::Problem;
}

ExitCode CliCommands::runSubsidies(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("subsidies") } + args)) {
        return usage(parser.errorText());
    }
    int year = 0;
    QString out;
    QString refusal;
    if (!CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::outFile(parser, outOption,
                                { QStringLiteral(".csv"), QStringLiteral(".xlsx"), QStringLiteral(".pdf") }, &out,
                                &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
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

ExitCode CliCommands::runCompliance(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, quarterOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("compliance") } + args)) {
        return usage(parser.errorText());
    }
    int year = 0;
    int quarter = 0; // the whole year
    QString out;
    QString refusal;
    if (!CliReaders::year(parser, yearOption, &year, &refusal)
        || (parser.isSet(quarterOption) && !CliReaders::quarter(parser, quarterOption, &quarter, &refusal))
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".csv") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
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

bool CliCommands::yearAndOut(const QString& verb, const QStringList& args, const QStringList& suffixes, int* year,
                             QString* out, ExitCode* exitCode)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ verb } + args)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    QString refusal;
    if (!CliReaders::year(parser, yearOption, year, &refusal)
        || !CliReaders::outFile(parser, outOption, suffixes, out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        *exitCode = usage(refusal);
        return false;
    }
    return true;
}

ExitCode CliCommands::runHazards(const QStringList& args)
{
    int year = 0;
    QString out;
    ExitCode exitCode = ExitCode::Usage;
    if (!yearAndOut(QStringLiteral("hazards"), args, { QStringLiteral(".csv") }, &year, &out, &exitCode)) {
        return exitCode;
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

ExitCode CliCommands::runRisks(const QStringList& args)
{
    int year = 0;
    QString out;
    ExitCode exitCode = ExitCode::Usage;
    if (!yearAndOut(QStringLiteral("risks"), args, { QStringLiteral(".csv") }, &year, &out, &exitCode)) {
        return exitCode;
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

ExitCode CliCommands::runCertificates(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("expiring"),
                                        tr("List certificates expired or expiring within DAYS days."),
                                        QStringLiteral("DAYS"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ daysOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("certificates") } + args)) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!parser.isSet(daysOption) || !ok || days < 0 || days > 3660) {
        return usage(tr("certificates needs --expiring DAYS, a whole number from 0 to 3660."));
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".csv") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
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

ExitCode CliCommands::runScorecard(const QStringList& args)
{
    int year = 0;
    QString out;
    ExitCode exitCode = ExitCode::Usage;
    // The printable sheets go to a PDF, the figures to a CSV.
    if (!yearAndOut(QStringLiteral("scorecard"), args, { QStringLiteral(".csv"), QStringLiteral(".pdf") }, &year, &out,
                    &exitCode)) {
        return exitCode;
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

ExitCode CliCommands::runReport(const QString& kind, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The enterprise's credit code."),
                                        QStringLiteral("CREDITCODE"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ yearOption, quarterOption, codeOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("report") } + args)) {
        return usage(parser.errorText());
    }
    int year = 0;
    int quarter = 0;
    QString out;
    QString refusal;
    if (!CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".pdf") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)
        || (kind == QLatin1String("quarter") && !CliReaders::quarter(parser, quarterOption, &quarter, &refusal))) {
        return usage(refusal);
    }
    if (kind == QLatin1String("enterprise") && parser.value(codeOption).trimmed().isEmpty()) {
        return usage(tr("report enterprise needs --code with the enterprise's credit code."));
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

ExitCode CliCommands::runNotice(const QStringList& args)
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
        return usage(parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".pdf") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
    }
    if (parser.isSet(hazardOption) == parser.isSet(codeOption)) {
        return usage(tr("report notice needs either --hazard ID or --code CREDITCODE."));
    }
    bool ok = true;
    // The number as the hazards page shows it (2026-000494) or its plain id (494).
    const qint64 hazardId
        = parser.isSet(hazardOption) ? parser.value(hazardOption).section(QLatin1Char('-'), -1).toLongLong(&ok) : 0;
    if (!ok || (parser.isSet(hazardOption) && hazardId <= 0)) {
        return usage(tr("report notice --hazard needs the hazard's number, such as 12."));
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

ExitCode CliCommands::runImport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file; write nothing."));
    const QCommandLineOption update(QStringLiteral("update"), tr("Also update enterprises already in the register."));
    parser.addOptions({ dryRun, update });
    if (!parser.parse(QStringList{ QStringLiteral("import") } + args)) {
        return usage(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("import enterprises needs one file: import enterprises FILE."));
    }
    const QString file = parser.positionalArguments().first();
    core::Database db;
    if (!(parser.isSet(dryRun) ? m_database.openForReading(db) : m_database.openForWriting(db))) {
        return ExitCode::Problem;
    }
    const core::EnterpriseImport::Preview preview = core::EnterpriseImport::prepare(db, file, parser.isSet(update));
    if (!preview.fileProblem.isEmpty()) {
        m_err << preview.fileProblem << Qt::endl;
        return ExitCode::Problem;
    }
    if (!preview.unknownColumns.isEmpty()) {
        m_out << tr("Columns not read: %1").arg(preview.unknownColumns.join(QStringLiteral(", "))) << Qt::endl;
    }
    for (const core::EnterpriseImport::Row& r : preview.rows) {
        if (!r.problem.isEmpty()) {
            m_out << tr("Line %1: %2").arg(r.line).arg(r.problem) << Qt::endl;
        }
    }
    m_out << tr("%1 rows can be imported, %2 are refused.").arg(preview.good()).arg(preview.bad()) << Qt::endl;
    if (parser.isSet(dryRun)) {
        return preview.bad() == 0 ? ExitCode::Success : ExitCode::Problem;
    }
    // From the command line it is all rows or none: nothing is written while any row is refused (the
    // Enterprises page lets the clerk take in just the good ones after seeing the preview).
    if (preview.bad() > 0) {
        m_err << tr("Nothing was imported: correct or remove the refused rows and import the file again.") << Qt::endl;
        return ExitCode::Problem;
    }
    int inserted = 0;
    int updated = 0;
    QString backup;
    QString error;
    if (!core::EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 enterprises added, %2 updated; the database before the import is kept in %3.")
                 .arg(inserted)
                 .arg(updated)
                 .arg(QDir::toNativeSeparators(backup))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runExportAll(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOption(outOption);
    if (!parser.parse(QStringList{ QStringLiteral("export-all") } + args)) {
        return usage(parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".zip") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    core::HandoverPackage::Written written;
    QString error;
    if (!core::HandoverPackage::write(db, out, &written, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    for (const QString& warning : std::as_const(written.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("The whole database and %n evidence file(s) were written to %1, checked.", nullptr,
                written.evidenceFiles)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return written.warnings.isEmpty() ? ExitCode::Success : ExitCode::Problem;
}

ExitCode CliCommands::runImportAll(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return usage(tr("import-all needs the package: import-all FILE.zip."));
    }
    const QString file = args.first();
    core::Database db;
    if (!m_database.openForWriting(db)) {
        return ExitCode::Problem;
    }
    QString error;
    if (file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        // A workbook of export-all before 0.2: the rows only.
        int rows = 0;
        if (!core::DatabaseExchange::importAll(db, file, &rows, &error)) {
            m_err << error << Qt::endl;
            return ExitCode::Problem;
        }
        m_err << tr("%1 rows restored from %2. A workbook alone carries no evidence files: check lists those the "
                    "database names.")
                     .arg(rows)
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return ExitCode::Success;
    }
    core::HandoverPackage::Imported imported;
    if (!core::HandoverPackage::import(db, file, &imported, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    for (const QString& warning : std::as_const(imported.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("%1 rows and %n evidence file(s) restored from %2.", nullptr, imported.evidenceFiles)
                 .arg(imported.rows)
                 .arg(QDir::toNativeSeparators(file))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runBackup(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption = CliReaders::outOption();
    const QCommandLineOption dailyOption(QStringLiteral("daily"), tr("Take the day's copy into the backups folder."));
    parser.addOptions({ outOption, dailyOption });
    if (!parser.parse(QStringList{ QStringLiteral("backup") } + args)) {
        return usage(parser.errorText());
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() == !parser.isSet(dailyOption) || !parser.positionalArguments().isEmpty()) {
        return usage(tr("backup needs --out FILE, or --daily."));
    }
    QString error;
    if (parser.isSet(dailyOption)) {
        // As on the first start of a day: the day's (and week's) copy, if not taken yet, then the rotation.
        core::BackupManager::Policy policy;
        {
            core::Database db;
            if (!m_database.openForReading(db, core::Database::Versions::OlderToo)) {
                return ExitCode::Problem;
            }
            policy = core::BackupManager::policy(db);
        }
        core::BackupManager::Taken taken;
        if (!core::BackupManager(m_database.path()).dailyIfDue(core::Clock::today(), policy, &taken, &error)) {
            m_err << error << Qt::endl;
            return ExitCode::Problem;
        }
        for (const QString& warning : std::as_const(taken.warnings)) {
            m_err << warning << Qt::endl;
        }
        for (const QString& path : std::as_const(taken.paths)) {
            m_err << tr("Backup written to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        }
        if (taken.paths.isEmpty()) {
            m_err << tr("Today's backup exists already.") << Qt::endl;
        }
        return taken.warnings.isEmpty() ? ExitCode::Success : ExitCode::Problem;
    }
    if (!QFileInfo::exists(m_database.path())) {
        m_err << tr("There is no database %1. Check the name given with --db.")
                     .arg(QDir::toNativeSeparators(m_database.path()))
              << Qt::endl;
        return ExitCode::Problem;
    }
    // One file that carries everything: the database and its evidence files, for a stick or another PC.
    core::BackupWriter::Result result;
    if (!core::BackupWriter::write(m_database.path(), out, core::BackupWriter::Evidence::Inside, QStringLiteral("out"),
                                   false, &result, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    for (const QString& warning : std::as_const(result.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("Backup written to %1: the database and %n evidence file(s), checked.", nullptr, result.evidenceFiles)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return result.warnings.isEmpty() ? ExitCode::Success : ExitCode::Problem;
}

ExitCode CliCommands::runRestore(const QStringList& argsIn)
{
    QStringList args = argsIn;
    const bool force = args.removeAll(QStringLiteral("--force")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return usage(tr("restore needs the backup file: restore FILE [--force]."));
    }
    core::BackupRestorer::Result result;
    QString error;
    if (!core::BackupRestorer::restore(m_database.path(), args.first(), &result, &error, force)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    for (const QString& warning : std::as_const(result.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("%1 restored from %2, with %n evidence file(s) added.", nullptr, result.evidenceWritten)
                 .arg(QDir::toNativeSeparators(m_database.path()), QDir::toNativeSeparators(args.first()));
    if (!result.keptAs.isEmpty()) {
        m_err << ' ' << tr("The replaced database is kept as %1.").arg(QDir::toNativeSeparators(result.keptAs));
    }
    m_err << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), tr("Only this operator's entries."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOptions({ fromOption, toOption, operatorOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("audit") } + args)) {
        return usage(parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".csv"), QStringLiteral(".xlsx") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return usage(refusal);
    }
    core::AuditLog::Filter filter;
    for (const auto& [option, day] : { std::pair{ &fromOption, &filter.from }, std::pair{ &toOption, &filter.to } }) {
        if (parser.isSet(*option)
            && !CliReaders::date(QStringLiteral("--") + option->names().first(), parser.value(*option), day,
                                 &refusal)) {
            return usage(refusal);
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

ExitCode CliCommands::runAcknowledge(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("What was seen and why it is accepted."),
                                        QStringLiteral("TEXT"));
    parser.addOption(noteOption);
    if (!parser.parse(QStringList{ QStringLiteral("acknowledge") } + args) || !parser.positionalArguments().isEmpty()
        || parser.value(noteOption).trimmed().isEmpty()) {
        return usage(tr("acknowledge needs --note TEXT: what was seen and why it is accepted."));
    }
    core::Database db;
    if (!m_database.openForWriting(db)) {
        return ExitCode::Problem;
    }
    int count = 0;
    QString error;
    if (!core::AuditTrail::acknowledge(db.connection(), parser.value(noteOption), &count, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%n entry(ies) written outside SafeLedger acknowledged.", nullptr, count) << Qt::endl;
    return ExitCode::Success;
}

} // namespace sl::app
