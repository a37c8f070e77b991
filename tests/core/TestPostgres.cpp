#include "DemoDatabase.h"
#include "PostgresScratch.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "db/EnterpriseRepository.h"
#include "db/Migrations.h"
#include "db/PostgresSchema.h"
#include "db/SqlDialect.h"
#include "io/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace sl::core;

// The second engine: the same street on a PostgreSQL server as in a SQLite file. Runs on ctest's private cluster
// (tests/postgres/cluster.sh); every test makes its own scratch database there and drops it.
class TestPostgres : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    QTemporaryDir m_dir;
    QDate m_today{ 2026, 11, 20 };

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        // This seat's folders for a server database (backups, evidence) stay in the test's folder.
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SAFELEDGER_CLI), args);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PostgresScratch probe(QStringLiteral("probe"));
        QVERIFY2(probe.isValid(), qPrintable(probe.error()));
    }

    void locationsAreReadAsTheClerkWritesThem()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY(!DatabaseLocation::isServer(QStringLiteral("/home/clerk/safeledger.sqlite")));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("street.sqlite"), &l, &error));
        QVERIFY(!l.isServerDatabase());
        QCOMPARE(l.filePath(), QDir::current().absoluteFilePath(QStringLiteral("street.sqlite")));

        QVERIFY2(DatabaseLocation::parse(QStringLiteral("postgresql://clerk@ledger.jinbei.local:6543/jinbei"), &l,
                                         &error),
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
        QVERIFY(!nowhere.open(scratch.location().replace(scratch.name(), QStringLiteral("sl_no_such_database")),
                              &error));
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
                const Run r = cli(QStringList{ QStringLiteral("--db"), db } + e + QStringList{ QStringLiteral("--out"), out });
                QVERIFY2(r.exitCode == 0, qPrintable(e.first() + QLatin1String(": ") + r.err));
                written[i++] = readAll(out);
            }
            QVERIFY2(written[1].count('\n') > 2, qPrintable(e.first()));
            QVERIFY2(written[0] == written[1], qPrintable(e.first() + QLatin1String(" differs between the engines")));
        }
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
        r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.location() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("evidence file")), qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), scratch.location(), QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("chain intact")) && r.out.contains(QLatin1String("evidence file(s) checked")),
                 qPrintable(r.out));
        // Into a street already there: refused, nothing written.
        r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.location() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("only into a new database")), qPrintable(r.err));

        // A backup of the server: one file holding the street as a SQLite snapshot and every evidence file; it
        // restores into a new file that checks clean, and never over the server database itself.
        const QString backup = m_dir.filePath(QStringLiteral("server-backup.zip"));
        r = cli({ QStringLiteral("--db"), scratch.location(), QStringLiteral("backup"), QStringLiteral("--out"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString restored = m_dir.filePath(QStringLiteral("restored.sqlite"));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("restore"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--db"), restored, QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("chain intact")), qPrintable(r.out + r.err));
        r = cli({ QStringLiteral("--db"), scratch.location(), QStringLiteral("restore"), backup });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not restored over a server database")), qPrintable(r.err));

        r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), scratch.location(), QStringLiteral("--to"), back });
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
        const QList<AuditTrail::Entry> entries = AuditTrail::list(db.connection(), { QStringLiteral("enterprise"), id });
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
        QVERIFY2(problems.contains(QLatin1String("not as SafeLedger created them (audit_agency)")), qPrintable(problems));
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
            const QList<AuditTrail::Entry> entries
                = AuditTrail::list(second.connection(), { QStringLiteral("enterprise"), all.at(i).id });
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().operatorName, i % 2 == 0 ? QStringLiteral("李梅") : QStringLiteral("张强"));
        }
        const CheckReport report = second.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QLatin1String("chain intact")));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "TestPostgres.moc"
