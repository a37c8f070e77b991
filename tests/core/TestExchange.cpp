#include "Clock.h"
#include "DemoDatabase.h"
#include "ZipTamper.h"
#include "db/AppraisalSchemeRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "demo/DemoGenerator.h"
#include "io/ArchiveManifest.h"
#include "io/DatabaseExchange.h"
#include "io/EnterpriseImport.h"
#include "io/ExchangeWords.h"
#include "io/FileCopy.h"
#include "io/HandoverPackage.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "io/ZipReader.h"
#include "io/ZipWriter.h"
#include "reports/ScorecardYear.h"

#include <QFileInfo>

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// The clerk's way out: the whole file as a workbook and back, with nothing lost or changed.
class TestExchange : public QObject
{
    Q_OBJECT

private:
    // The demo street of `enterprises` enterprises over three years in a.sqlite of `dir`, as on 29 November 2026,
    // which the clock is set to until the test function resets it.
    static bool openStreet(Database& db, const QTemporaryDir& dir, int enterprises, QString* error)
    {
        const QDate today(2026, 11, 29);
        Clock::setToday(today);
        return DemoDatabase::open(db, dir.filePath(QStringLiteral("a.sqlite")), enterprises, 3, 1, today, error);
    }

private slots:
    void roundTripGivesTheSameSheets()
    {
        QTemporaryDir dir;
        QString error;
        Database first;
        QVERIFY2(openStreet(first, dir, 40, &error), qPrintable(error));
        const QList<EvidenceFile> evidence = EvidenceRepository(first).files();
        QVERIFY(!evidence.isEmpty());
        // Text that must survive exactly: markup, a formula, line breaks of both kinds (the probe's carriage return
        // came back as "_x000D_"), a literal that looks like an XLSX escape, a tab.
        Enterprise odd = EnterpriseRepository(first).list(false).first();
        odd.name = QStringLiteral("=HYPERLINK(\"x\") <b>粗</b> _x0041_ _x005F_x0041_");
        odd.notes = QStringLiteral("第一行\r\n第二行\n第三行\r第四行");
        QVERIFY2(EnterpriseRepository(first).update(odd, &error), qPrintable(error));
        // A confirmed appraisal year and a second scheme version travel too.
        QVERIFY2(ScorecardYear::confirm(first, 2025, QDate(2026, 11, 29), &error), qPrintable(error));
        AppraisalScheme next = AppraisalSchemeRepository(first).list().first();
        next.id = 0;
        next.fromYear = 2027;
        QVERIFY2(AppraisalSchemeRepository(first).insert(next, &error), qPrintable(error));
        const QString exported = dir.filePath(QStringLiteral("a.zip"));
        HandoverPackage::Written written;
        QVERIFY2(HandoverPackage::write(first, exported, &written, &error), qPrintable(error));
        QCOMPARE(written.evidenceFiles, evidence.size());
        QVERIFY(written.warnings.isEmpty());

        Database second;
        QVERIFY(second.open(dir.filePath(QStringLiteral("other/b.sqlite")), &error));
        HandoverPackage::Imported imported;
        QVERIFY2(HandoverPackage::import(second, exported, &imported, &error), qPrintable(error));
        QVERIFY(imported.rows > 1000);
        QCOMPARE(imported.evidenceFiles, evidence.size());
        // Check passes: the audit chain as it was, and every evidence file there with its SHA-256.
        CheckReport report = second.check();
        EvidenceRepository(second).verify(report);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("chain intact")));
        for (const EvidenceFile& f : evidence) {
            QCOMPARE(FileCopy::sha256(EvidenceRepository(second).absolutePath(f), nullptr, nullptr), f.sha256);
        }
        const QString again = dir.filePath(QStringLiteral("b.zip"));
        QVERIFY2(HandoverPackage::write(second, again, &written, &error), qPrintable(error));

        QList<QPair<QString, TextTable>> a;
        QList<QPair<QString, TextTable>> b;
        QVERIFY2(readPackage(exported, dir.filePath(QStringLiteral("a.xlsx")), &a, &error), qPrintable(error));
        QVERIFY2(readPackage(again, dir.filePath(QStringLiteral("b.xlsx")), &b, &error), qPrintable(error));
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.size() > 20);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).first, b.at(i).first);
            QCOMPARE(a.at(i).second.rows, b.at(i).second.rows);
        }
        // As stored (the register trims the ends of what is typed), carriage returns included.
        const Enterprise stored = *EnterpriseRepository(first).find(odd.id);
        QVERIFY(stored.notes.contains(QStringLiteral("\r\n")));
        QCOMPARE(EnterpriseRepository(second).find(odd.id)->name, stored.name);
        QCOMPARE(EnterpriseRepository(second).find(odd.id)->notes, stored.notes);
        QStringList sheets;
        for (const auto& [name, table] : std::as_const(a)) {
            sheets << name;
        }
        for (const char* table : { "appraisal_scheme", "appraisal_item", "appraisal_confirmation", "appraisal_result",
                                   "appraisal_point" }) {
            QVERIFY2(sheets.contains(ExchangeWords::sheetName(QLatin1String(table))), table);
        }
        QCOMPARE(AppraisalSchemeRepository(second).list(), AppraisalSchemeRepository(first).list());
        const ScorecardYear restored = ScorecardYear::load(second, 2025, QDate(2026, 11, 29));
        QVERIFY(restored.isConfirmed());
        const ScorecardYear original = ScorecardYear::load(first, 2025, QDate(2026, 11, 29));
        QCOMPARE(restored.rows().size(), original.rows().size());
        for (const Scorecard::Row& r : original.rows()) {
            QCOMPARE(restored.appraisal(r.agencyId), original.appraisal(r.agencyId));
        }
        // Read by a person: Chinese sheet names and headers, the clerk's words, amounts in yuan.
        QVERIFY2(sheets.contains(QStringLiteral("企业")) && sheets.contains(QStringLiteral("隐患")),
                 qPrintable(sheets.join(QLatin1Char(' '))));
        // Every sheet name and every header in Chinese: a table or column added later without its words fails here.
        const QRegularExpression programWord(QStringLiteral("[a-z_]{3,}")); // keys are lower case; SHA-256 is a word
        for (const auto& [sheet, table] : std::as_const(a)) {
            QVERIFY2(!sheet.contains(programWord), qPrintable(sheet));
            if (!table.rows.isEmpty()) {
                for (const QString& h : table.rows.first()) {
                    QVERIFY2(!h.contains(programWord), qPrintable(sheet + QStringLiteral(": ") + h));
                }
            }
        }
        const auto sheetOf = [&a](const QString& name) {
            for (const auto& [sheet, table] : std::as_const(a)) {
                if (sheet == name) {
                    return table;
                }
            }
            return TextTable();
        };
        const TextTable enterprises = sheetOf(QStringLiteral("企业"));
        const QStringList header = enterprises.rows.first();
        QVERIFY2(header.contains(QStringLiteral("企业名称")) && header.contains(QStringLiteral("所属社区"))
                     && header.contains(QStringLiteral("规模类型")),
                 qPrintable(header.join(QLatin1Char(','))));
        for (const QString& h : header) {
            QVERIFY2(!h.contains(QRegularExpression(QStringLiteral("[a-z_]{3,}"))), qPrintable(h)); // no program words
        }
        const int size = int(header.indexOf(QStringLiteral("规模类型")));
        const int community = int(header.indexOf(QStringLiteral("所属社区")));
        QSet<QString> sizes;
        for (const QStringList& row : enterprises.rows.mid(1)) {
            sizes.insert(row.value(size));
            QVERIFY(!row.value(community).isEmpty() && row.value(community).toLongLong() == 0); // a name, not an id
        }
        QVERIFY2(sizes.contains(QStringLiteral("小微")) && !sizes.contains(QStringLiteral("small_micro")),
                 qPrintable(QStringList(sizes.values()).join(QLatin1Char(' '))));
        const TextTable contracts = sheetOf(QStringLiteral("服务合同"));
        const int price = int(contracts.rows.first().indexOf(QStringLiteral("单价（元）")));
        QVERIFY(price >= 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)?$")).match(contracts.rows.at(1).value(price)).hasMatch(),
            qPrintable(contracts.rows.at(1).value(price)));
        qint64 storedFen = 0;
        {
            QSqlQuery price(first.connection());
            QVERIFY(price.exec(QStringLiteral("SELECT unit_price_fen FROM contract ORDER BY id LIMIT 1"))
                    && price.next());
            storedFen = price.value(0).toLongLong();
        }
        QCOMPARE(qRound64(contracts.rows.at(1).value(price).toDouble() * 100), storedFen);
        const TextTable hazards = sheetOf(QStringLiteral("隐患"));
        const int state = int(hazards.rows.first().indexOf(QStringLiteral("状态")));
        QVERIFY(state >= 0);
        QVERIFY2(hazards.rows.at(1).value(state) == QStringLiteral("已销号")
                     || hazards.rows.at(1).value(state) == QStringLiteral("登记")
                     || hazards.rows.at(1).value(state) == QStringLiteral("整改中")
                     || hazards.rows.at(1).value(state) == QStringLiteral("待复查"),
                 qPrintable(hazards.rows.at(1).value(state)));

        // Only into an empty database.
        QVERIFY(!HandoverPackage::import(first, exported, &imported, &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        Clock::setToday(QDate());
    }

    // A table longer than a sheet can hold (the district's service records pass Excel's 1,048,576 rows) goes on in
    // numbered sheets, read back as one table. Here with sheets of 50 rows.
    void aLongTableGoesOnInNumberedSheets()
    {
        QTemporaryDir dir;
        QString error;
        Database first;
        QVERIFY2(openStreet(first, dir, 30, &error), qPrintable(error));
        const QString workbook = dir.filePath(QStringLiteral("a.xlsx"));
        QVERIFY2(DatabaseExchange::exportAll(first, workbook, &error, 50), qPrintable(error));
        QList<QPair<QString, TextTable>> sheets;
        ReadLimits limits;
        limits.maxRows = 1000000;
        QVERIFY(XlsxReader::readAll(workbook, limits, &sheets, &error));
        QStringList names;
        for (const auto& [name, table] : sheets) {
            names << name;
            QVERIFY2(table.rows.size() <= 51, qPrintable(name));
        }
        QVERIFY2(names.contains(QStringLiteral("服务记录 (2)")), qPrintable(names.join(QLatin1Char(' '))));
        // Its first sheet is the enterprise list, which import enterprises takes as it is.
        QCOMPARE(names.first(), QStringLiteral("企业"));
        const EnterpriseImport::Preview preview = EnterpriseImport::prepare(first, workbook, true);
        QVERIFY2(preview.fileProblem.isEmpty(), qPrintable(preview.fileProblem));
        QCOMPARE(preview.bad(), 0);
        QCOMPARE(preview.good(), EnterpriseRepository(first).count(true));
        Database second;
        QVERIFY(second.open(dir.filePath(QStringLiteral("b.sqlite")), &error));
        int rows = 0;
        QVERIFY2(DatabaseExchange::importAll(second, workbook, &rows, &error), qPrintable(error));
        QCOMPARE(EnterpriseRepository(second).count(true), EnterpriseRepository(first).count(true));
        const QString again = dir.filePath(QStringLiteral("b.xlsx"));
        QVERIFY(DatabaseExchange::exportAll(second, again, &error, 50));
        QList<QPair<QString, TextTable>> back;
        QVERIFY(XlsxReader::readAll(again, limits, &back, &error));
        QCOMPARE(back.size(), sheets.size());
        for (int i = 0; i < sheets.size(); ++i) {
            QCOMPARE(back.at(i).first, sheets.at(i).first);
            QCOMPARE(back.at(i).second.rows, sheets.at(i).second.rows);
        }
        Clock::setToday(QDate());
    }

    // A package whose evidence file was swapped for another is refused before anything is written.
    // A workbook of the earlier export-all (English sheet names, "名称（name）" headers, keys, fen) still restores.
    void theEarlierWorkbookStillReads()
    {
        QTemporaryDir dir;
        QString error;
        const QString workbook = dir.filePath(QStringLiteral("old.xlsx"));
        {
            XlsxWriter book(workbook);
            QVERIFY(book.addWorksheet(QStringLiteral("community")));
            const QStringList communityHeader
                = { QStringLiteral("编号（id）"), QStringLiteral("名称（name）"), QStringLiteral("排序（sort_order）"),
                    QStringLiteral("archived（archived）") };
            for (int c = 0; c < communityHeader.size(); ++c) {
                book.writeText(0, c, communityHeader.at(c));
            }
            book.writeNumber(1, 0, 7);
            book.writeText(1, 1, QStringLiteral("老街社区"));
            book.writeNumber(1, 2, 1);
            book.writeNumber(1, 3, 0);
            QVERIFY(book.addWorksheet(QStringLiteral("subsidy_policy")));
            const QStringList policyHeader = { QStringLiteral("编号（id）"),
                                               QStringLiteral("effective_from（effective_from）"),
                                               QStringLiteral("street_share_fen（street_share_fen）"),
                                               QStringLiteral("subsidised_years（subsidised_years）"),
                                               QStringLiteral("partial_classes（partial_classes）"),
                                               QStringLiteral("full_classes（full_classes）"),
                                               QStringLiteral("创建时间（created_at）"),
                                               QStringLiteral("修改时间（updated_at）") };
            for (int c = 0; c < policyHeader.size(); ++c) {
                book.writeText(0, c, policyHeader.at(c));
            }
            book.writeNumber(1, 0, 1);
            book.writeText(1, 1, QStringLiteral("2020-01-01"));
            book.writeNumber(1, 2, 250000);
            book.writeNumber(1, 3, 3);
            book.writeText(1, 4, QStringLiteral("scale above_quota"));
            book.writeText(1, 5, QStringLiteral("small_micro"));
            book.writeText(1, 6, QStringLiteral("2020-01-01T00:00:00Z"));
            book.writeText(1, 7, QStringLiteral("2020-01-01T00:00:00Z"));
            QVERIFY2(book.close(&error), qPrintable(error));
        }
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("new.sqlite")), &error));
        int rows = 0;
        QVERIFY2(DatabaseExchange::importAll(db, workbook, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM community")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 7);
        QCOMPARE(q.value(1).toString(), QStringLiteral("老街社区"));
        QVERIFY(q.exec(QStringLiteral("SELECT street_share_fen, partial_classes, full_classes FROM subsidy_policy"))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 250000); // fen, as the earlier version wrote them
        QCOMPARE(q.value(1).toString(), QStringLiteral("scale above_quota"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("small_micro"));
        db.close();
    }

    void aDamagedPackageIsRefusedWhole()
    {
        QTemporaryDir dir;
        QString error;
        Database first;
        QVERIFY2(openStreet(first, dir, 40, &error), qPrintable(error));
        const QString good = dir.filePath(QStringLiteral("a.zip"));
        HandoverPackage::Written written;
        QVERIFY(HandoverPackage::write(first, good, &written, &error));
        const QString bad = dir.filePath(QStringLiteral("bad.zip"));
        QVERIFY2(
            ZipTamper::changeFirstEvidence(
                good, bad, [](QByteArray& content) { content.append('x'); }, ZipWriter::Compression::Stored, &error),
            qPrintable(error));
        Database second;
        const QString target = dir.filePath(QStringLiteral("b/b.sqlite"));
        QVERIFY(second.open(target, &error));
        HandoverPackage::Imported imported;
        QVERIFY(!HandoverPackage::import(second, bad, &imported, &error));
        QVERIFY2(error.contains(QStringLiteral("SHA-256")), qPrintable(error));
        QVERIFY(DatabaseExchange::isEmpty(second));
        QVERIFY(!QFileInfo::exists(EvidenceRepository::folderFor(target)));
        Clock::setToday(QDate());
    }

private:
    static bool readPackage(const QString& package, const QString& workbook, QList<QPair<QString, TextTable>>* sheets,
                            QString* error)
    {
        ZipReader zip(package);
        ReadLimits limits;
        limits.maxRows = 1000000;
        limits.maxCellLength = 1000000;
        return zip.open(error) && zip.extract(ArchiveManifest::kWorkbookEntry, workbook, QString(), error)
            && XlsxReader::readAll(workbook, limits, sheets, error);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
