#include "CliCommands.h"

#include "ReturnCommands.h"

#include "CliOperator.h"

#include "Clock.h"
#include "db/AuditAnchor.h"
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
#include "reports/AuditLog.h"
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
{
}

QString CliCommands::helpText() const
{
    return tr("Usage: %1 [--db FILE] VERB [options]\n"
              "\n"
              "Verbs:\n"
              "  init                          create the database or upgrade it; print the data version\n"
              "  demo [--enterprises N] [--years Y] [--seed S] [--returns DIR]\n"
              "                                fill an empty database with a synthetic street; with\n"
              "                                --returns, also every agency's filled-in return of the\n"
              "                                current quarter, as files in DIR\n"
              "  check                         verify integrity, links and data version\n"
              "  subsidies --year Y --out FILE write the subsidy list of year Y as .csv, .xlsx or .pdf\n"
              "  compliance --year Y [--quarter Q] --out FILE.csv\n"
              "                                every obligation of year Y (or quarter Q's inspections) with\n"
              "                                required and done counts, due date and status\n"
              "  hazards --year Y --out FILE.csv\n"
              "                                every hazard found in year Y with its state, overdue and supervision\n"
              "  risks --year Y --out FILE.csv\n"
              "                                every risk point of the risk assessments in force in year Y\n"
              "                                with its figures, level, control measures and responsible person\n"
              "  certificates --expiring DAYS --out FILE.csv\n"
              "                                certificates expired or expiring within DAYS days\n"
              "  scorecard --year Y --out FILE.csv|FILE.pdf\n"
              "                                each agency's year: inspections, hazards, rates, evaluation score\n"
              "                                (.pdf: the printable sheet of every agency)\n"
              "  report annual --year Y --out FILE.pdf\n"
              "  report enterprise --code CREDITCODE --year Y --out FILE.pdf\n"
              "  report quarter --year Y --quarter Q --out FILE.pdf\n"
              "                                the street's annual report, one enterprise's year-end file,\n"
              "                                or the quarter's inspection progress per agency\n"
              "  report notice --hazard ID | --code CREDITCODE [--recheck] --out FILE.pdf\n"
              "                                the rectification notice of one hazard or of all\n"
              "                                open hazards of an enterprise; --recheck: the re-check opinion\n"
              "                                after the hazard's or the enterprise's last re-check\n"
              "  import enterprises FILE [--dry-run] [--update]\n"
              "                                take in an enterprise list (.xlsx or .csv): every row is\n"
              "                                checked, and nothing is written while any row is refused;\n"
              "                                --dry-run only reports; --update also updates enterprises\n"
              "                                already in the register\n"
              "  return template --agency NAME --year Y --quarter Q --out FILE.xlsx\n"
              "                                the agency's return workbook for the quarter, pre-filled\n"
              "  return demo --agency NAME --year Y --quarter Q --out FILE.xlsx [--seed S]\n"
              "                                the same, filled in as an agency would (for tests)\n"
              "  return import FILE.xlsx [--dry-run]\n"
              "                                check an agency's return row by row and import it whole, or\n"
              "                                nothing; a corrected file replaces the earlier one's rows\n"
              "  return list --year Y --quarter Q\n"
              "                                the returns received for the quarter\n"
              "  export-all --out FILE.zip     the handover package: the whole database as a workbook (one\n"
              "                                sheet per table, Chinese headers) and every evidence file\n"
              "  import-all FILE.zip           take such a package into an empty database, evidence included\n"
              "  backup --out FILE             write one file (a zip) holding a consistent copy of the\n"
              "                                database and every evidence file, each checked\n"
              "  backup --daily                take the day's (and week's) copy into the backups folder if\n"
              "                                not taken yet, as the first start of a day does\n"
              "  restore FILE [--force]        check the backup FILE whole, then put its database and\n"
              "                                evidence in place (a new database where there is none),\n"
              "                                keeping the replaced state as a backup; a backup whose audit\n"
              "                                trail is broken is refused unless --force\n"
              "  audit [--from D] [--to D] [--operator NAME] --out FILE.csv|FILE.xlsx\n"
              "                                the audit log in the clerk's words, one row per changed field,\n"
              "                                the chain's head below; --operator here picks whose entries\n"
              "  acknowledge --note TEXT       the entries written outside SafeLedger that check reports:\n"
              "                                seen, with why (an audited write of its own)\n"
              "\n"
              "Global options:\n"
              "  --db FILE                     the database file (default: %2)\n"
              "  --as-of YYYY-MM-DD            take this date as today, for reproducible outputs\n"
              "  --operator NAME               who works (default: the last operator named in the file,\n"
              "                                else the computer's user name); said on every write\n"
              "  --password PW                 that operator's password, when they have one\n"
              "  --help                        this text\n"
              "  --version                     the program's version\n"
              "\n"
              "Exit codes: 0 success, 1 a problem was found or the work was refused, 2 wrong usage.\n")
        .arg(m_program, QDir::toNativeSeparators(core::Database::defaultPath()));
}

