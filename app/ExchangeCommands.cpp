#include "ExchangeCommands.h"

#include "CliDatabase.h"
#include "CliReaders.h"

#include "Clock.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/BackupWriter.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/StreetMigration.h"
#include "io/DatabaseExchange.h"
#include "io/EnterpriseImport.h"
#include "io/HandoverPackage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <utility>

namespace sl::app {

ExitCode ExchangeCommands::runImport(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file; write nothing."));
    const QCommandLineOption update(QStringLiteral("update"), tr("Also update enterprises already in the register."));
    parser.addOptions({ dryRun, update });
    if (!parser.parse(QStringList{ QStringLiteral("import") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return wrongUsage(usageError, tr("import enterprises needs one file: import enterprises FILE."));
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

ExitCode ExchangeCommands::runExportAll(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption = CliReaders::outOption();
    parser.addOption(outOption);
    if (!parser.parse(QStringList{ QStringLiteral("export-all") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    QString out;
    QString refusal;
    if (!CliReaders::outFile(parser, outOption, { QStringLiteral(".zip") }, &out, &refusal)
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal);
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

ExitCode ExchangeCommands::runImportAll(const QStringList& args, QString* usageError)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return wrongUsage(usageError, tr("import-all needs the package: import-all FILE.zip."));
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

ExitCode ExchangeCommands::runBackup(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption = CliReaders::outOption();
    const QCommandLineOption dailyOption(QStringLiteral("daily"), tr("Take the day's copy into the backups folder."));
    parser.addOptions({ outOption, dailyOption });
    if (!parser.parse(QStringList{ QStringLiteral("backup") } + args)) {
        return wrongUsage(usageError, parser.errorText());
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() == !parser.isSet(dailyOption) || !parser.positionalArguments().isEmpty()) {
        return wrongUsage(usageError, tr("backup needs --out FILE, or --daily."));
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
    if (!core::DatabaseLocation::isServer(m_database.path()) && !QFileInfo::exists(m_database.path())) {
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

ExitCode ExchangeCommands::runRestore(const QStringList& argsIn, QString* usageError)
{
    QStringList args = argsIn;
    const bool force = args.removeAll(QStringLiteral("--force")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return wrongUsage(usageError, tr("restore needs the backup file: restore FILE [--force]."));
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

ExitCode ExchangeCommands::runMigrate(const QStringList& args, QString* usageError)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The database the street is in."),
                                        QStringLiteral("FILE|postgresql://…"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The new database it moves into."),
                                      QStringLiteral("FILE|postgresql://…"));
    parser.addOptions({ fromOption, toOption });
    QString refusal;
    if (!CliReaders::parse(parser, QStringLiteral("migrate"), args, &refusal)) {
        return wrongUsage(usageError, refusal);
    }
    if (parser.value(fromOption).isEmpty() || parser.value(toOption).isEmpty()
        || !CliReaders::noOtherArguments(parser, &refusal)) {
        return wrongUsage(usageError, refusal.isEmpty() ? tr("migrate needs --from and --to.") : refusal);
    }
    CliDatabase source(m_err);
    source.setPath(parser.value(fromOption));
    CliDatabase target(m_err);
    target.setPath(parser.value(toOption));
    core::Database from;
    core::Database to;
    if (!source.openForReading(from) || !target.openForWriting(to)) {
        return ExitCode::Problem;
    }
    core::StreetMigration::Moved moved;
    QString error;
    if (!core::StreetMigration::move(from, to, &moved, &error)) {
        m_err << error << Qt::endl;
        return ExitCode::Problem;
    }
    m_err << tr("%1 rows of %2 tables and %n evidence file(s) moved from %3 to %4.", nullptr, moved.evidenceFiles)
                 .arg(moved.rows)
                 .arg(moved.tables)
                 .arg(QDir::toNativeSeparators(from.location()), QDir::toNativeSeparators(to.location()))
          << Qt::endl;
    return ExitCode::Success;
}

} // namespace sl::app
