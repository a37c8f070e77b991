#include "ReturnCommands.h"

#include "CliDatabase.h"
#include "CliReaders.h"

#include "db/Database.h"
#include "db/ReturnRepository.h"
#include "demo/DemoReturns.h"
#include "returns/ReturnImport.h"
#include "returns/ReturnTemplate.h"

#include <QCommandLineParser>
#include <QDir>

namespace sl::app {

ExitCode ReturnCommands::runTemplate(const QStringList& args, QString* usageError)
{
    return runWorkbook(args, false, usageError);
}

ExitCode ReturnCommands::runDemo(const QStringList& args, QString* usageError)
{
    return runWorkbook(args, true, usageError);
}

ExitCode ReturnCommands::runWorkbook(const QStringList& args, bool filled, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption agencyOption(QStringLiteral("agency"), tr("The agency's name."), QStringLiteral("NAME"));
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    const QCommandLineOption outOption = CliReaders::outOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("The demo's random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({ agencyOption, yearOption, quarterOption, outOption });
    if (filled) {
        parser.addOption(seedOption);
    }
    const QString verb = filled ? QStringLiteral("return demo") : QStringLiteral("return template");
    int year = 0;
    int quarter = 0;
    QString out;
    QString refusal;
    if (!CliReaders::parse(parser, verb, args, &refusal) || !CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::quarter(parser, quarterOption, &quarter, &refusal)
        || !CliReaders::outFile(parser, outOption, { QStringLiteral(".xlsx") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    if (parser.value(agencyOption).trimmed().isEmpty()) {
        return wrongUsage(usageError, tr("%1 needs --agency NAME.").arg(verb));
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    QString error;
    const qint64 agencyId = core::ReturnTemplate::agencyByName(db, parser.value(agencyOption));
    if (agencyId == 0) {
        m_err << tr("There is no agency named \"%1\".").arg(parser.value(agencyOption)) << Qt::endl;
        return ExitCode::Problem;
    }
    core::ReturnWorkbook workbook;
    if (!core::ReturnTemplate::build(db, agencyId, year, quarter, &workbook, &error)
        || (filled && !core::DemoReturns::fill(db, workbook, parser.value(seedOption).toUInt(), &error))
        || !workbook.write(out, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("The return workbook of %1 for %2 Q%3 is written to %4.")
                 .arg(workbook.meta.agencyName)
                 .arg(year)
                 .arg(quarter)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode ReturnCommands::runImport(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file; write nothing."));
    parser.addOption(dryRun);
    if (!parser.parse(QStringList{ QStringLiteral("return import") } + args)
        || parser.positionalArguments().size() != 1) {
        return wrongUsage(usageError, tr("return import needs one file: return import FILE.xlsx [--dry-run]."));
    }
    // As every verb that writes: the writer lock, an upgrade said, the operator named; a dry run only reads.
    core::Database db;
    if (!(parser.isSet(dryRun) ? m_database.openForReading(db) : m_database.openForWriting(db))) {
        return ExitCode::Problem;
    }
    QString error;
    const core::ReturnImport::Preview preview = core::ReturnImport::prepare(db, parser.positionalArguments().first());
    if (!preview.fileProblem.isEmpty()) {
        m_err << preview.fileProblem << Qt::endl;
        return ExitCode::Problem;
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
        return preview.refusals.isEmpty() ? ExitCode::Success : ExitCode::Problem;
    }
    if (!preview.refusals.isEmpty()) {
        if (!core::ReturnImport::recordRefusal(db, preview, &error)) {
            m_err << error << Qt::endl;
        }
        m_err << tr("Nothing was imported: correct the refused rows and import the file again.") << Qt::endl;
        return ExitCode::Problem;
    }
    if (!core::ReturnImport::commit(db, preview, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << (preview.sameFileAgain ? tr("Nothing changed.") : tr("The return is imported.")) << Qt::endl;
    return ExitCode::Success;
}

ExitCode ReturnCommands::runList(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption = CliReaders::yearOption();
    const QCommandLineOption quarterOption = CliReaders::quarterOption();
    parser.addOptions({ yearOption, quarterOption });
    int year = 0;
    int quarter = 0;
    QString refusal;
    if (!CliReaders::parse(parser, QStringLiteral("return list"), args, &refusal)
        || !CliReaders::year(parser, yearOption, &year, &refusal)
        || !CliReaders::quarter(parser, quarterOption, &quarter, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    core::Database db;
    if (!m_database.openForReading(db)) {
        return ExitCode::Problem;
    }
    for (const core::AgencyReturn& r : core::ReturnRepository(db).list(year, quarter)) {
        m_out << r.agencyName << '\t' << core::ReturnRepository::statusKey(r.status) << '\t'
              << r.receivedAt.toLocalTime().toString(Qt::ISODate) << '\t' << r.fileName << '\t' << r.rowsImported
              << '\t' << r.rowsRefused << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace sl::app