int CliCommands::usage(const QString& message)
{
    m_err << message << Qt::endl << tr("Run \"%1 --help\" for the verbs and options.").arg(m_program) << Qt::endl;
    return Usage;
}

int CliCommands::run(const QStringList& arguments)
{
    m_program = arguments.value(0, QStringLiteral("safeledger-cli"));
    QString verb;
    QStringList verbArgs;
    QString operatorName;
    QString password;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!verb.isEmpty()) {
            verbArgs << arg;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                return usage(tr("--db needs a file name."));
            }
            m_dbPath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            m_dbPath = arg.mid(5);
        } else if (arg == QLatin1String("--as-of") || arg.startsWith(QLatin1String("--as-of="))) {
            QString value;
            if (arg.contains(QLatin1Char('='))) {
                value = arg.section(QLatin1Char('='), 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            }
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid()) {
                return usage(tr("--as-of needs a date written YYYY-MM-DD."));
            }
            core::Clock::setToday(day);
        } else if (arg == QLatin1String("--operator") || arg == QLatin1String("--password")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).trimmed().isEmpty()) {
                return usage(tr("%1 needs a value.").arg(arg));
            }
            (arg == QLatin1String("--operator") ? operatorName : password) = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--operator=")) || arg.startsWith(QLatin1String("--password="))) {
            (arg.startsWith(QLatin1String("--operator=")) ? operatorName : password) = arg.section(QLatin1Char('='), 1);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << helpText();
            return Success;
        } else if (arg == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usage(tr("Unknown option %1.").arg(arg));
        } else {
            verb = arg;
        }
    }
    if (verb.isEmpty()) {
        return usage(tr("Name a verb: init, demo, check, subsidies, compliance, hazards, certificates, scorecard, "
                        "risks, report, import, export-all, import-all, backup, restore, audit or acknowledge."));
    }
    if (m_dbPath.isEmpty()) {
        m_dbPath = core::Database::defaultPath();
    }
    CliOperator::request(operatorName, password);
    if (verb == QLatin1String("init")) {
        return runInit(verbArgs);
    }
    if (verb == QLatin1String("demo")) {
        return runDemo(verbArgs);
    }
    if (verb == QLatin1String("check")) {
        return runCheck(verbArgs);
    }
    if (verb == QLatin1String("subsidies")) {
        return runSubsidies(verbArgs);
    }
    if (verb == QLatin1String("compliance")) {
        return runCompliance(verbArgs);
    }
    if (verb == QLatin1String("hazards")) {
        return runHazards(verbArgs);
    }
    if (verb == QLatin1String("risks")) {
        return runRisks(verbArgs);
    }
    if (verb == QLatin1String("certificates")) {
        return runCertificates(verbArgs);
    }
    if (verb == QLatin1String("scorecard")) {
        return runScorecard(verbArgs);
    }
    if (verb == QLatin1String("report")) {
        return runReport(verbArgs);
    }
    if (verb == QLatin1String("return")) {
        // --as-of has set Clock already; the return verbs open the database themselves.
        QString usageError;
        const int code = ReturnCommands(m_out, m_err, m_dbPath).run(verbArgs, &usageError);
        return code == Usage ? usage(usageError) : code;
    }
    if (verb == QLatin1String("import")) {
        return runImport(verbArgs);
    }
    if (verb == QLatin1String("export-all")) {
        return runExportAll(verbArgs);
    }
    if (verb == QLatin1String("import-all")) {
        return runImportAll(verbArgs);
    }
    if (verb == QLatin1String("backup")) {
        return runBackup(verbArgs);
    }
    if (verb == QLatin1String("restore")) {
        return runRestore(verbArgs);
    }
    if (verb == QLatin1String("audit")) {
        return runAudit(verbArgs);
    }
    if (verb == QLatin1String("acknowledge")) {
        return runAcknowledge(verbArgs);
    }
    return usage(tr("Unknown verb %1.").arg(verb));
}

