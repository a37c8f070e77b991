#include "ReturnCommands.h"

#include "CliOperator.h"

#include "db/Database.h"
#include "db/ReturnRepository.h"
#include "demo/DemoReturns.h"
#include "returns/ReturnImport.h"
#include "returns/ReturnTemplate.h"

#include <QCommandLineParser>
#include <QDir>

namespace sl::app {

namespace {

enum ExitCode { Success = 0, Problem = 1, Usage = 2 };

int usage(QString* usageError, const QString& message)
{
    *usageError = message;
    return Usage;
}

} // namespace

ReturnCommands::ReturnCommands(QTextStream& out, QTextStream& err, const QString& dbPath)
    : m_out(out)
    , m_err(err)
    , m_dbPath(dbPath)
{
}

int ReturnCommands::run(const QStringList& args, QString* usageError)
{
    const QString what = args.value(0);
    if (what == QLatin1String("template")) {
        return runTemplate(args.mid(1), false, usageError);
    }
    if (what == QLatin1String("demo")) {
        return runTemplate(args.mid(1), true, usageError);
    }
    if (what == QLatin1String("import")) {
        return runImport(args.mid(1), usageError);
    }
    if (what == QLatin1String("list")) {
        return runList(args.mid(1), usageError);
    }
    return usage(usageError, tr("return needs one of: template, demo, import, list."));
}

int ReturnCommands::runTemplate(const QStringList& args, bool filled, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption agencyOption(QStringLiteral("agency"), tr("The agency's name."), QStringLiteral("NAME"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The year."), QStringLiteral("Y"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("The quarter, 1 to 4."), QStringLiteral("Q"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .xlsx file to write."), QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("The demo's random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({ agencyOption, yearOption, quarterOption, outOption, seedOption });
    const QString verb = filled ? QStringLiteral("return demo") : QStringLiteral("return template");
    if (!parser.parse(QStringList{ verb } + args)) {
        return usage(usageError, parser.errorText());
    }
    bool yearOk = false;
    bool quarterOk = false;
    const int year = parser.value(yearOption).toInt(&yearOk);
    const int quarter = parser.value(quarterOption).toInt(&quarterOk);
    const QString out = parser.value(outOption);
    if (parser.value(agencyOption).trimmed().isEmpty() || !yearOk || year < 2000 || year > 2100 || !quarterOk
        || quarter < 1 || quarter > 4 || !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        || !parser.positionalArguments().isEmpty() || (!filled && parser.isSet(seedOption))) {
        return usage(usageError, tr("%1 needs --agency NAME --year Y --quarter Q --out FILE.xlsx.").arg(verb));
    }
    core::Database db;
    QString error;
    if (!db.openReadOnly(m_dbPath, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    const qint64 agencyId = core::ReturnTemplate::agencyByName(db, parser.value(agencyOption));
    if (agencyId == 0) {
        m_err << tr("There is no agency named \"%1\".").arg(parser.value(agencyOption)) << Qt::endl;
        return Problem;
    }
    core::ReturnWorkbook workbook;
    if (!core::ReturnTemplate::build(db, agencyId, year, quarter, &workbook, &error)
        || (filled && !core::DemoReturns::fill(db, workbook, parser.value(seedOption).toUInt(), &error))
        || !workbook.write(out, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << tr("The return workbook of %1 for %2 Q%3 is written to %4.")
                 .arg(workbook.meta.agencyName)
                 .arg(year)
                 .arg(quarter)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int ReturnCommands::runImport(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file; write nothing."));
    parser.addOption(dryRun);
    if (!parser.parse(QStringList{ QStringLiteral("return import") } + args)
        || parser.positionalArguments().size() != 1) {
        return usage(usageError, tr("return import needs one file: return import FILE.xlsx [--dry-run]."));
    }
    core::Database db;
    QString error;
    if (!(parser.isSet(dryRun) ? db.openReadOnly(m_dbPath, &error) : db.open(m_dbPath, &error))) {
        m_err << error << Qt::endl;
        return Problem;
    }
    if (!parser.isSet(dryRun) && !CliOperator::apply(db, m_err)) {
        return Problem;
    }
    const core::ReturnImport::Preview preview = core::ReturnImport::prepare(db, parser.positionalArguments().first());
    if (!preview.fileProblem.isEmpty()) {
        m_err << preview.fileProblem << Qt::endl;
        return Problem;
    }
    for (const core::ReturnImport::Refusal& r : preview.refusals) {
        m_out << tr("Sheet \"%1\", row %2: %3").arg(core::ReturnWorkbook::sheetName(r.sheet)).arg(r.row).arg(r.reason)
              << Qt::endl;
    }
    for (const core::ReturnImport::Change& c : preview.withdrawals) {
        m_out << tr("Taken back: sheet \"%1\", %2").arg(core::ReturnWorkbook::sheetName(c.sheet), c.what) << Qt::endl;
    }
    m_out << preview.summary() << Qt::endl;
    if (parser.isSet(dryRun)) {
        return preview.refusals.isEmpty() ? Success : Problem;
    }
    if (!preview.refusals.isEmpty()) {
        if (!core::ReturnImport::recordRefusal(db, preview, &error)) {
            m_err << error << Qt::endl;
        }
        m_err << tr("Nothing was imported: correct the refused rows and import the file again.") << Qt::endl;
        return Problem;
    }
    if (!core::ReturnImport::commit(db, preview, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    m_err << (preview.sameFileAgain ? tr("Nothing changed.") : tr("The return is imported.")) << Qt::endl;
    return Success;
}

int ReturnCommands::runList(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The year."), QStringLiteral("Y"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("The quarter, 1 to 4."), QStringLiteral("Q"));
    parser.addOptions({ yearOption, quarterOption });
    bool yearOk = false;
    bool quarterOk = false;
    if (!parser.parse(QStringList{ QStringLiteral("return list") } + args)) {
        return usage(usageError, parser.errorText());
    }
    const int year = parser.value(yearOption).toInt(&yearOk);
    const int quarter = parser.value(quarterOption).toInt(&quarterOk);
    if (!yearOk || !quarterOk || quarter < 1 || quarter > 4 || !parser.positionalArguments().isEmpty()) {
        return usage(usageError, tr("return list needs --year Y --quarter Q."));
    }
    core::Database db;
    QString error;
    if (!db.openReadOnly(m_dbPath, &error)) {
        m_err << error << Qt::endl;
        return Problem;
    }
    for (const core::AgencyReturn& r : core::ReturnRepository(db).list(year, quarter)) {
        m_out << r.agencyName << '\t' << core::ReturnRepository::statusKey(r.status) << '\t'
              << r.receivedAt.toLocalTime().toString(Qt::ISODate) << '\t' << r.fileName << '\t' << r.rowsImported
              << '\t' << r.rowsRefused << Qt::endl;
    }
    return Success;
}

} // namespace sl::app
