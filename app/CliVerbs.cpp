#include "CliVerbs.h"

#include "CliCommands.h"
#include "ExchangeCommands.h"
#include "ExportCommands.h"
#include "ReportCommands.h"
#include "ReturnCommands.h"

namespace sl::app {

namespace {

// The column where what a form does begins in the help.
constexpr int kDescriptionColumn = 32;

// The handler of a verb of one of the verb classes, run through CliCommands::runWith.
template <typename Verbs>
std::function<ExitCode(CliCommands&, const QStringList&)> with(ExitCode (Verbs::*verb)(const QStringList&, QString*))
{
    return [verb](CliCommands& c, const QStringList& args) { return c.runWith(verb, args); };
}

} // namespace

QList<CliVerb> CliVerbs::all()
{
    return {
        { QStringLiteral("init"),
          { { QStringLiteral("init"), tr("create the database or upgrade it; print the data version") } },
          &CliCommands::runInit },
        { QStringLiteral("demo"),
          { { QStringLiteral("demo [--enterprises N] [--years Y] [--seed S] [--returns DIR]"),
              tr("fill an empty database with a synthetic street; with\n"
                 "--returns, also every agency's filled-in return of the\n"
                 "current quarter, as files in DIR") } },
          &CliCommands::runDemo },
        { QStringLiteral("check"),
          { { QStringLiteral("check"), tr("verify integrity, links and data version") } },
          &CliCommands::runCheck },
        { QStringLiteral("subsidies"),
          { { QStringLiteral("subsidies --year Y --out FILE"),
              tr("write the subsidy list of year Y as .csv, .xlsx or .pdf") } },
          with(&ExportCommands::runSubsidies) },
        { QStringLiteral("compliance"),
          { { QStringLiteral("compliance --year Y [--quarter Q] --out FILE.csv"),
              tr("every obligation of year Y (or quarter Q's inspections) with\n"
                 "required and done counts, due date and status") } },
          with(&ExportCommands::runCompliance) },
        { QStringLiteral("hazards"),
          { { QStringLiteral("hazards --year Y --out FILE.csv"),
              tr("every hazard found in year Y with its state, overdue and supervision") } },
          with(&ExportCommands::runHazards) },
        { QStringLiteral("risks"),
          { { QStringLiteral("risks --year Y --out FILE.csv"),
              tr("every risk point of the risk assessments in force in year Y\n"
                 "with its figures, level, control measures and responsible person") } },
          with(&ExportCommands::runRisks) },
        { QStringLiteral("certificates"),
          { { QStringLiteral("certificates --expiring DAYS --out FILE.csv"),
              tr("certificates expired or expiring within DAYS days") } },
          with(&ExportCommands::runCertificates) },
        { QStringLiteral("scorecard"),
          { { QStringLiteral("scorecard --year Y --out FILE.csv|FILE.pdf"),
              tr("each agency's year: inspections, hazards, rates, evaluation score\n"
                 "(.pdf: the printable sheet of every agency)") } },
          with(&ExportCommands::runScorecard) },
        { QStringLiteral("report annual"),
          { { QStringLiteral("report annual --year Y --out FILE.pdf"), tr("the street's annual report") } },
          with(&ReportCommands::runAnnual) },
        { QStringLiteral("report enterprise"),
          { { QStringLiteral("report enterprise --code CREDITCODE --year Y --out FILE.pdf"),
              tr("one enterprise's year-end file") } },
          with(&ReportCommands::runEnterprise) },
        { QStringLiteral("report district"),
          { { QStringLiteral("report district --year Y --out FILE.pdf [STREET…]"),
              tr("the district's summary: a line a street (each street's\n"
                 "database named, or every street on the server of --db) and\n"
                 "their sum") } },
          with(&ReportCommands::runDistrict) },
        { QStringLiteral("report quarter"),
          { { QStringLiteral("report quarter --year Y --quarter Q --out FILE.pdf"),
              tr("the quarter's inspection progress per agency") } },
          with(&ReportCommands::runQuarter) },
        { QStringLiteral("report notice"),
          { { QStringLiteral("report notice --hazard ID | --code CREDITCODE [--recheck] --out FILE.pdf"),
              tr("the rectification notice of one hazard or of all\n"
                 "open hazards of an enterprise; --recheck: the re-check opinion\n"
                 "after the hazard's or the enterprise's last re-check") } },
          with(&ReportCommands::runNotice) },
        { QStringLiteral("import enterprises"),
          { { QStringLiteral("import enterprises FILE [--dry-run] [--update]"),
              tr("take in an enterprise list (.xlsx or .csv): every row is\n"
                 "checked, and nothing is written while any row is refused;\n"
                 "--dry-run only reports; --update also updates enterprises\n"
                 "already in the register") } },
          with(&ExchangeCommands::runImport) },
        { QStringLiteral("return template"),
          { { QStringLiteral("return template --agency NAME --year Y --quarter Q --out FILE.xlsx"),
              tr("the agency's return workbook for the quarter, pre-filled") } },
          with(&ReturnCommands::runTemplate) },
        { QStringLiteral("return demo"),
          { { QStringLiteral("return demo --agency NAME --year Y --quarter Q --out FILE.xlsx [--seed S]"),
              tr("the same, filled in as an agency would (for tests)") } },
          with(&ReturnCommands::runDemo) },
        { QStringLiteral("return import"),
          { { QStringLiteral("return import FILE.xlsx [--dry-run]"),
              tr("check an agency's return row by row and import it whole, or\n"
                 "nothing; a corrected file replaces the earlier one's rows") } },
          with(&ReturnCommands::runImport) },
        { QStringLiteral("return list"),
          { { QStringLiteral("return list --year Y --quarter Q"), tr("the returns received for the quarter") } },
          with(&ReturnCommands::runList) },
        { QStringLiteral("export-all"),
          { { QStringLiteral("export-all --out FILE.zip"),
              tr("the handover package: the whole database as a workbook (one\n"
                 "sheet per table, Chinese headers) and every evidence file") } },
          with(&ExchangeCommands::runExportAll) },
        { QStringLiteral("import-all"),
          { { QStringLiteral("import-all FILE.zip"),
              tr("take such a package into an empty database, evidence included") } },
          with(&ExchangeCommands::runImportAll) },
        { QStringLiteral("migrate"),
          { { QStringLiteral("migrate --from FILE|postgresql://… --to FILE|postgresql://…"),
              tr("move a street whole into a new database, a file into a\n"
                 "PostgreSQL server or back: every row, the audit trail and\n"
                 "every evidence file, checked") } },
          with(&ExchangeCommands::runMigrate) },
        { QStringLiteral("backup"),
          { { QStringLiteral("backup --out FILE"),
              tr("write one file (a zip) holding a consistent copy of the\n"
                 "database and every evidence file, each checked") },
            { QStringLiteral("backup --daily"),
              tr("take the day's (and week's) copy into the backups folder if\n"
                 "not taken yet, as the first start of a day does") } },
          with(&ExchangeCommands::runBackup) },
        { QStringLiteral("restore"),
          { { QStringLiteral("restore FILE [--force]"),
              tr("check the backup FILE whole, then put its database and\n"
                 "evidence in place (a new database where there is none),\n"
                 "keeping the replaced state as a backup; a backup whose audit\n"
                 "trail is broken is refused unless --force") } },
          with(&ExchangeCommands::runRestore) },
        { QStringLiteral("audit"),
          { { QStringLiteral("audit [--from D] [--to D] [--operator NAME] --out FILE.csv|FILE.xlsx"),
              tr("the audit log in the clerk's words, one row per changed field,\n"
                 "the chain's head below; --operator here picks whose entries") } },
          with(&ExportCommands::runAudit) },
        { QStringLiteral("acknowledge"),
          { { QStringLiteral("acknowledge --note TEXT"),
              tr("the entries written outside SafeLedger that check reports:\n"
                 "seen, with why (an audited write of its own)") } },
          &CliCommands::runAcknowledge },
    };
}

const CliVerb* CliVerbs::find(const QList<CliVerb>& verbs, const QString& verb, const QStringList& args,
                              QStringList* rest)
{
    const QString withKind = args.isEmpty() ? QString() : verb + QLatin1Char(' ') + args.first();
    for (const CliVerb& v : verbs) {
        if (v.name == verb || (!withKind.isEmpty() && v.name == withKind)) {
            *rest = v.name == verb ? args : args.mid(1);
            return &v;
        }
    }
    return nullptr;
}

QStringList CliVerbs::kinds(const QList<CliVerb>& verbs, const QString& verb)
{
    QStringList out;
    for (const CliVerb& v : verbs) {
        if (v.name.section(QLatin1Char(' '), 0, 0) == verb && v.name.contains(QLatin1Char(' '))) {
            out << v.name.section(QLatin1Char(' '), 1);
        }
    }
    return out;
}

QStringList CliVerbs::names(const QList<CliVerb>& verbs)
{
    QStringList out;
    for (const CliVerb& v : verbs) {
        const QString first = v.name.section(QLatin1Char(' '), 0, 0);
        if (!out.contains(first)) {
            out << first;
        }
    }
    return out;
}

QString CliVerbs::help(const QList<CliVerb>& verbs)
{
    const QString indent(kDescriptionColumn, QLatin1Char(' '));
    QString text;
    for (const CliVerb& v : verbs) {
        for (const CliVerb::Form& form : v.forms) {
            const QString head = QStringLiteral("  ") + form.synopsis;
            const QStringList lines = form.description.split(QLatin1Char('\n'));
            int first = 0;
            if (head.size() < kDescriptionColumn) {
                text += head.leftJustified(kDescriptionColumn) + lines.first() + QLatin1Char('\n');
                first = 1;
            } else {
                text += head + QLatin1Char('\n');
            }
            for (int i = first; i < lines.size(); ++i) {
                text += indent + lines.at(i) + QLatin1Char('\n');
            }
        }
    }
    return text;
}

QString CliVerbs::synopses(const CliVerb& verb, const QString& program)
{
    QStringList lines;
    for (const CliVerb::Form& form : verb.forms) {
        lines << tr("Usage: %1 [--db FILE] %2").arg(program, form.synopsis);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::app