bool CliCommands::openForReading(core::Database& db, core::Database::Versions versions)
{
    // The verbs that only read never write to the file they read: not even an upgrade or the operator's name.
    QString error;
    if (!db.openReadOnly(m_dbPath, &error, versions)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

bool CliCommands::openDatabase(core::Database& db)
{
    QString error;
    if (!db.open(m_dbPath, &error)) {
        m_err << error << Qt::endl;
        return false;
    }
    if (!db.lastUpgradeBackup().isEmpty()) {
        m_err << tr("The database was upgraded; the previous version is kept in %1.")
                     .arg(QDir::toNativeSeparators(db.lastUpgradeBackup()))
              << Qt::endl;
    }
    if (!CliOperator::apply(db, m_err)) {
        db.close();
        return false;
    }
    return true;
}

int CliCommands::runInit(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("init takes no options."));
    }
    core::Database db;
    if (!openDatabase(db)) {
        return Problem;
    }
    m_out << tr("Database %1, data version %2.").arg(QDir::toNativeSeparators(db.path())).arg(db.schemaVersion())
          << Qt::endl;
    return Success;
}

int CliCommands::runDemo(const QStringList& args)
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
    if (!openDatabase(db)) {
        return Problem;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!core::DemoGenerator::generate(db, options, &error)) {
        m_err << error << Qt::endl;
        return Problem;
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
            return Problem;
        }
        for (const QString& file : std::as_const(written)) {
            m_err << tr("Filled-in return written to %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
        }
    }
    return Success;
}

int CliCommands::runCheck(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("check takes no options."));
    }
    core::Database db;
    if (!openForReading(db, core::Database::Versions::OlderToo)) {
        return Problem;
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
        return Success;
    }
    m_err << tr("%n problem(s) found.", nullptr, static_cast<int>(report.problems.size())) << Qt::endl;
    return Problem;
}

