#include "CliCommands.h"

#include "CliOperator.h"
#include "CliReaders.h"
#include "CliVerbs.h"

#include "Clock.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/EvidenceRepository.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReturns.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
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

ExitCode CliCommands::runInit(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("init takes no options."));
    }
    core::Database db;
    if (!m_database.openForWriting(db)) {
        return ExitCode::Problem;
    }
    m_out << tr("Database %1, data version %2.").arg(QDir::toNativeSeparators(db.location())).arg(db.schemaVersion())
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
                 .arg(QDir::toNativeSeparators(db.location()))
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
