#include "io/CsvWriter.h"

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
        csv.addTextRow({QStringLiteral("名称"), QStringLiteral("金额")});
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

    void nothingAppearsBeforeCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            CsvWriter csv(path);
            QString error;
            QVERIFY(csv.open(&error));
            csv.addTextRow({QStringLiteral("a")});
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
