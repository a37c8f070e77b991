#include "BenchRun.h"

#include "BackupBenchmark.h"
#include "BenchReport.h"
#include "Clock.h"
#include "DemoStreet.h"
#include "EngineBenchmark.h"
#include "ExportBenchmark.h"
#include "ImportBenchmark.h"
#include "OpenBenchmark.h"
#include "PeakMemory.h"
#include "SearchBenchmark.h"
#include "ServerBenchmark.h"
#include "StartBenchmark.h"
#include "TimingSamples.h"
#include "WindowStartBenchmark.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace sl::bench {

namespace {

QString spread(const TimingSamples& samples)
{
    return QStringLiteral("min %1 / max %2 ms over %3 runs")
        .arg(samples.minMs(), 0, 'f', 2)
        .arg(samples.maxMs(), 0, 'f', 2)
        .arg(samples.count());
}

} // namespace

BenchRun::BenchRun(const BenchOptions& options)
    : m_options(options)
    , m_out(stdout)
    , m_err(stderr)
{
}

int BenchRun::failed(const QString& message)
{
    m_err << "safeledger-bench: " << message << Qt::endl;
    return 1;
}

int BenchRun::exec()
{
    // Kept alive until the end: the generated street is deleted with it.
    QTemporaryDir temporary;
    QString path = m_options.databasePath;
    if (path.isEmpty()) {
        if (!temporary.isValid()) {
            return failed(QStringLiteral("No temporary folder for the demo street: %1").arg(temporary.errorString()));
        }
        path = temporary.filePath(QStringLiteral("bench-street.sqlite"));
        m_out << "Generating a demo street: " << m_options.enterprises << " enterprises, " << m_options.years
              << " years, seed " << m_options.seed << " ..." << Qt::endl;
        double generateMs = 0;
        QString error;
        if (!DemoStreet::writeInChild(path, m_options, &generateMs, &error)) {
            return failed(error);
        }
        m_out << "Demo generation took " << QString::number(generateMs, 'f', 0) << " ms ("
              << QString::number(generateMs / 1000.0, 'f', 2) << " s); file "
              << QString::number(static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) << " MB"
              << Qt::endl;
    } else if (!QFileInfo::exists(path)) {
        // Database::open would create an empty file, and an empty street measures nothing.
        return failed(QStringLiteral("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_out << "Measuring " << QDir::toNativeSeparators(path) << Qt::endl;
    }

    QString error;
    TimingSamples open;
    TimingSamples openLimit;
    OpenBenchmark openBench(path);
    if (!openBench.run(m_options.repeat, &open, &openLimit, &error)) {
        return failed(error);
    }
    SearchBenchmark searchBench(path);
    TimingSamples search;
    TimingSamples clear;
    if (!searchBench.run(m_options.repeat, &search, &clear, &error)) {
        return failed(error);
    }

    // The figures of the current year as of today, as the clerk sees them (the demo street ends today).
    EngineBenchmark engineBench(path, core::Clock::today());
    EngineBenchmark::Results engines;
    if (!engineBench.run(m_options.repeat, &engines, &error)) {
        return failed(error);
    }

    // From a process start to the first window painted, against a bare Qt window; on a copy, as the child takes
    // the day's backup.
    TimingSamples windowStart;
    TimingSamples windowStartLimit;
    QTemporaryDir windowWork;
    const QString windowCopy = windowWork.filePath(QStringLiteral("street.sqlite"));
    if (!windowWork.isValid() || !QFile::copy(path, windowCopy)) {
        return failed(QStringLiteral("No copy of the street for the window start benchmark."));
    }
    WindowStartBenchmark windowBench(windowCopy);
    if (!windowBench.run(qMin(m_options.repeat, 5), &windowStart, &windowStartLimit, &error)) {
        return failed(error);
    }

    // The same operations on a PostgreSQL server holding the same street, the file's figure as the limit.
    ServerBenchmark::Results server;
    if (!m_options.serverLocation.isEmpty()) {
        m_out << "Moving the street into " << m_options.serverLocation << " and measuring it there ..." << Qt::endl;
        if (!ServerBenchmark(path, m_options.serverLocation, core::Clock::today())
                 .run(m_options.repeat, &server, &error)) {
            return failed(error);
        }
        m_out << "Moved " << server.rows << " rows in " << QString::number(server.migrateMs, 'f', 0) << " ms; "
              << (server.same ? QStringLiteral("the same figures on both engines")
                              : QStringLiteral("DIFFERENT figures: ") + server.difference)
              << Qt::endl;
    }
    TimingSamples import5000;
    int imported = 0;
    BackupBenchmark::Results backups;
    StartBenchmark::Results starts;
    ExportBenchmark::Results exported;
    // Backups, starts and export-all work on a copy of the street in a folder of their own.
    QTemporaryDir work;
    if (!m_options.quick) {
        if (!ImportBenchmark(path).run(m_options.repeat, &import5000, &imported, &error)) {
            return failed(error);
        }
        if (!work.isValid()) {
            return failed(QStringLiteral("No temporary folder for the backup benchmarks: %1").arg(work.errorString()));
        }
        const int heavyRepeat = qMin(m_options.repeat, 3);
        m_out << "Measuring backups, starts and export-all (" << heavyRepeat << " runs each) ..." << Qt::endl;
        BackupBenchmark backupBench(path, work.path());
        if (!backupBench.run(heavyRepeat, &backups, &error)) {
            return failed(error);
        }
        if (!StartBenchmark(backupBench.workingCopy()).run(heavyRepeat, &starts, &error)) {
            return failed(error);
        }
        if (!ExportBenchmark(path, work.filePath(QStringLiteral("handover.zip"))).run(&exported, &error)) {
            return failed(error);
        }
    }

    const int enterprises = searchBench.enterprises();
    const double scale = qMax(1.0, static_cast<double>(enterprises) / kBigStreet);
    BenchReport report(enterprises);
    report.add(
        { QStringLiteral("open"), open.medianMs(), openLimit.medianMs(), kOpenTargetMs * scale, openBench.checked() });
    report.add({ QStringLiteral("dashboard"), engines.dashboard.medianMs(), engines.dashboardLimit.medianMs(),
                 kDashboardTargetMs * scale, engines.dashboardChecked });
    report.add({ QStringLiteral("compliance_year"), engines.complianceYear.medianMs(),
                 engines.complianceLimit.medianMs(), kEngineTargetMs * scale, engines.complianceChecked });
    report.add({ QStringLiteral("subsidy_year"), engines.subsidyYear.medianMs(), engines.subsidyLimit.medianMs(),
                 kEngineTargetMs * scale, engines.subsidyChecked });
    report.add({ QStringLiteral("subsidy_xlsx"), engines.subsidyXlsx.medianMs(), std::nullopt, kXlsxTargetMs * scale,
                 std::nullopt });
    report.add({ QStringLiteral("annual_pdf"), engines.annualPdf.medianMs(), std::nullopt, kAnnualPdfTargetMs * scale,
                 std::nullopt });
    report.add({ QStringLiteral("search"), search.medianMs(), std::nullopt, kSearchTargetMs * scale, std::nullopt });
    // The targets: at most three bare windows on the big street, at most a second on a district's 50,000.
    report.add({ QStringLiteral("window_start"), windowStart.medianMs(), windowStartLimit.medianMs(),
                 enterprises <= kBigStreet ? 3.0 * windowStartLimit.medianMs() : 1000.0, windowBench.checked() });
    if (!m_options.serverLocation.isEmpty()) {
        // Each server figure against the same operation on the file: the ratio is how many times the file's time.
        report.add({ QStringLiteral("server_migrate"), server.migrateMs, std::nullopt, std::nullopt, server.same });
        const struct
        {
            const char* name;
            const ServerBenchmark::Pair& pair;
        } pairs[] = { { "server_open", server.open },
                      { "server_dashboard", server.dashboard },
                      { "server_compliance_year", server.complianceYear },
                      { "server_subsidy_year", server.subsidyYear },
                      { "server_annual_figures", server.annual } };
        for (const auto& p : pairs) {
            report.add({ QString::fromLatin1(p.name), p.pair.server.medianMs(), p.pair.file.medianMs(), std::nullopt,
                         server.same });
        }
    }
    if (!m_options.quick) {
        // A fixed 5,000-row list, whatever the street's size: its target does not scale.
        report.add(
            { QStringLiteral("import_5000"), import5000.medianMs(), std::nullopt, kImportTargetMs, std::nullopt });
        // The first start of a day: no slower than any other start (the backup runs behind the window).
        report.add({ QStringLiteral("first_window_first_start"), starts.firstOfDay.medianMs(),
                     starts.otherStart.medianMs(), starts.otherStart.maxMs(), starts.checked });
        report.add({ QStringLiteral("first_window_other_start"), starts.otherStart.medianMs(), std::nullopt,
                     std::nullopt, std::nullopt });
        report.add({ QStringLiteral("first_window_backup_first"), starts.backupFirst.medianMs(),
                     starts.otherStart.medianMs(), std::nullopt, starts.checked });
        report.add({ QStringLiteral("daily_backup_done"), starts.firstOfDayBackup.medianMs(), std::nullopt,
                     std::nullopt, std::nullopt });
        report.add({ QStringLiteral("database_copy"), backups.databaseCopy.medianMs(), std::nullopt, std::nullopt,
                     std::nullopt });
        report.add({ QStringLiteral("backup_unchanged_evidence"), backups.unchanged.medianMs(),
                     backups.databaseCopy.medianMs(), std::nullopt, backups.checked });
        report.add({ QStringLiteral("backup_new_evidence"), backups.newEvidence.medianMs(),
                     backups.databaseCopy.medianMs(), std::nullopt, backups.checked });
        report.add({ QStringLiteral("backup_out"), backups.carryAll.medianMs(), backups.databaseCopy.medianMs(),
                     std::nullopt, backups.checked });
        report.add({ QStringLiteral("restore_new_path"), backups.restoreNew.medianMs(), std::nullopt, std::nullopt,
                     std::nullopt });
        report.add({ QStringLiteral("export_all"), exported.ms, std::nullopt, std::nullopt, std::nullopt });
    }
    report.setPeakRssMb(PeakMemory::peakRssMb(), kPeakRssTargetMb);
    if (!m_options.quick) {
        report.setExportPeakRssMb(exported.peakRssMb);
    }

    m_out << '\n' << enterprises << " enterprises; medians of " << m_options.repeat << " runs";
    if (scale > 1.0) {
        m_out << "; time targets scaled x" << QString::number(scale, 'f', 1) << " from the big street";
    }
    m_out << "\n\n" << report.table() << '\n';
    m_out << "open:          " << spread(open) << '\n';
    const OpenBenchmark::Phases& phases = openBench.phases();
    m_out << "  of which:    Database::open " << QString::number(phases.database.medianMs(), 'f', 2) << " ms, reload "
          << QString::number(phases.reload.medianMs(), 'f', 2) << " ms, sort by name "
          << QString::number(phases.sort.medianMs(), 'f', 2) << " ms, first page "
          << QString::number(phases.firstPage.medianMs(), 'f', 2) << " ms (medians)\n";
    m_out << "window start:  " << spread(windowStart) << "; bare window " << spread(windowStartLimit) << '\n'
          << "  of which:    open the file " << QString::number(windowBench.openPhase().medianMs(), 'f', 1)
          << " ms, build the window " << QString::number(windowBench.constructPhase().medianMs(), 'f', 1)
          << " ms, show it to its first paint " << QString::number(windowBench.paintPhase().medianMs(), 'f', 1)
          << " ms (medians; the rest is the process start)\n";
    m_out << "open limit:    " << spread(openLimit) << "; "
          << (openBench.checked() ? QStringLiteral("the rows and texts the table shows")
                                  : QStringLiteral("NOT what the table shows: ") + openBench.mismatch())
          << '\n';
    m_out << "search:        " << spread(search) << "; \"" << searchBench.fragment() << "\" is in "
          << searchBench.nameHits() << " names, " << searchBench.matches() << " of " << searchBench.shownBefore()
          << " shown enterprises match" << '\n';
    m_out << "dashboard:     " << spread(engines.dashboard) << "; " << engines.overdue << " overdue this year, "
          << engines.openHazards << " open hazards\n";
    m_out << "compliance:    " << spread(engines.complianceYear) << "; " << engines.obligations << " obligations\n";
    m_out << "dashboard limit:  "
          << (engines.dashboardChecked ? QStringLiteral("the dashboard's counts")
                                       : QStringLiteral("NOT the dashboard's: ") + engines.dashboardMismatch)
          << '\n';
    m_out << "compliance limit: "
          << (engines.complianceChecked ? QStringLiteral("the list's counts")
                                        : QStringLiteral("NOT the list's: ") + engines.complianceMismatch)
          << '\n';
    m_out << "subsidy year:  " << spread(engines.subsidyYear) << "; " << engines.subsidyLines << " lines\n";
    m_out << "subsidy limit: " << spread(engines.subsidyLimit) << "; "
          << (engines.subsidyChecked ? QStringLiteral("the same lines as the program")
                                     : QStringLiteral("NOT the program's lines: ") + engines.subsidyMismatch)
          << '\n';
    m_out << "subsidy xlsx:  " << spread(engines.subsidyXlsx) << '\n';
    m_out << "annual pdf:    " << spread(engines.annualPdf) << "; " << engines.annualPages << " pages\n";
    if (!m_options.quick) {
        m_out << "import 5000:   " << spread(import5000) << "; " << imported << " enterprises imported\n";
        m_out << "start:         first of the day " << spread(starts.firstOfDay) << "; other "
              << spread(starts.otherStart) << "; backup first (0.1's order) " << spread(starts.backupFirst)
              << "; the day's backup done after " << spread(starts.firstOfDayBackup) << '\n';
        m_out << "backups:       database " << QString::number(backups.databaseMb, 'f', 1) << " MB, "
              << backups.evidenceFiles << " evidence files; new evidence = " << BackupBenchmark::kNewPhotos
              << " photos of " << BackupBenchmark::kPhotoBytes / (1024 * 1024) << " MB; database copy "
              << spread(backups.databaseCopy) << "; unchanged " << spread(backups.unchanged) << "; new evidence "
              << spread(backups.newEvidence) << "; --out " << spread(backups.carryAll) << '\n';
        m_out << "backup limit:  "
              << (backups.checked ? QStringLiteral("the floor's copy holds the rows of the restored backup")
                                  : QStringLiteral("NOT the restored backup's rows: ") + backups.mismatch)
              << '\n';
        m_out << "export-all:    " << QString::number(exported.ms, 'f', 0) << " ms, package "
              << QString::number(exported.packageMb, 'f', 1) << " MB, peak RSS "
              << QString::number(exported.peakRssMb, 'f', 1) << " MB\n";
    }
    m_out << "search clear:  median " << QString::number(clear.medianMs(), 'f', 2) << " ms, " << spread(clear)
          << " (not a metric of the issue)" << Qt::endl;

    if (!m_options.jsonPath.isEmpty()) {
        if (!report.writeJson(m_options.jsonPath, &error)) {
            return failed(error);
        }
        m_out << "JSON written to " << QDir::toNativeSeparators(m_options.jsonPath) << Qt::endl;
    }
    return 0;
}

} // namespace sl::bench
