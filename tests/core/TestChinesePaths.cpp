#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "io/CsvReader.h"
#include "io/EnterpriseImport.h"
#include "io/Gb18030.h"
#include "io/NarrowPath.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdlib>
#endif

using namespace sl::core;

// The clerk's Windows PC: a user folder, a database, the files she imports and the temporary folder all have
// Chinese names (C:\Users\张三\文档\台账.sqlite). Built twice: as every program is (with the UTF-8 code page of the
// manifest), and without the manifest, so that on Windows the legacy code page and its fallbacks are tested too.
class TestChinesePaths : public QObject
{
    Q_OBJECT

    // qputenv() goes through the C runtime's 8-bit environment, which cannot hold Chinese in a legacy code page.
    static void setEnvironment(const char* name, const QString& value)
    {
#ifdef Q_OS_WIN
        const std::wstring wideName = QString::fromLatin1(name).toStdWString();
        const std::wstring wideValue = value.toStdWString();
        _wputenv_s(wideName.c_str(), wideValue.c_str());
        SetEnvironmentVariableW(wideName.c_str(), wideValue.c_str());
#else
        qputenv(name, value.toUtf8());
#endif
    }

    QTemporaryDir m_root;
    QString m_documents;
    QString m_oldTmp;
    QString m_oldTemp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("Users/张三/文档")));
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("Users/张三/临时文件")));
        m_documents = m_root.filePath(QStringLiteral("Users/张三/文档"));
        // libxlsxwriter writes its parts through the temporary folder: make it one with a Chinese name.
        m_oldTmp = qEnvironmentVariable("TMP");
        m_oldTemp = qEnvironmentVariable("TEMP");
        const QString temp = QDir::toNativeSeparators(m_root.filePath(QStringLiteral("Users/张三/临时文件")));
        setEnvironment("TMP", temp);
        setEnvironment("TEMP", temp);
        setEnvironment("TMPDIR", temp);
        QVERIFY2(QDir::tempPath().contains(QStringLiteral("临时文件")), qPrintable(QDir::tempPath()));
    }
    void cleanupTestCase()
    {
        setEnvironment("TMP", m_oldTmp);
        setEnvironment("TEMP", m_oldTemp);
        qunsetenv("TMPDIR");
    }

    void narrowPathOpensWithFopen()
    {
        const QString file = QDir(m_documents).filePath(QStringLiteral("说明.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("ok");
        }
        const QByteArray narrow = NarrowPath::of(file);
        QVERIFY2(!narrow.isEmpty(), "the path cannot be spelt for fopen()");
        FILE* f = fopen(narrow.constData(), "rb");
        QVERIFY2(f, narrow.constData());
        char buffer[3] = {};
        QCOMPARE(fread(buffer, 1, 2, f), size_t(2));
        fclose(f);
        QCOMPARE(QByteArray(buffer), QByteArray("ok"));
    }

    void databaseWorkbookAndImport()
    {
        Database db;
        QString error;
        const QString dbPath = QDir(m_documents).filePath(QStringLiteral("台账.sqlite"));
        QVERIFY2(db.open(dbPath, &error), qPrintable(error));
        Community c;
        c.name = QStringLiteral("河西村");
        QVERIFY2(CommunityRepository(db).insert(c, &error), qPrintable(error));

        // The enterprise list as the clerk keeps it in Excel, named 企业名单.xlsx.
        const QString workbook = QDir(m_documents).filePath(QStringLiteral("企业名单.xlsx"));
        {
            XlsxWriter writer(workbook);
            QVERIFY(writer.addWorksheet(QStringLiteral("企业")));
            const QStringList header
                = { QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("所属社区") };
            const QStringList row = { QStringLiteral("锦北精工（二厂）有限公司"), QStringLiteral("91110000600037341L"),
                                      QStringLiteral("河西村") };
            for (int i = 0; i < header.size(); ++i) {
                writer.writeText(0, i, header.at(i));
                writer.writeText(1, i, row.at(i));
            }
            QVERIFY2(writer.close(&error), qPrintable(error));
        }
        QVERIFY(QFile::exists(workbook));
        TextTable table;
        QVERIFY2(XlsxReader::read(workbook, ReadLimits(), &table, &error), qPrintable(error));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("锦北精工（二厂）有限公司"));

        const EnterpriseImport::Preview preview = EnterpriseImport::prepare(db, workbook, false);
        QVERIFY2(preview.fileProblem.isEmpty(), qPrintable(preview.fileProblem));
        QCOMPARE(preview.good(), 1);
        int inserted = 0;
        int updated = 0;
        QString backup;
        QVERIFY2(EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, &error), qPrintable(error));
        QCOMPARE(inserted, 1);
        // The backup taken before the import sits beside the database, under the Chinese folder.
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QVERIFY2(backup.contains(QStringLiteral("张三")), qPrintable(backup));
        db.close();

        // Opened again by its Chinese name, the file holds the enterprise.
        Database again;
        QVERIFY2(again.open(dbPath, &error), qPrintable(error));
        QCOMPARE(EnterpriseRepository(again).count(), 1);
    }

    void gb18030CsvFromAChineseFolder()
    {
        const QString csv = QDir(m_documents).filePath(QStringLiteral("企业名单（财政所）.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Gb18030::encode(QStringLiteral("企业名称,所属社区\r\n锦北精工,河西村\r\n")));
        }
        TextTable table;
        QString error;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QVERIFY2(CsvReader::read(csv, ReadLimits(), &table, &error, &encoding), qPrintable(error));
        QCOMPARE(int(encoding), int(CsvReader::Encoding::Gb18030));
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("锦北精工"));
    }
};

QTEST_GUILESS_MAIN(TestChinesePaths)
#include "TestChinesePaths.moc"