int CliCommands::runSubsidies(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The year whose service years are listed."),
                                        QStringLiteral("Y"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write: .csv, .xlsx or .pdf."),
                                       QStringLiteral("FILE"));
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("subsidies") } + args)) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || year < 2000 || year > 2100) {
        return usage(tr("subsidies needs --year with a year between 2000 and 2100."));
    }
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        return usage(tr("subsidies needs --out FILE (.csv, .xlsx or .pdf)."));
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    const core::SubsidyYear list = core::SubsidyYear::load(db, year);
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    QString error;
    if (!core::SubsidyListExport::write(list, street, parser.value(outOption), &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("%1 lines of %2 (%3) written to %4; street share %5 yuan.")
                 .arg(list.lines().size())
                 .arg(year)
                 .arg(list.isConfirmed() ? tr("confirmed") : tr("not confirmed"))
                 .arg(QDir::toNativeSeparators(parser.value(outOption)))
                 .arg(list.totalStreetShare().toPlainString())
          << Qt::endl;
    return Success;
}

int CliCommands::runCompliance(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The calendar year."), QStringLiteral("Y"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("Only this quarter's inspections (1-4)."),
                                           QStringLiteral("Q"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .csv file to write."), QStringLiteral("FILE"));
    parser.addOptions({ yearOption, quarterOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("compliance") } + args)) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || year < 2000 || year > 2100) {
        return usage(tr("compliance needs --year with a year between 2000 and 2100."));
    }
    int quarter = 0;
    if (parser.isSet(quarterOption)) {
        quarter = parser.value(quarterOption).toInt(&ok);
        if (!ok || quarter < 1 || quarter > 4) {
            return usage(tr("--quarter must be 1, 2, 3 or 4."));
        }
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !parser.positionalArguments().isEmpty()) {
        return usage(tr("compliance needs --out FILE.csv."));
    }
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return usage(tr("compliance writes .csv files; name the file FILE.csv."));
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    const QDate asOf = core::Clock::today();
    const core::ComplianceYear compliance = core::ComplianceYear::load(db, year, quarter, asOf);
    QString error;
    if (!core::ComplianceTable::writeCsv(compliance, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    int overdue = 0;
    for (const core::Obligation& o : compliance.rows()) {
        overdue += o.status == core::ObligationStatus::Overdue ? 1 : 0;
    }
    m_err << tr("%1 obligations as of %2 written to %3; %4 overdue.")
                 .arg(compliance.rows().size())
                 .arg(asOf.toString(Qt::ISODate), QDir::toNativeSeparators(out))
                 .arg(overdue)
          << Qt::endl;
    return Success;
}

bool CliCommands::yearAndCsv(const QString& verb, const QStringList& args, int* year, QString* out, int* exitCode)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The calendar year."), QStringLiteral("Y"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .csv file to write."), QStringLiteral("FILE"));
    parser.addOptions({ yearOption, outOption });
    if (!parser.parse(QStringList{ verb } + args)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    bool ok = false;
    *year = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || *year < 2000 || *year > 2100) {
        *exitCode = usage(tr("%1 needs --year with a year between 2000 and 2100.").arg(verb));
        return false;
    }
    *out = parser.value(outOption);
    if (out->isEmpty() || !parser.positionalArguments().isEmpty()
        || !out->endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        *exitCode = usage(tr("%1 needs --out FILE.csv.").arg(verb));
        return false;
    }
    return true;
}

