#include "Clock.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "io/CsvReader.h"
#include "io/EnterpriseImport.h"
#include "io/Gb18030.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "rules/CreditCode.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace sl::core;

// The clerk's own files come in; hostile ones are refused with one sentence and never crash.
class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    const QString kCsv = QStringLiteral("企业名称,统一社会信用代码,所属社区\r\n"
                                        "\"恒达机械, 有限公司\",91110000600037341L,锦北社区\r\n"
                                        "\"多行\n名称\",91310115MA1K3BTP2B,锦北社区\r\n");

private slots:
    void initTestCase() { Clock::setToday(QDate(2026, 11, 29)); }
    void cleanupTestCase() { Clock::setToday(QDate()); }

    void csvEncodingsAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + kCsv.toUtf8()
                                        << int(CsvReader::Encoding::Utf8Bom);
        QTest::newRow("UTF-8") << kCsv.toUtf8() << int(CsvReader::Encoding::Utf8);
        QTest::newRow("GB18030") << Gb18030::encode(kCsv) << int(CsvReader::Encoding::Gb18030);
    }

    void csvEncodingsAreRecognised()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        TextTable table;
        QString error;
        CsvReader::Encoding found;
        QVERIFY2(CsvReader::parse(bytes, ReadLimits(), &table, &error, &found), qPrintable(error));
        QCOMPARE(int(found), encoding);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("恒达机械, 有限公司"));
        QCOMPARE(table.rows.at(2).at(0), QStringLiteral("多行\n名称"));
        QCOMPARE(table.rows.at(2).at(2), QStringLiteral("锦北社区"));
    }

    void hostileCsvIsRefused()
    {
        TextTable table;
        QString error;
        QVERIFY(!CsvReader::parse("a,\"unterminated\n", ReadLimits(), &table, &error));
        QVERIFY(error.contains(QStringLiteral("quoted")));
        ReadLimits small;
        small.maxRows = 3;
        QVERIFY(!CsvReader::parse("a\n1\n2\n3\n4\n", small, &table, &error));
        QVERIFY(error.contains(QStringLiteral("rows")));
        small.maxCellLength = 5;
        QVERIFY(!CsvReader::parse("abcdefgh\n", small, &table, &error));
        QVERIFY(error.contains(QStringLiteral("longer")));
    }

    void xlsxCellsOfEveryKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
        lxw_workbook* book = workbook_new(path.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        lxw_format* date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_write_string(sheet, 0, 0, "企业名称", nullptr);
        worksheet_write_string(sheet, 0, 1, "统一社会信用代码", nullptr);
        worksheet_write_string(sheet, 0, 2, "从业人数", nullptr);
        worksheet_write_string(sheet, 0, 3, "加入日期", nullptr);
        worksheet_write_string(sheet, 0, 5, "备注", nullptr); // column E left empty
        worksheet_write_string(sheet, 1, 0, "=HYPERLINK(\"http://x\")", nullptr);
        worksheet_write_string(sheet, 1, 1, "91110000600037341L", nullptr);
        worksheet_write_number(sheet, 1, 2, 42, nullptr);
        lxw_datetime day = { 2025, 3, 1, 0, 0, 0 };
        worksheet_write_datetime(sheet, 1, 3, &day, date);
        worksheet_write_boolean(sheet, 1, 5, 1, nullptr);
        QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

        TextTable table;
        QString error;
        QVERIFY2(XlsxReader::read(path, ReadLimits(), &table, &error), qPrintable(error));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).at(1), QStringLiteral("统一社会信用代码"));
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("=HYPERLINK(\"http://x\")")); // text, never evaluated
        QCOMPARE(table.rows.at(1).at(2), QStringLiteral("42"));
        QCOMPARE(table.rows.at(1).at(3), QStringLiteral("2025-03-01"));
        QCOMPARE(table.rows.at(1).at(4), QString());
        QCOMPARE(table.rows.at(1).at(5), QStringLiteral("TRUE"));
    }

    // The probe: a carriage return came back as "_x000D_"; Excel's escape of a literal "_x0041_" must come back as
    // that literal.
    void xlsxEscapesAreDecoded()
    {
        const QString path = m_dir.filePath(QStringLiteral("escapes.xlsx"));
        lxw_workbook* book = workbook_new(path.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        worksheet_write_string(sheet, 0, 0, "\u5907\u6ce8", nullptr);
        worksheet_write_string(sheet, 1, 0, "line one\r\nline two\x01",
                               nullptr); // libxlsxwriter writes _x000D_, _x0001_
        worksheet_write_string(sheet, 2, 0, "_x005F_x0041_ and _x005f_x000D_", nullptr); // as Excel writes literals
        QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));
        TextTable table;
        QString error;
        QVERIFY2(XlsxReader::read(path, ReadLimits(), &table, &error), qPrintable(error));
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("line one\r\nline two\u0001"));
        QCOMPARE(table.rows.at(2).at(0), QStringLiteral("_x0041_ and _x000D_"));
        // And the program's own writer escapes such literals, so they come back too.
        QCOMPARE(XlsxWriter::escapeLiterals(QStringLiteral("_x0041_ _x005F_x0041_ _x12_ _xZZZZ_")),
                 QStringLiteral("_x005F_x0041_ _x005F_x005F_x005F_x0041_ _x12_ _xZZZZ_"));
    }

    // The probe: a date serial out of every range was dropped without a word (and converted with undefined
    // behaviour); it is refused with the sheet, the row and the value.
    void absurdDateSerialsAreRefused_data()
    {
        QTest::addColumn<double>("serial");
        QTest::newRow("beyond qint64") << 1e300;
        QTest::newRow("negative") << -5.0;
        QTest::newRow("after 9999-12-31") << 2958466.0;
    }

    void absurdDateSerialsAreRefused()
    {
        QFETCH(double, serial);
        const QString path = m_dir.filePath(QStringLiteral("serial.xlsx"));
        lxw_workbook* book = workbook_new(path.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        lxw_format* date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_write_string(sheet, 0, 0, "\u52a0\u5165\u65e5\u671f", nullptr);
        worksheet_write_number(sheet, 1, 0, 45000, date);
        worksheet_write_number(sheet, 2, 0, serial, date);
        QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));
        TextTable table;
        QString error;
        QVERIFY(!XlsxReader::read(path, ReadLimits(), &table, &error));
        QVERIFY2(error.contains(QStringLiteral("row 3")) && error.contains(QStringLiteral("date")), qPrintable(error));
    }

    void hostileWorkbooksAreRefused()
    {
        TextTable table;
        QString error;
        QVERIFY(!XlsxReader::read(write(QStringLiteral("text.xlsx"), "just text"), ReadLimits(), &table, &error));
        QVERIFY(error.contains(QStringLiteral("not an Excel workbook")));

        // A zip bomb: 64 MB of zeros in a few kilobytes.
        const QString bomb = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        {
            // Written with minizip, the zip library libxlsxwriter uses.
            zipFile zip = zipOpen(bomb.toUtf8().constData(), APPEND_STATUS_CREATE);
            QVERIFY(zip);
            QCOMPARE(zipOpenNewFileInZip(zip, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_BEST_COMPRESSION),
                     ZIP_OK);
            const QByteArray zeros(1024 * 1024, '\0');
            for (int i = 0; i < 64; ++i) {
                QCOMPARE(zipWriteInFileInZip(zip, zeros.constData(), static_cast<unsigned>(zeros.size())), ZIP_OK);
            }
            QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
            QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
        }
        QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
        QVERIFY(!XlsxReader::read(bomb, ReadLimits(), &table, &error));
        QVERIFY2(error.contains(QStringLiteral("unsafe")), qPrintable(error));

        // A workbook cut off half-way.
        xlsxCellsOfEveryKind();
        QFile whole(m_dir.filePath(QStringLiteral("list.xlsx")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        for (int cut : { 100, static_cast<int>(bytes.size()) / 2, static_cast<int>(bytes.size()) - 30 }) {
            QVERIFY(
                !XlsxReader::read(write(QStringLiteral("cut.xlsx"), bytes.left(cut)), ReadLimits(), &table, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    // Names as hostile as a file can carry: SQL metacharacters, markup, NUL and control characters, very
    // long text. They are stored exactly or refused with a reason; nothing is executed or cut silently.
    void hostileNames()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("hostile.sqlite")), &error));
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY(CommunityRepository(db).insert(c, &error));
        const QString sql = QStringLiteral("Robert'); DROP TABLE enterprise;-- \"x\"");
        const QString markup = QStringLiteral("<script>alert(1)</script><b>粗</b>");
        const QString control = QStringLiteral("控制\x01字符\x1f");
        const QString nul = QStringLiteral("空") + QChar(0) + QStringLiteral("字符");
        TextTable table;
        table.rows = { { QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("所属社区") },
                       { sql, QStringLiteral("91110000600037341L"), c.name },
                       { markup, QStringLiteral("91310115MA1K3BTP2B"), c.name },
                       { control, QStringLiteral("91350100M000100Y43"), c.name },
                       { QString(300, QLatin1Char('x')), QStringLiteral("91110000600037341L"), c.name },
                       { nul, QStringLiteral("91330100MA28TLEX3P"), c.name } };
        const EnterpriseImport::Preview preview = EnterpriseImport::prepareTable(db, table, false);
        QVERIFY(!preview.rows.at(3).problem.isEmpty()); // too long (and a duplicate code)
        // Control characters and NULs are refused with the reason, never stored cut or mangled.
        QVERIFY2(preview.rows.at(2).problem.contains(QStringLiteral("control characters")),
                 qPrintable(preview.rows.at(2).problem));
        QVERIFY(preview.rows.at(4).problem.contains(QStringLiteral("control characters")));
        QCOMPARE(preview.good(), 2);
        int inserted = 0;
        int updated = 0;
        QString backup;
        QVERIFY2(EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error), qPrintable(error));
        QCOMPARE(inserted, 2);
        QCOMPARE(EnterpriseRepository(db).findByCreditCode(QStringLiteral("91110000600037341L"))->name, sql);
        QCOMPARE(EnterpriseRepository(db).findByCreditCode(QStringLiteral("91310115MA1K3BTP2B"))->name, markup);
        QVERIFY(!EnterpriseRepository(db).findByCreditCode(QStringLiteral("91350100M000100Y43")).has_value());
        QCOMPARE(EnterpriseRepository(db).count(), 2); // the table is still there
        QVERIFY(db.check().ok());
        // A CSV of control characters and NULs reads without a crash.
        QVERIFY(CsvReader::parse(QByteArray("a,b\n\x00\x01,\x7f\n", 9), ReadLimits(), &table, &error));
        QCOMPARE(table.rows.size(), 2);
    }

    void previewAndCommit()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("import.sqlite")), &error));
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY(CommunityRepository(db).insert(c, &error));
        Enterprise old;
        old.name = QStringLiteral("旧名称");
        old.creditCode = QStringLiteral("91350100M000100Y43");
        old.communityId = c.id;
        QVERIFY(EnterpriseRepository(db).insert(old, &error));

        TextTable table;
        table.rows = { { QStringLiteral("单位名称"), QStringLiteral("信用代码"), QStringLiteral("社区"),
                         QStringLiteral("规模"), QStringLiteral("未知列") },
                       { QStringLiteral("恒达机械有限公司"), QStringLiteral("91110000600037341L"),
                         QStringLiteral("锦北社区"), QStringLiteral("规模以上"), QStringLiteral("x") },
                       { QStringLiteral("新名称"), QStringLiteral("91350100M000100Y43"), QStringLiteral("锦北社区"),
                         QStringLiteral("小微"), QString() },
                       { QStringLiteral("<b>粗体</b>公司"), QStringLiteral("91310115MA1K3BTP2B"),
                         QStringLiteral("锦北社区"), QStringLiteral("大型"), QString() } };
        EnterpriseImport::Preview preview = EnterpriseImport::prepareTable(db, table, false);
        QCOMPARE(preview.unknownColumns, QStringList{ QStringLiteral("未知列") });
        QCOMPARE(preview.good(), 1);
        QVERIFY(preview.rows.at(1).problem.contains(QStringLiteral("already in the register")));
        QVERIFY(preview.rows.at(2).problem.contains(QStringLiteral("大型")));
        QCOMPARE(preview.rows.at(2).line, 4);

        preview = EnterpriseImport::prepareTable(db, table, true);
        QCOMPARE(preview.good(), 2);
        int inserted = 0;
        int updated = 0;
        QString backup;
        QVERIFY2(EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error), qPrintable(error));
        QCOMPARE(inserted, 1);
        QCOMPARE(updated, 1);
        QVERIFY(QFile::exists(backup));
        const auto renamed = EnterpriseRepository(db).findByCreditCode(QStringLiteral("91350100M000100Y43"));
        QCOMPARE(renamed->name, QStringLiteral("新名称"));
        QCOMPARE(EnterpriseRepository(db).findByCreditCode(QStringLiteral("91110000600037341L"))->sizeClass,
                 SizeClass::Scale);
        QVERIFY(!EnterpriseRepository(db).findByCreditCode(QStringLiteral("91310115MA1K3BTP2B")));

        // A file with no name column is refused whole.
        table.rows = { { QStringLiteral("统一社会信用代码"), QStringLiteral("所属社区") } };
        preview = EnterpriseImport::prepareTable(db, table, false);
        QVERIFY(preview.fileProblem.contains(QStringLiteral("企业名称")));
        QVERIFY(!EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error));
    }

    // Issue #19: the refused rows as a file to correct, in the kind of file they came from. Their cells come
    // back as the file had them (every column, read or not) with the reason last; the reason column is not
    // read on import, so the corrected file imports whole.
    void refusedRowsFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void refusedRowsFile()
    {
        QFETCH(QString, suffix);
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("refused-%1.sqlite").arg(suffix)), &error));
        Community c;
        c.name = QStringLiteral("锦北社区");
        QVERIFY(CommunityRepository(db).insert(c, &error));
        const QString org = QStringLiteral("K7L8M9N0");
        const QString first17 = QStringLiteral("91110000") + org + CreditCode::organisationCheckCharacter(org);
        const QString corrected = first17 + CreditCode::checkCharacter(first17);
        TextTable table;
        table.rows = { { QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("所属社区"),
                         QStringLiteral("备注"), QStringLiteral("未知列") },
                       { QStringLiteral("恒达机械有限公司"), QStringLiteral("91110000600037341L"), c.name, QString(),
                         QStringLiteral("x") },
                       { QStringLiteral("=错误代码公司"), QStringLiteral("91350100M000100Y4Z"), c.name,
                         QStringLiteral("-待核实"), QStringLiteral("y") },
                       { QStringLiteral("无名社区公司"), corrected, QStringLiteral("不存在社区"), QString(),
                         QStringLiteral("6222021234567890123") } };
        const EnterpriseImport::Preview preview = EnterpriseImport::prepareTable(db, table, false);
        QCOMPARE(preview.good(), 1);
        QCOMPARE(preview.bad(), 2);

        // All or nothing: nothing is written while a row is refused.
        int inserted = -1;
        int updated = -1;
        QString backup;
        QVERIFY(!EnterpriseImport::commitAll(db, preview, &inserted, &updated, &backup, &error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
        QCOMPARE(inserted, 0);
        QCOMPARE(EnterpriseRepository(db).count(), 0);
        QVERIFY(backup.isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("refused.") + suffix);
        QVERIFY2(EnterpriseImport::writeRefused(preview, path, &error), qPrintable(error));
        TextTable back;
        if (suffix == QLatin1String("csv")) {
            CsvReader::Encoding encoding;
            QVERIFY2(CsvReader::read(path, ReadLimits(), &back, &error, &encoding), qPrintable(error));
            QCOMPARE(int(encoding), int(CsvReader::Encoding::Utf8Bom));
        } else {
            QVERIFY2(XlsxReader::read(path, ReadLimits(), &back, &error), qPrintable(error));
        }
        QCOMPARE(back.rows.size(), 3);
        QCOMPARE(back.rows.at(0), table.rows.at(0) + QStringList{ EnterpriseImport::reasonHeaderName() });
        QCOMPARE(back.rows.at(1).size(), 6);
        QCOMPARE(back.rows.at(1).at(1), QStringLiteral("91350100M000100Y4Z"));
        QCOMPARE(back.rows.at(1).at(5), preview.rows.at(1).problem);
        QCOMPARE(back.rows.at(2).at(0), QStringLiteral("无名社区公司"));
        QCOMPARE(back.rows.at(2).at(5), preview.rows.at(2).problem);

        // Read again as it is: the same reasons, and the reason column is neither read nor reported.
        EnterpriseImport::Preview again = EnterpriseImport::prepare(db, path, false);
        QVERIFY2(again.fileProblem.isEmpty(), qPrintable(again.fileProblem));
        QCOMPARE(again.unknownColumns, QStringList{ QStringLiteral("未知列") });
        QCOMPARE(again.rows.size(), 2);
        QCOMPARE(again.rows.at(0).problem, preview.rows.at(1).problem);
        QCOMPARE(again.rows.at(1).problem, preview.rows.at(2).problem);
        QCOMPARE(again.rows.at(0).enterprise.name, QStringLiteral("=错误代码公司")); // the formula guard is undone
        QCOMPARE(again.rows.at(0).enterprise.notes, QStringLiteral("-待核实"));
        // Saving the left-out rows of the left-out file keeps one reason column, today's.
        const QString twice = m_dir.filePath(QStringLiteral("refused-twice.") + suffix);
        QVERIFY2(EnterpriseImport::writeRefused(again, twice, &error), qPrintable(error));
        EnterpriseImport::Preview third = EnterpriseImport::prepare(db, twice, false);
        QCOMPARE(third.header, again.header);

        // Corrected (the reasons left standing), it imports whole.
        back.rows[1][0] = QStringLiteral("错误代码公司");
        back.rows[1][1] = QStringLiteral("91350100M000100Y43");
        back.rows[2][2] = c.name;
        again = EnterpriseImport::prepareTable(db, back, false);
        QCOMPARE(again.good(), 2);
        QVERIFY2(EnterpriseImport::commitAll(db, again, &inserted, &updated, &backup, &error), qPrintable(error));
        QCOMPARE(inserted, 2);
        QCOMPARE(EnterpriseRepository(db).findByCreditCode(QStringLiteral("91350100M000100Y43"))->notes,
                 QStringLiteral("-待核实"));
        QVERIFY(EnterpriseRepository(db).findByCreditCode(corrected).has_value());

        // Nothing refused, nothing to write.
        QVERIFY(!EnterpriseImport::writeRefused(again, path, &error));
        QVERIFY(!error.isEmpty());
    }

    // The template is the importer's own column list, and an empty template is read without a complaint.
    void templateHeaders_data() { refusedRowsFile_data(); }

    void templateHeaders()
    {
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(QStringLiteral("template.") + suffix);
        QString error;
        QVERIFY2(EnterpriseImport::writeTemplate(path, &error), qPrintable(error));
        TextTable table;
        QVERIFY2(suffix == QLatin1String("csv") ? CsvReader::read(path, ReadLimits(), &table, &error)
                                                : XlsxReader::read(path, ReadLimits(), &table, &error),
                 qPrintable(error));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first(), EnterpriseImport::headerNames());
        for (const QString& required : EnterpriseImport::requiredHeaderNames()) {
            QVERIFY(table.rows.first().contains(required));
        }
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("template-%1.sqlite").arg(suffix)), &error));
        const EnterpriseImport::Preview preview = EnterpriseImport::prepare(db, path, false);
        QVERIFY2(preview.fileProblem.isEmpty(), qPrintable(preview.fileProblem));
        QVERIFY(preview.unknownColumns.isEmpty());
        QVERIFY(preview.rows.isEmpty());
        QVERIFY(!EnterpriseImport::writeTemplate(m_dir.filePath(QStringLiteral("template.pdf")), &error));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
