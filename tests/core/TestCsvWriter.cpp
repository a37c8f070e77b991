#include "io/CsvWriter.h"
#include "io/XlsxReader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

// The CSV the finance office opens in Excel or WPS: readable Chinese, intact cells, no live formulas.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void neutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                   << QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)") << QStringLiteral("'@SUM(A1:A2)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain name") << QStringLiteral("锦北五金厂") << QStringLiteral("锦北五金厂");
        QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("already quoted") << QStringLiteral("'=1") << QStringLiteral("'=1");
    }
    void neutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralised(text), expected);
    }

    void quoted_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("full-width comma stays bare") << QStringLiteral("甲，乙") << QStringLiteral("甲，乙");
        QTest::newRow("empty") << QString() << QString();
    }
    void quoted()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::quoted(cell), expected);
    }

    void writesBomCrlfAndLeavesNumbersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter csv(path);
        QString error;
        QVERIFY2(csv.open(&error), qPrintable(error));
        csv.addTextRow({ QStringLiteral("名称"), QStringLiteral("金额") });
        csv.addText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
        csv.addNumber(QStringLiteral("-2000.00"));
        csv.endRow();
        csv.addText(QStringLiteral("+1"));
        csv.addNumber(QStringLiteral("3.50"));
        csv.endRow();
        csv.addText(QStringLiteral("@SUM(A1)"));
        csv.addText(QStringLiteral("-2"));
        csv.endRow();
        QVERIFY2(csv.commit(&error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QString expected = QStringLiteral("名称,金额\r\n"
                                                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-2000.00\r\n"
                                                "'+1,3.50\r\n"
                                                "'@SUM(A1),'-2\r\n");
        QCOMPARE(text, expected);
    }

    void keptAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("account") << QStringLiteral("6222021234567890123") << QStringLiteral("=\"6222021234567890123\"");
        QTest::newRow("digit code") << QStringLiteral("913101150000000001")
                                    << QStringLiteral("=\"913101150000000001\"");
        QTest::newRow("leading zero") << QStringLiteral("0571") << QStringLiteral("=\"0571\"");
        QTest::newRow("phone") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
        QTest::newRow("exponent") << QStringLiteral("12E3") << QStringLiteral("=\"12E3\"");
        QTest::newRow("letters") << QStringLiteral("91310115MA1K4XYZ3F") << QStringLiteral("91310115MA1K4XYZ3F");
        QTest::newRow("count") << QStringLiteral("12") << QStringLiteral("12");
        QTest::newRow("name") << QStringLiteral("锦北街道") << QStringLiteral("锦北街道");
    }
    void keptAsText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::keptAsText(text), expected);
    }

    // The bytes of an account number and an all-digit credit code: a quoted string formula of the digits, which
    // Excel, WPS and LibreOffice show digit for digit; opened by LibreOffice (when installed), the cells hold them.
    void identifiersSurviveADoubleClick()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.csv"));
        CsvWriter csv(path);
        QString error;
        QVERIFY2(csv.open(&error), qPrintable(error));
        csv.addTextRow({ QStringLiteral("账号"), QStringLiteral("代码"), QStringLiteral("金额") });
        csv.addText(QStringLiteral("6222021234567890123"));
        csv.addText(QStringLiteral("913101150000000001"));
        csv.addNumber(QStringLiteral("1200.00"));
        csv.endRow();
        QVERIFY2(csv.commit(&error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().mid(3),
                 QByteArray("\xE8\xB4\xA6\xE5\x8F\xB7,\xE4\xBB\xA3\xE7\xA0\x81,\xE9\x87\x91\xE9\xA2\x9D\r\n"
                            "\"=\"\"6222021234567890123\"\"\",\"=\"\"913101150000000001\"\"\",1200.00\r\n"));
        file.close();

#ifndef Q_OS_WIN
        // On Linux LibreOffice is part of the test setup (the README's test command installs libreoffice-calc-nogui);
        // the Windows build checks the bytes above only.
        const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!office.isEmpty(), "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui");
        // LibreOffice's default CSV import, as a double-click does it, saved as CSV again: the cells' values.
        QProcess lo;
        lo.start(office,
                 { QStringLiteral("--headless"),
                   QStringLiteral("-env:UserInstallation=file:///")
                       + QDir(dir.filePath(QStringLiteral("profile")))
                             .absolutePath()
                             .remove(QRegularExpression(QStringLiteral("^/"))),
                   QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"),
                   dir.filePath(QStringLiteral("lo")), path });
        QVERIFY(lo.waitForFinished(180000));
        const QString xlsx = dir.filePath(QStringLiteral("lo/ids.xlsx"));
        QVERIFY2(QFile::exists(xlsx), lo.readAllStandardError().constData());
        QList<QPair<QString, TextTable>> sheets;
        ReadLimits limits;
        QVERIFY2(XlsxReader::readAll(xlsx, limits, &sheets, &error), qPrintable(error));
        QCOMPARE(sheets.size(), 1);
        const QStringList row = sheets.first().second.rows.value(1);
        QCOMPARE(row.value(0), QStringLiteral("6222021234567890123"));
        QCOMPARE(row.value(1), QStringLiteral("913101150000000001"));
#endif
    }

    void nothingAppearsBeforeCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            CsvWriter csv(path);
            QString error;
            QVERIFY(csv.open(&error));
            csv.addTextRow({ QStringLiteral("a") });
            QVERIFY(!QFile::exists(path));
            // Abandoned without commit: the target never appears.
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void refusesAnUnwritablePlaceWithASentence()
    {
        QTemporaryDir dir;
        CsvWriter csv(dir.filePath(QStringLiteral("no/such/dir/out.csv")));
        QString error;
        QVERIFY(!csv.open(&error));
        QVERIFY(error.contains(QStringLiteral("out.csv")));
    }
};

QTEST_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