int CliCommands::runHazards(const QStringList& args)
{
    int year = 0;
    QString out;
    int exitCode = Usage;
    if (!yearAndCsv(QStringLiteral("hazards"), args, &year, &out, &exitCode)) {
        return exitCode;
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    const core::HazardYear hazards = core::HazardYear::load(db, year, core::Clock::today());
    QString error;
    if (!core::HazardTable::writeCsv(hazards, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    int closed = 0;
    int overdue = 0;
    for (const core::Hazard& h : hazards.hazards()) {
        closed += hazards.isClosedAsOf(h) ? 1 : 0;
        overdue += hazards.isOverdueAsOf(h) ? 1 : 0;
    }
    m_err << tr("%1 hazards found in %2 written to %3; %4 closed, %5 overdue as of %6.")
                 .arg(hazards.hazards().size())
                 .arg(year)
                 .arg(QDir::toNativeSeparators(out))
                 .arg(closed)
                 .arg(overdue)
                 .arg(hazards.asOf().toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

int CliCommands::runRisks(const QStringList& args)
{
    int year = 0;
    QString out;
    int exitCode = Usage;
    if (!yearAndCsv(QStringLiteral("risks"), args, &year, &out, &exitCode)) {
        return exitCode;
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    const core::RiskYear risks = core::RiskYear::load(db, year, core::Clock::today());
    QString error;
    if (!core::RiskTable::writeCsv(risks, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
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
    return Success;
}

int CliCommands::runCertificates(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("expiring"),
                                        tr("List certificates expired or expiring within DAYS days."),
                                        QStringLiteral("DAYS"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .csv file to write."), QStringLiteral("FILE"));
    parser.addOptions({ daysOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("certificates") } + args)) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!parser.isSet(daysOption) || !ok || days < 0 || days > 3660) {
        return usage(tr("certificates needs --expiring DAYS, a whole number from 0 to 3660."));
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !parser.positionalArguments().isEmpty()
        || !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return usage(tr("certificates needs --out FILE.csv."));
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    QString error;
    const QDate asOf = core::Clock::today();
    if (!core::CertificateTable::writeCsv(db, out, asOf, days, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("Certificates expired or expiring within %1 days of %2 written to %3.")
                 .arg(days)
                 .arg(asOf.toString(Qt::ISODate), QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int CliCommands::runScorecard(const QStringList& args)
{
    int year = 0;
    QString out;
    int exitCode = Usage;
    // The printable sheets go to a PDF, the figures to a CSV; the year and file are read alike.
    QStringList csvArgs = args;
    const int outIndex = static_cast<int>(args.indexOf(QStringLiteral("--out")));
    const bool pdf = outIndex >= 0 && outIndex + 1 < args.size()
        && args.at(outIndex + 1).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (pdf) {
        csvArgs[outIndex + 1].chop(4);
        csvArgs[outIndex + 1] += QStringLiteral(".csv");
    }
    if (!yearAndCsv(QStringLiteral("scorecard"), csvArgs, &year, &out, &exitCode)) {
        return exitCode;
    }
    if (pdf) {
        out = args.at(outIndex + 1);
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
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
        return Problem;
    }
    m_err << tr("Scorecards of %1 agencies for %2 written to %3.")
                 .arg(scorecard.rows().size())
                 .arg(year)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int CliCommands::runReport(const QStringList& args)
{
    const QString kind = args.value(0);
    if (kind == QLatin1String("notice")) {
        return runNotice(args.mid(1));
    }
    if (kind != QLatin1String("annual") && kind != QLatin1String("enterprise") && kind != QLatin1String("quarter")) {
        return usage(tr("report needs a kind: annual, enterprise, quarter or notice."));
    }
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The calendar year."), QStringLiteral("Y"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("The quarter (1-4)."), QStringLiteral("Q"));
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The enterprise's credit code."),
                                        QStringLiteral("CREDITCODE"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .pdf file to write."), QStringLiteral("FILE"));
    parser.addOptions({ yearOption, quarterOption, codeOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("report") } + args.mid(1))) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || year < 2000 || year > 2100) {
        return usage(tr("report needs --year with a year between 2000 and 2100."));
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        || !parser.positionalArguments().isEmpty()) {
        return usage(tr("report needs --out FILE.pdf."));
    }
    int quarter = 0;
    if (kind == QLatin1String("quarter")) {
        quarter = parser.value(quarterOption).toInt(&ok);
        if (!ok || quarter < 1 || quarter > 4) {
            return usage(tr("report quarter needs --quarter 1, 2, 3 or 4."));
        }
    }
    if (kind == QLatin1String("enterprise") && parser.value(codeOption).trimmed().isEmpty()) {
        return usage(tr("report enterprise needs --code with the enterprise's credit code."));
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
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
            return Problem;
        }
        document = core::EnterpriseFileDocument::build(db, enterprise->id, year, asOf);
        title = core::EnterpriseFileDocument::title(enterprise->name, year);
    }
    QString error;
    if (!core::PdfDocumentWriter::write(*document, title, street, QPageLayout::Portrait, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("%1 written to %2.").arg(title, QDir::toNativeSeparators(out)) << Qt::endl;
    return Success;
}

int CliCommands::runNotice(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption hazardOption(QStringLiteral("hazard"), tr("The hazard's number."), QStringLiteral("ID"));
    const QCommandLineOption codeOption(QStringLiteral("code"), tr("The enterprise's credit code."),
                                        QStringLiteral("CREDITCODE"));
    const QCommandLineOption recheckOption(QStringLiteral("recheck"),
                                           tr("The re-check opinion instead of the notice."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .pdf file to write."), QStringLiteral("FILE"));
    parser.addOptions({ hazardOption, codeOption, recheckOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("report") } + args)) {
        return usage(parser.errorText());
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        || !parser.positionalArguments().isEmpty()) {
        return usage(tr("report notice needs --out FILE.pdf."));
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
    if (!openForReading(db)) {
        return Problem;
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
            return Problem;
        }
        hazards = kind == core::HazardNoticeDocument::Kind::Rectification
            ? core::HazardNoticeDocument::openHazards(db, enterprise->id)
            : core::HazardNoticeDocument::lastRechecked(db, enterprise->id);
        if (hazards.isEmpty()) {
            m_err << (kind == core::HazardNoticeDocument::Kind::Rectification
                          ? tr("%1 has no open hazard to give notice of.").arg(enterprise->name)
                          : tr("%1 has no re-checked hazard to give an opinion on.").arg(enterprise->name))
                  << Qt::endl;
            return Problem;
        }
    }
    const QString street = core::SettingRepository(db).value(core::SettingRepository::Key::StreetName);
    const core::HazardNoticeDocument::Built notice
        = core::HazardNoticeDocument::build(db, kind, hazards, core::Clock::today(), street);
    if (!notice.document) {
        m_err << notice.error << Qt::endl;
        return Problem;
    }
    QString error;
    if (!core::PdfDocumentWriter::write(*notice.document, notice.title, street, QPageLayout::Portrait, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("%1 (%n hazard(s)) written to %2.", nullptr, int(hazards.size()))
                 .arg(notice.title, QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int CliCommands::runImport(const QStringList& args)
{
    if (args.value(0) != QLatin1String("enterprises")) {
        return usage(tr("import needs what to import: import enterprises FILE."));
    }
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file; write nothing."));
    const QCommandLineOption update(QStringLiteral("update"), tr("Also update enterprises already in the register."));
    parser.addOptions({ dryRun, update });
    if (!parser.parse(QStringList{ QStringLiteral("import") } + args.mid(1))) {
        return usage(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("import enterprises needs one file: import enterprises FILE."));
    }
    const QString file = parser.positionalArguments().first();
    core::Database db;
    if (!(parser.isSet(dryRun) ? openForReading(db) : openDatabase(db))) {
        return Problem;
    }
    const core::EnterpriseImport::Preview preview = core::EnterpriseImport::prepare(db, file, parser.isSet(update));
    if (!preview.fileProblem.isEmpty()) {
        m_err << preview.fileProblem << Qt::endl;
        return Problem;
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
        return preview.bad() == 0 ? Success : Problem;
    }
    // From the command line it is all rows or none: nothing is written while any row is refused (the
    // Enterprises page lets the clerk take in just the good ones after seeing the preview).
    if (preview.bad() > 0) {
        m_err << tr("Nothing was imported: correct or remove the refused rows and import the file again.") << Qt::endl;
        return Problem;
    }
    int inserted = 0;
    int updated = 0;
    QString backup;
    QString error;
    if (!core::EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("%1 enterprises added, %2 updated; the database before the import is kept in %3.")
                 .arg(inserted)
                 .arg(updated)
                 .arg(QDir::toNativeSeparators(backup))
          << Qt::endl;
    return Success;
}

int CliCommands::runExportAll(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .zip file to write."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parser.parse(QStringList{ QStringLiteral("export-all") } + args)) {
        return usage(parser.errorText());
    }
    const QString out = parser.value(outOption);
    if (!out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) || !parser.positionalArguments().isEmpty()) {
        return usage(tr("export-all needs --out FILE.zip: one file holding the workbook and every evidence file."));
    }
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    core::HandoverPackage::Written written;
    QString error;
    if (!core::HandoverPackage::write(db, out, &written, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    for (const QString& warning : std::as_const(written.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("The whole database and %n evidence file(s) were written to %1, checked.", nullptr,
                written.evidenceFiles)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return written.warnings.isEmpty() ? Success : Problem;
}

int CliCommands::runImportAll(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return usage(tr("import-all needs the package: import-all FILE.zip."));
    }
    const QString file = args.first();
    core::Database db;
    if (!openDatabase(db)) {
        return Problem;
    }
    QString error;
    if (file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        // A workbook of export-all before 0.2: the rows only.
        int rows = 0;
        if (!core::DatabaseExchange::importAll(db, file, &rows, &error)) {
            m_err << error << Qt::endl;
            return Problem;
        }
        m_err << tr("%1 rows restored from %2. A workbook alone carries no evidence files: check lists those the "
                    "database names.")
                     .arg(rows)
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return Success;
    }
    core::HandoverPackage::Imported imported;
    if (!core::HandoverPackage::import(db, file, &imported, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    for (const QString& warning : std::as_const(imported.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("%1 rows and %n evidence file(s) restored from %2.", nullptr, imported.evidenceFiles)
                 .arg(imported.rows)
                 .arg(QDir::toNativeSeparators(file))
          << Qt::endl;
    return Success;
}

int CliCommands::runBackup(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
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
            if (!openForReading(db, core::Database::Versions::OlderToo)) {
                return Problem;
            }
            policy = core::BackupManager::policy(db);
        }
        core::BackupManager::Taken taken;
        if (!core::BackupManager(m_dbPath).dailyIfDue(core::Clock::today(), policy, &taken, &error)) {
            m_err << error << Qt::endl;
            return Problem;
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
        return taken.warnings.isEmpty() ? Success : Problem;
    }
    if (!QFileInfo::exists(m_dbPath)) {
        m_err << tr("There is no database %1. Check the name given with --db.").arg(QDir::toNativeSeparators(m_dbPath))
              << Qt::endl;
        return Problem;
    }
    // One file that carries everything: the database and its evidence files, for a stick or another PC.
    core::BackupWriter::Result result;
    if (!core::BackupWriter::write(m_dbPath, out, core::BackupWriter::Evidence::Inside, QStringLiteral("out"), false,
                                   &result, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    for (const QString& warning : std::as_const(result.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("Backup written to %1: the database and %n evidence file(s), checked.", nullptr, result.evidenceFiles)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return result.warnings.isEmpty() ? Success : Problem;
}

int CliCommands::runRestore(const QStringList& argsIn)
{
    QStringList args = argsIn;
    const bool force = args.removeAll(QStringLiteral("--force")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return usage(tr("restore needs the backup file: restore FILE [--force]."));
    }
    core::BackupRestorer::Result result;
    QString error;
    if (!core::BackupRestorer::restore(m_dbPath, args.first(), &result, &error, force)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    for (const QString& warning : std::as_const(result.warnings)) {
        m_err << warning << Qt::endl;
    }
    m_err << tr("%1 restored from %2, with %n evidence file(s) added.", nullptr, result.evidenceWritten)
                 .arg(QDir::toNativeSeparators(m_dbPath), QDir::toNativeSeparators(args.first()));
    if (!result.keptAs.isEmpty()) {
        m_err << ' ' << tr("The replaced database is kept as %1.").arg(QDir::toNativeSeparators(result.keptAs));
    }
    m_err << Qt::endl;
    return Success;
}

int CliCommands::runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last day (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), tr("Only this operator's entries."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .csv or .xlsx file to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({ fromOption, toOption, operatorOption, outOption });
    if (!parser.parse(QStringList{ QStringLiteral("audit") } + args)) {
        return usage(parser.errorText());
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !parser.positionalArguments().isEmpty()
        || !(out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
             || out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))) {
        return usage(tr("audit needs --out FILE.csv or FILE.xlsx."));
    }
    core::AuditLog::Filter filter;
    for (const auto& [option, day] : { std::pair{ &fromOption, &filter.from }, std::pair{ &toOption, &filter.to } }) {
        if (parser.isSet(*option)) {
            *day = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!day->isValid()) {
                return usage(tr("--from and --to need a date written YYYY-MM-DD."));
            }
        }
    }
    filter.operatorName = parser.value(operatorOption).trimmed();
    filter.limit = std::numeric_limits<int>::max();
    core::Database db;
    if (!openForReading(db)) {
        return Problem;
    }
    const QList<core::AuditWording::Line> lines = core::AuditLog::load(db, filter);
    const core::AuditTrail::Head head = core::AuditTrail::head(db.connection());
    QString error;
    if (!core::AuditExport::write(lines, head, out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    core::AuditAnchor::record(db.path(), head, tr("audit export %1").arg(QFileInfo(out).fileName()), nullptr);
    m_err << tr("%n audit entry(ies) written to %1.", nullptr, static_cast<int>(lines.size()))
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl
          << core::AuditAnchor::describe(head) << Qt::endl;
    return Success;
}

int CliCommands::runAcknowledge(const QStringList& args)
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
    if (!openDatabase(db)) {
        return Problem;
    }
    int count = 0;
    QString error;
    if (!core::AuditTrail::acknowledge(db.connection(), parser.value(noteOption), &count, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("%n entry(ies) written outside SafeLedger acknowledged.", nullptr, count) << Qt::endl;
    return Success;
}

} // namespace sl::app
