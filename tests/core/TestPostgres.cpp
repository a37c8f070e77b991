#include "CliRun.h"
#include "DemoDatabase.h"
#include "PdfTools.h"
#include "PostgresScratch.h"
#include "db/AgencyRepository.h"
#include "db/AuditTrail.h"
#include "db/CertificateRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/HazardRepository.h"
#include "db/InterviewRepository.h"
#include "db/Migrations.h"
#include "db/OtherServiceRepository.h"
#include "db/PostgresSchema.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"
#include "db/SqlDialect.h"
#include "io/ZipReader.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceYear.h"
#include "reports/DashboardAlerts.h"
#include "reports/DashboardFigures.h"
#include "reports/DistrictReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>
#include <optional>

using namespace sl::core;

// The second engine: the same street on a PostgreSQL server as in a SQLite file. Runs on ctest's private cluster
// (tests/postgres/cluster.sh); every test makes its own scratch database there and drops it.
class TestPostgres : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    QTemporaryDir m_dir;
    QDate m_today{ 2026, 11, 20 };

    // A server streams a forward-only query's rows only until the connection's next statement; Qt's driver says
    // "Query results lost" when code ran another statement meanwhile, and the rows after it are gone: a failure.
    static constexpr const char* kLostRows = "Query results lost";

    Run cli(const QStringList& args)
    {
        Run r = CliRun::start(QStringLiteral(SAFELEDGER_CLI), args, QDir(m_dir.path()));
        if (r.err.contains(QLatin1String(kLostRows))) {
            r.exitCode = -3;
        }
        return r;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The workbook of an export-all package, entry by entry, without its creation time (docProps/core.xml).
    static QMap<QString, QByteArray> workbookOf(const QString& package, const QString& scratch)
    {
        QMap<QString, QByteArray> out;
        ZipReader zip(package);
        QString error;
        QByteArray ledger;
        if (!zip.open(&error) || !zip.read(QStringLiteral("ledger.xlsx"), 512LL << 20, &ledger, &error)) {
            out.insert(QStringLiteral("error"), error.toUtf8());
            return out;
        }
        QFile copy(scratch);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(ledger) != ledger.size()) {
            out.insert(QStringLiteral("error"), QByteArrayLiteral("the workbook cannot be written"));
            return out;
        }
        copy.close();
        ZipReader book(scratch);
        if (!book.open(&error)) {
            out.insert(QStringLiteral("error"), error.toUtf8());
            return out;
        }
        for (const ZipReader::Entry& e : book.entries()) {
            QByteArray bytes;
            if (e.name != QLatin1String("docProps/core.xml") && book.read(e.name, 512LL << 20, &bytes, &error)) {
                out.insert(e.name, bytes);
            }
        }
        return out;
    }

    static QList<AuditTrail::Entry> entriesOf(QSqlDatabase db, qint64 enterpriseId)
    {
        AuditTrail::Filter filter;
        filter.table = QStringLiteral("enterprise");
        filter.recordId = enterpriseId;
        return AuditTrail::list(db, filter);
    }

    template <typename List> static QString ids(const List& list)
    {
        QStringList out;
        for (const auto& item : list) {
            out << QString::number(item.id);
        }
        return QStringLiteral("%1: %2").arg(list.size()).arg(out.join(QLatin1Char(',')));
    }

    // What the window's pages and the dashboard read, as one text: the same street must read the same on both.
    static QStringList readings(Database& db, const QDate& asOf)
    {
        const int year = asOf.year();
        QStringList out;
        const ComplianceYear compliance = ComplianceYear::load(db, year, 0, asOf, ComplianceYear::Order::ById);
        const DashboardFigures figures = DashboardFigures::compute(compliance, (asOf.month() - 1) / 3 + 1);
        out << QStringLiteral("compliance %1, overdue %2").arg(compliance.rows().size()).arg(figures.overdueThisYear);
        const DashboardAlerts alerts = DashboardAlerts::load(db, asOf, DashboardFigures::kDueSoonDays);
        out << QStringLiteral("alerts %1 open, %2 overdue, %3 expired; due %4; certificates %5")
                   .arg(alerts.openHazards)
                   .arg(alerts.overdueHazards)
                   .arg(alerts.expiredCertificates)
                   .arg(ids(alerts.hazardsDue), ids(alerts.certificates));
        // The report's lines but its audit head (the chain's hash covers the moment each entry was written).
        for (const QString& line :
             AnnualReportDocument::build(AnnualReport::load(db, year, asOf))->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1String("SHA-256"))) {
                out << line;
            }
        }
        QStringList names;
        for (const Enterprise& e : EnterpriseRepository(db).listForTable()) {
            names << e.name;
        }
        out << QStringLiteral("enterprises %1 (%2 kept)")
                   .arg(names.join(QLatin1Char('|')))
                   .arg(EnterpriseRepository(db).count(false));
        out << QStringLiteral("agencies ") + ids(AgencyRepository(db).list(false))
            << QStringLiteral("contracts ") + ids(ContractRepository(db).list(true))
            << QStringLiteral("communities ") + ids(CommunityRepository(db).list(true))
            << QStringLiteral("certificates ") + ids(CertificateRepository(db).list(false));
        HazardRepository::Filter found;
        found.year = year;
        HazardRepository::Filter open;
        open.openOnly = true;
        HazardRepository::Filter due;
        due.dueBy = asOf;
        due.limit = 50;
        out << QStringLiteral("hazards ") + ids(HazardRepository(db).list(found))
            << QStringLiteral("open ") + ids(HazardRepository(db).list(open))
            << QStringLiteral("due ") + ids(HazardRepository(db).list(due));
        ServiceRecordRepository::Filter records;
        records.from = QDate(year, 1, 1);
        records.to = asOf;
        out << QStringLiteral("records ") + ids(ServiceRecordRepository(db).list(records))
            << QStringLiteral("all records %1").arg(ServiceRecordRepository(db).list({}).size());
        OtherServiceRepository::Filter services;
        services.year = year;
        out << QStringLiteral("services ") + ids(OtherServiceRepository(db).list(services))
            << QStringLiteral("interviews ") + ids(InterviewRepository(db).list(year))
            << QStringLiteral("returns ") + ids(ReturnRepository(db).list(year, (asOf.month() - 1) / 3 + 1));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PostgresScratch probe(QStringLiteral("probe"));
        QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QString::fromLatin1(kLostRows))); }

    void locationsAreReadAsTheClerkWritesThem()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY(!DatabaseLocation::isServer(QStringLiteral("/home/clerk/safeledger.sqlite")));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("street.sqlite"), &l, &error));
        QVERIFY(!l.isServerDatabase());
        QCOMPARE(l.filePath(), QDir::current().absoluteFilePath(QStringLiteral("street.sqlite")));

        QVERIFY2(
            DatabaseLocation::parse(QStringLiteral("postgresql://clerk@ledger.jinbei.local:6543/jinbei"), &l, &error),
            qPrintable(error));
        QVERIFY(l.isServerDatabase());
        QCOMPARE(l.user(), QStringLiteral("clerk"));
        QCOMPARE(l.host(), QStringLiteral("ledger.jinbei.local"));
        QCOMPARE(l.port(), 6543);
        QCOMPARE(l.databaseName(), QStringLiteral("jinbei"));
        QCOMPARE(l.text(), QStringLiteral("postgresql://clerk@ledger.jinbei.local:6543/jinbei"));
        QCOMPARE(l.withDatabase(QStringLiteral("dongcheng")).text(),
                 QStringLiteral("postgresql://clerk@ledger.jinbei.local:6543/dongcheng"));

        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://clerk@/jinbei?host=/run/pg"), &l, &error));
        QCOMPARE(l.host(), QStringLiteral("/run/pg"));
        QCOMPARE(l.port(), 5432);
        QCOMPARE(l.text(), QStringLiteral("postgresql://clerk@/jinbei?host=/run/pg"));
        // Two servers' databases of the same name keep their copies apart.
        DatabaseLocation other;
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://clerk@other:5432/jinbei"), &other, &error));
        QVERIFY(other.localFolder() != l.localFolder());

        error.clear();
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://clerk:secret@host/jinbei"), &l, &error));
        QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://clerk@host/"), &l, &error));
        QVERIFY2(error.contains(QLatin1String("names no database")), qPrintable(error));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://host/jinbei"), &l, &error));
        QVERIFY2(error.contains(QLatin1String("names no user")), qPrintable(error));
    }

    void aNewServerDatabaseHasTheFilesSchema()
    {
        PostgresScratch scratch(QStringLiteral("schema"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        Database server;
        QVERIFY2(server.open(scratch.location(), &error), qPrintable(error));
        QVERIFY(server.isServer());
        QCOMPARE(server.location(), scratch.location());
        QCOMPARE(server.schemaVersion(), Migrations::latestVersion());
        Database file;
        QVERIFY2(file.open(m_dir.filePath(QStringLiteral("schema.sqlite")), &error), qPrintable(error));

        const QStringList tables = SqlDialect::tables(file.connection());
        QVERIFY(tables.size() > 30);
        QCOMPARE(SqlDialect::tables(server.connection()), tables);
        for (const QString& table : tables) {
            QCOMPARE(SqlDialect::columns(server.connection(), table), SqlDialect::columns(file.connection(), table));
            QCOMPARE(SqlDialect::primaryKey(server.connection(), table),
                     SqlDialect::primaryKey(file.connection(), table));
        }
        // The seeded rows, as the file has them: the policy, the certificate types, the scheme, the service kinds.
        for (const char* seeded : { "subsidy_policy", "certificate_type", "appraisal_item", "service_kind" }) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(seeded));
            QSqlQuery a(server.connection());
            QSqlQuery b(file.connection());
            QVERIFY(a.exec(sql) && a.next() && b.exec(sql) && b.next());
            QVERIFY(b.value(0).toInt() > 0);
            QCOMPARE(a.value(0).toInt(), b.value(0).toInt());
        }
        // Text is ordered byte by byte, as SQLite orders it, whatever the server's locale.
        QSqlQuery order(server.connection());
        QVERIFY(order.exec(QStringLiteral("SELECT 'B' < CAST('a' AS TEXT) COLLATE \"C\", (SELECT collation_name FROM"
                                          " information_schema.columns WHERE table_name = 'enterprise' AND"
                                          " column_name = 'name')")));
        QVERIFY(order.next());
        QVERIFY(order.value(0).toBool());
        QCOMPARE(order.value(1).toString(), QStringLiteral("C"));
        // Opened again, it is found as it is.
        server.close();
        QVERIFY2(server.open(scratch.location(), &error), qPrintable(error));
        QCOMPARE(server.schemaVersion(), Migrations::latestVersion());
        CheckReport report = server.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void aDatabaseOfSomethingElseIsLeftAlone()
    {
        PostgresScratch scratch(QStringLiteral("foreign"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        {
            QSqlDatabase raw = scratch.raw(QStringLiteral("foreign-raw"));
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError().text()));
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id int)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign-raw"));
        Database db;
        QString error;
        QVERIFY(!db.open(scratch.location(), &error));
        QCOMPARE(db.lastOpenError(), Database::OpenError::NotSafeLedger);
        QVERIFY2(error.contains(QLatin1String("left untouched")), qPrintable(error));
        // An address the server does not know is a sentence, not a crash.
        Database nowhere;
        QVERIFY(
            !nowhere.open(scratch.location().replace(scratch.name(), QStringLiteral("sl_no_such_database")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot be opened")), qPrintable(error));
    }

    // The "must show": the demo street and check on the server, and the same seed's figures on both engines.
    void theDemoStreetGivesTheSameFiguresOnBothEngines()
    {
        PostgresScratch scratch(QStringLiteral("demo"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        for (const QString& db : { scratch.location(), file }) {
            const Run demo = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                                   QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7") });
            QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
            const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
            QVERIFY2(check.out.contains(QLatin1String("chain intact")), qPrintable(check.out));
        }
        const QList<QStringList> exports = {
            { QStringLiteral("subsidies"), QStringLiteral("--year"), QStringLiteral("2026") },
            { QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2026") },
            { QStringLiteral("hazards"), QStringLiteral("--year"), QStringLiteral("2026") },
            { QStringLiteral("scorecard"), QStringLiteral("--year"), QStringLiteral("2026") },
            { QStringLiteral("risks"), QStringLiteral("--year"), QStringLiteral("2026") },
            { QStringLiteral("certificates"), QStringLiteral("--expiring"), QStringLiteral("90") },
        };
        for (const QStringList& e : exports) {
            QByteArray written[2];
            int i = 0;
            for (const QString& db : { scratch.location(), file }) {
                const QString out = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(e.first()).arg(i));
                const Run r
                    = cli(QStringList{ QStringLiteral("--db"), db } + e + QStringList{ QStringLiteral("--out"), out });
                QVERIFY2(r.exitCode == 0, qPrintable(e.first() + QLatin1String(": ") + r.err));
                written[i++] = readAll(out);
            }
            QVERIFY2(written[1].count('\n') > 2, qPrintable(e.first()));
            QVERIFY2(written[0] == written[1], qPrintable(e.first() + QLatin1String(" differs between the engines")));
        }
    }

    // The window's reads on the same demo street in a file and on a server: every page, the dashboard, the report.
    void thePagesReadTheSameOnBothEngines()
    {
        PostgresScratch scratch(QStringLiteral("pages"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QStringList read[2];
        int i = 0;
        for (const QString& location : { scratch.location(), m_dir.filePath(QStringLiteral("pages.sqlite")) }) {
            Database db;
            QString error;
            QVERIFY2(DemoDatabase::open(db, location, 150, 3, 21, m_today, &error), qPrintable(error));
            read[i++] = readings(db, m_today);
        }
        QVERIFY(read[1].size() > 40);
        QVERIFY2(read[1].first().startsWith(QLatin1String("compliance "))
                     && !read[1].first().startsWith(QLatin1String("compliance 0")),
                 qPrintable(read[1].first()));
        for (int line = 0; line < read[1].size(); ++line) {
            QCOMPARE(read[0].value(line), read[1].at(line));
        }
        QCOMPARE(read[0].size(), read[1].size());
    }

    // migrate --from FILE --to SERVER and back: the same workbook, every evidence file, the chain verifying.
    void aStreetMovesToTheServerAndBackUnchanged()
    {
        PostgresScratch scratch(QStringLiteral("move"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString file = m_dir.filePath(QStringLiteral("move.sqlite"));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        Run r = cli({ QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--enterprises"),
                      QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // An edit through the program gives the chain entries of its own, with a record id and a NULL or two.
        {
            Database db;
            QString error;
            QVERIFY2(db.open(file, &error), qPrintable(error));
            EnterpriseRepository enterprises(db);
            std::optional<Enterprise> e = enterprises.find(enterprises.list().first().id);
            QVERIFY(e.has_value());
            e->address = QStringLiteral("金贝街道 1 号");
            QVERIFY2(enterprises.update(*e, &error), qPrintable(error));
        }
        r = cli(
            { QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.location() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("evidence file")), qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), scratch.location(), QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("chain intact"))
                     && r.out.contains(QLatin1String("evidence file(s) checked")),
                 qPrintable(r.out));
        // Into a street already there: refused, nothing written.
        r = cli(
            { QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.location() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("only into a new database")), qPrintable(r.err));

        // A backup of the server: one file holding the street as a SQLite snapshot and every evidence file; it
        // restores into a new file that checks clean, and never over the server database itself.
        const QString backup = m_dir.filePath(QStringLiteral("server-backup.zip"));
        r = cli(
            { QStringLiteral("--db"), scratch.location(), QStringLiteral("backup"), QStringLiteral("--out"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString restored = m_dir.filePath(QStringLiteral("restored.sqlite"));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("restore"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("chain intact")), qPrintable(r.out + r.err));
        r = cli({ QStringLiteral("--db"), scratch.location(), QStringLiteral("restore"), backup });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not restored over a server database")), qPrintable(r.err));

        r = cli(
            { QStringLiteral("migrate"), QStringLiteral("--from"), scratch.location(), QStringLiteral("--to"), back });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), back, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        QMap<QString, QByteArray> books[3];
        int i = 0;
        for (const QString& db : { file, scratch.location(), back }) {
            const QString out = m_dir.filePath(QStringLiteral("all-%1.zip").arg(i));
            r = cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"), QStringLiteral("--out"), out });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            books[i] = workbookOf(out, m_dir.filePath(QStringLiteral("ledger-%1.xlsx").arg(i)));
            QVERIFY2(!books[i].contains(QStringLiteral("error")), books[i].value(QStringLiteral("error")).constData());
            ++i;
        }
        QVERIFY(books[0].size() > 30);
        QCOMPARE(books[1].keys(), books[0].keys());
        for (auto it = books[0].cbegin(); it != books[0].cend(); ++it) {
            QVERIFY2(books[1].value(it.key()) == it.value(), qPrintable(it.key() + QLatin1String(": file and server")));
            QVERIFY2(books[2].value(it.key()) == it.value(), qPrintable(it.key() + QLatin1String(": file and back")));
        }
    }

    void theServersAuditTrailIsGuardedAndChained()
    {
        PostgresScratch scratch(QStringLiteral("audit"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Database db;
        QString error;
        QVERIFY2(DemoDatabase::open(db, scratch.location(), 30, 1, 5, m_today, &error), qPrintable(error));
        EnterpriseRepository enterprises(db);
        const qint64 id = enterprises.list().first().id;
        std::optional<Enterprise> e = enterprises.find(id);
        e->safetyContact = QStringLiteral("王 \"安全\" \\ 员");
        QVERIFY2(enterprises.update(*e, &error), qPrintable(error));
        const QList<AuditTrail::Entry> entries = entriesOf(db.connection(), id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("update"));
        QVERIFY(!entries.first().hash.isEmpty());
        QVERIFY2(entries.first().after.contains(QStringLiteral("\"safety_contact\":\"王 \\\"安全\\\" \\\\ 员\"")),
                 qPrintable(entries.first().after));
        CheckReport report = db.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));

        QSqlDatabase raw = scratch.raw(QStringLiteral("audit-raw"));
        QVERIFY(raw.isOpen());
        {
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET after = '{}' WHERE hash IS NOT NULL")));
            QVERIFY2(q.lastError().text().contains(QLatin1String("a sealed audit entry never changes")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
            QVERIFY(q.lastError().text().contains(QLatin1String("never deleted")));
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit")));
            // A change with the trigger away, and one written outside the program (never sealed).
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE enterprise DISABLE TRIGGER audit_enterprise")));
            QVERIFY(q.exec(QStringLiteral("UPDATE enterprise SET address = 'elsewhere' WHERE id = %1").arg(id)));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE enterprise ENABLE TRIGGER audit_enterprise")));
            QVERIFY(q.exec(QStringLiteral("UPDATE community SET sort_order = sort_order + 1")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE agency DISABLE TRIGGER audit_agency")));
        }
        report = db.check();
        const QString problems = report.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("Record %1 of enterprise differs from its last audit entry").arg(id)),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("was never sealed")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("not as SafeLedger created them (audit_agency)")),
                 qPrintable(problems));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit-raw"));
    }

    // Several clerks at once: each connection writes under its own name, and the entries make one chain.
    void eachConnectionNamesItsOwnOperator()
    {
        PostgresScratch scratch(QStringLiteral("operators"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Database first;
        QString error;
        QVERIFY2(DemoDatabase::open(first, scratch.location(), 20, 1, 9, m_today, &error), qPrintable(error));
        Database second;
        QVERIFY2(second.open(scratch.location(), &error), qPrintable(error));
        QVERIFY(AuditTrail::setOperator(first.connection(), QStringLiteral("李梅"), &error));
        QVERIFY(AuditTrail::setOperator(second.connection(), QStringLiteral("张强"), &error));
        const QList<Enterprise> all = EnterpriseRepository(first).list();
        QVERIFY(all.size() >= 4);
        for (int i = 0; i < 4; ++i) {
            Database& db = i % 2 == 0 ? first : second;
            EnterpriseRepository repository(db);
            std::optional<Enterprise> e = repository.find(all.at(i).id);
            e->notes = QStringLiteral("第 %1 次").arg(i);
            QVERIFY2(repository.update(*e, &error), qPrintable(error));
        }
        for (int i = 0; i < 4; ++i) {
            const QList<AuditTrail::Entry> entries = entriesOf(second.connection(), all.at(i).id);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().operatorName, i % 2 == 0 ? QStringLiteral("李梅") : QStringLiteral("张强"));
        }
        const CheckReport report = second.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QLatin1String("chain intact")));
    }

    // The evidence files of a server database are in it, for every seat: a seat without copies checks clean and
    // gets its copy when it opens one; a file changed on the server is reported, and never handed out.
    void evidenceIsKeptOnTheServerForEverySeat()
    {
        PostgresScratch scratch(QStringLiteral("evidence"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Database db;
        QString error;
        QVERIFY2(DemoDatabase::open(db, scratch.location(), 60, 2, 13, m_today, &error), qPrintable(error));
        EvidenceRepository evidence(db);
        const QList<EvidenceFile> files = evidence.files(&error);
        QVERIFY2(files.size() > 3, qPrintable(error));
        CheckReport report = db.check();
        evidence.verify(report);
        evidence.verify(report);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));

        // Another seat: no copies at all.
        QVERIFY(QDir(evidence.folder()).removeRecursively());
        report = db.check();
        evidence.verify(report);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY2(report.notes.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("%1 evidence file(s) checked").arg(files.size())),
                 qPrintable(report.notes.join(QLatin1Char('\n'))));
        const QString copy = evidence.absolutePath(files.first());
        qint64 size = 0;
        QCOMPARE(EvidenceRepository::sha256Of(copy, &size, &error), files.first().sha256);
        QCOMPARE(size, files.first().sizeBytes);

        {
            QSqlDatabase raw = scratch.raw(QStringLiteral("evidence-raw"));
            QSqlQuery q(raw);
            q.prepare(QStringLiteral("UPDATE evidence_content SET content = 'forged'::bytea WHERE stored_name = ?"));
            q.addBindValue(files.at(1).storedName);
            QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("evidence-raw"));
        report = db.check();
        evidence.verify(report);
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("in the server database has changed")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(!QFileInfo::exists(QDir(evidence.folder()).filePath(files.at(1).storedName)));
        QVERIFY(!evidence.fetch(files.at(1), &error));
        QVERIFY2(error.contains(QLatin1String("no longer matches its SHA-256")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(QDir(evidence.folder()).filePath(files.at(1).storedName)));
    }

    // A district over two streets on one server (a database each): every street found, each line the street's own
    // annual figures, the total their sum, and the PDF says so.
    void aDistrictSumsItsStreets()
    {
        PostgresScratch north(QStringLiteral("north"));
        PostgresScratch south(QStringLiteral("south"));
        QVERIFY2(north.isValid() && south.isValid(), qPrintable(north.error() + south.error()));
        AnnualReport own[2];
        int i = 0;
        for (const PostgresScratch* street : { &north, &south }) {
            Database db;
            QString error;
            QVERIFY2(DemoDatabase::open(db, street->location(), i == 0 ? 60 : 90, 2, 30 + i, m_today, &error),
                     qPrintable(error));
            own[i++] = AnnualReport::load(db, m_today.year(), m_today);
        }
        QString error;
        const QStringList found = DistrictReport::streetsOnServer(north.location(), &error);
        QVERIFY2(found.contains(north.location()) && found.contains(south.location()),
                 qPrintable(found.join(QLatin1Char(' ')) + error));
        DistrictReport district;
        QVERIFY2(
            DistrictReport::load({ north.location(), south.location() }, m_today.year(), m_today, &district, &error),
            qPrintable(error));
        QCOMPARE(district.streets.size(), 2);
        for (int s = 0; s < 2; ++s) {
            QCOMPARE(district.streets.at(s).enterprisesServed, own[s].enterprisesServed);
            QCOMPARE(district.streets.at(s).hazardsFound, own[s].hazards().found);
            QCOMPARE(district.streets.at(s).rectificationRate(), own[s].rectificationRate());
        }
        const DistrictReport::Street total = district.total();
        QCOMPARE(total.enterprisesServed, own[0].enterprisesServed + own[1].enterprisesServed);
        QCOMPARE(total.hazardsClosed, own[0].hazards().closed + own[1].hazards().closed);
        QCOMPARE(total.streetShare.fen(),
                 district.streets.at(0).streetShare.fen() + district.streets.at(1).streetShare.fen());
        QVERIFY(total.streetShare.fen() > 0);

        const QString pdf = m_dir.filePath(QStringLiteral("district.pdf"));
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("district"), QStringLiteral("--year"),
                            QString::number(m_today.year()), QStringLiteral("--out"), pdf, north.location(),
                            south.location() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = PdfTools::text(pdf);
        QVERIFY2(text.contains(north.name()) && text.contains(south.name()), qPrintable(text));
        QVERIFY2(text.contains(QString::number(total.enterprisesServed)), qPrintable(text));
        QVERIFY2(text.contains(total.streetShare.toGroupedString()), qPrintable(text));
    }

    // Two clerks at two seats, each a process: both open the same enterprise's form and the same hazard waiting for
    // its re-check, then both save and close at the same moment. One of each wins; the other is refused with a
    // sentence that says who came first; nothing is half-written and the chain verifies.
    void twoSeatsSaveTheSameRecordsAtOnce()
    {
        PostgresScratch scratch(QStringLiteral("seats"));
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Database db;
        QString error;
        QVERIFY2(DemoDatabase::open(db, scratch.location(), 40, 1, 11, QDate::currentDate(), &error),
                 qPrintable(error));
        const qint64 enterpriseId = EnterpriseRepository(db).list().first().id;
        qint64 hazardId = 0;
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM hazard WHERE state <> 'closed' ORDER BY id LIMIT 1")));
            QVERIFY(q.next());
            hazardId = q.value(0).toLongLong();
        }
        HazardRepository hazards(db);
        for (int i = 0; i < 3 && hazards.find(hazardId)->state != HazardState::AwaitingRecheck; ++i) {
            HazardLifecycle::Step step;
            step.day = QDate::currentDate();
            const HazardLifecycle::Action action = hazards.find(hazardId)->state == HazardState::Registered
                ? HazardLifecycle::Action::StartRectifying
                : HazardLifecycle::Action::RequestRecheck;
            QVERIFY2(hazards.step(hazardId, action, step, &error), qPrintable(error));
        }
        QCOMPARE(hazards.find(hazardId)->state, HazardState::AwaitingRecheck);

        const QString go = m_dir.filePath(QStringLiteral("go"));
        const QStringList names = { QStringLiteral("李梅"), QStringLiteral("张强") };
        std::unique_ptr<QProcess> seats[2];
        for (int i = 0; i < 2; ++i) {
            seats[i] = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
            seats[i]->setProcessEnvironment(env);
            seats[i]->start(
                QStringLiteral(CONCURRENT_CLERK),
                { scratch.location(), names.at(i), QString::number(enterpriseId), QString::number(hazardId), go });
        }
        for (auto& seat : seats) {
            QVERIFY(seat->waitForReadyRead(60000));
            QCOMPARE(seat->readLine().trimmed(), QByteArrayLiteral("ready"));
        }
        QFile flag(go);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QStringList said[2];
        for (int i = 0; i < 2; ++i) {
            QVERIFY(seats[i]->waitForFinished(120000));
            QCOMPARE(seats[i]->exitCode(), 0);
            said[i] = QString::fromUtf8(seats[i]->readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
            QCOMPARE(said[i].size(), 2);
        }
        const int saver = said[0].first() == QLatin1String("enterprise: saved") ? 0 : 1;
        QCOMPARE(said[saver].first(), QStringLiteral("enterprise: saved"));
        QVERIFY2(said[1 - saver].first().startsWith(
                     QStringLiteral("enterprise: refused: %1 changed this record at").arg(names.at(saver))),
                 qPrintable(said[1 - saver].first()));
        const int closer = said[0].last() == QLatin1String("hazard: closed") ? 0 : 1;
        QCOMPARE(said[closer].last(), QStringLiteral("hazard: closed"));
        QVERIFY2(said[1 - closer].last().startsWith(QLatin1String("hazard: refused: The hazard is already closed")),
                 qPrintable(said[1 - closer].last()));

        // The winner's change is there, whole, and recorded once under its clerk's name.
        QCOMPARE(EnterpriseRepository(db).find(enterpriseId)->notes,
                 QStringLiteral("%1 was here").arg(names.at(saver)));
        const QList<AuditTrail::Entry> entries = entriesOf(db.connection(), enterpriseId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().operatorName, names.at(saver));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(operator) FROM hazard_event WHERE hazard_id = %1"
                                      " AND action = 'recheck_passed'")
                           .arg(hazardId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), names.at(closer));
        QCOMPARE(hazards.find(hazardId)->state, HazardState::Closed);
        const CheckReport report = db.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QLatin1String("chain intact")));
    }
};

QTEST_MAIN(TestPostgres)
#include "TestPostgres.moc"
