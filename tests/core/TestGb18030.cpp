#include "io/CsvReader.h"
#include "io/Gb18030.h"
#include "io/TextTable.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace sl::core;

// The program's own GB18030 codec, which Qt builds without ICU (Windows) depend on for the clerk's CSV files.
class TestGb18030 : public QObject
{
    Q_OBJECT

    // What the platform itself makes of the bytes: ICU through Qt on Linux, code page 54936 on Windows. False when
    // the platform has no GB18030 decoder (Wine has no code page 54936).
    static bool platformDecode(const QByteArray& bytes, QString* text)
    {
#ifdef Q_OS_WIN
        if (!IsValidCodePage(54936)) {
            return false;
        }
        const int size
            = MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()), nullptr, 0);
        if (size <= 0) {
            return false;
        }
        std::wstring wide(size_t(size), L'\0');
        MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()), wide.data(), size);
        *text = QString::fromStdWString(wide);
        return true;
#else
        QStringDecoder icu("GB18030");
        if (!icu.isValid()) {
            return false;
        }
        *text = icu.decode(bytes);
        return !icu.hasError();
#endif
    }

    // Every code of one of the code tables, each followed by a comma so that a misread length shows.
    static QByteArray everyTwoByteCode()
    {
        QByteArray all;
        for (int lead = 0x81; lead <= 0xFE; ++lead) {
            for (int trail = 0x40; trail <= 0xFE; ++trail) {
                if (trail != 0x7F) {
                    all.append(char(lead)).append(char(trail)).append(',');
                }
            }
        }
        return all;
    }
    static QByteArray everyFourByteBmpCode()
    {
        QByteArray all;
        for (int b1 = 0x81; b1 <= 0x84; ++b1) {
            for (int b2 = 0x30; b2 <= 0x39; ++b2) {
                for (int b3 = 0x81; b3 <= 0xFE; ++b3) {
                    for (int b4 = 0x30; b4 <= 0x39; ++b4) {
                        // 0x8431A439 is the last code of the BMP (U+FFFF).
                        if (b1 == 0x84 && (b2 > 0x31 || (b2 == 0x31 && (b3 > 0xA4 || (b3 == 0xA4 && b4 > 0x39))))) {
                            continue;
                        }
                        all.append(char(b1)).append(char(b2)).append(char(b3)).append(char(b4)).append(',');
                    }
                }
            }
        }
        return all;
    }

private slots:
    // Bytes written down from the standard, so the check stands without any other decoder.
    void knownCodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ASCII") << QByteArray("Line 1,A-3") << QStringLiteral("Line 1,A-3");
        QTest::newRow("two-byte GB2312 area") << QByteArray("\xD6\xD0\xCE\xC4") << QStringLiteral("\u4E2D\u6587");
        QTest::newRow("street office") << QByteArray("\xBD\xD6\xB5\xC0\xB0\xB2\xBC\xE0\xB0\xEC")
                                       << QStringLiteral("\u8857\u9053\u5B89\u76D1\u529E");
        QTest::newRow("GBK extension") << QByteArray("\x81\x40") << QStringLiteral("\u4E02");
        QTest::newRow("euro sign") << QByteArray("\xA2\xE3") << QStringLiteral("\u20AC");
        QTest::newRow("2005 swap, two-byte") << QByteArray("\xA8\xBC") << QStringLiteral("\u1E3F");
        QTest::newRow("2005 swap, four-byte") << QByteArray("\x81\x35\xF4\x37") << QStringLiteral("\uE7C7");
        QTest::newRow("first four-byte code") << QByteArray("\x81\x30\x81\x30") << QStringLiteral("\u0080");
        QTest::newRow("last BMP code") << QByteArray("\x84\x31\xA4\x39") << QStringLiteral("\uFFFF");
        QTest::newRow("supplementary plane") << QByteArray("\x95\x32\x82\x36") << QStringLiteral("\U00020000");
        QTest::newRow("last code point") << QByteArray("\xE3\x32\x9A\x35") << QStringLiteral("\U0010FFFF");
        QTest::newRow("middle dot and times sign") << QByteArray("\xA1\xA4\xA1\xC1") << QStringLiteral("\u00B7\u00D7");
    }
    void knownCodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Gb18030::decode(bytes), text);
        QCOMPARE(Gb18030::encode(text), bytes);
    }

    // A broken sequence loses only its own bytes: the lead byte becomes U+FFFD and what follows is read again.
    void brokenSequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("lead byte at the end") << QByteArray("a\xD6") << QStringLiteral("a\uFFFD");
        QTest::newRow("lead byte before ASCII") << QByteArray("\xD6,b") << QStringLiteral("\uFFFD,b");
        QTest::newRow("0x80 and 0xFF") << QByteArray("\x80x\xFF") << QStringLiteral("\uFFFDx\uFFFD");
        QTest::newRow("cut four-byte code") << QByteArray("\x81\x30\x81") << QStringLiteral("\uFFFD0\uFFFD");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xFE\x39\xFE\x39") << QStringLiteral("\uFFFD");
        QTest::newRow("unassigned BMP range") << QByteArray("\x84\x32\x81\x30") << QStringLiteral("\uFFFD");
    }
    void brokenSequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Gb18030::decode(bytes), text);
    }

    // The embedded table is the one compared code by code with ICU below; a changed table must be compared again
    // (and this checksum updated) before it ships.
    void tableIsTheCheckedOne()
    {
        QFile table(QStringLiteral(":/safeledger/io/gb18030.table"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(table.readAll(), QCryptographicHash::Sha256).toHex(),
                 QByteArray("0ba668f44c17d65d980ccd900fe9239004e6b4b048822b0f237f77d5228c1031"));
    }

    // Every two-byte and every four-byte code of the BMP decodes as the platform's own decoder has it, and encodes
    // back to the same bytes. Linux has ICU; Windows has code page 54936 (Wine has none: there the checksum above
    // ties the table to this comparison made on Linux).
    void everyCodeAgreesWithThePlatform_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("two-byte codes") << everyTwoByteCode();
        QTest::newRow("four-byte BMP codes") << everyFourByteBmpCode();
    }
    void everyCodeAgreesWithThePlatform()
    {
        QFETCH(QByteArray, bytes);
        const QString ours = Gb18030::decode(bytes);
        QCOMPARE(Gb18030::encode(ours), bytes);
        QString reference;
        const bool platformHasOne = platformDecode(bytes, &reference);
#ifdef Q_OS_WIN
        if (!platformHasOne) {
            return;
        }
#else
        QVERIFY2(platformHasOne, "Qt here has no ICU GB18030 decoder to compare with");
#endif
        if (ours != reference) {
            const QStringList a = ours.split(QLatin1Char(','));
            const QStringList b = reference.split(QLatin1Char(','));
            QCOMPARE(a.size(), b.size());
            int differences = 0;
            QString first;
            for (int i = 0; i < a.size(); ++i) {
                if (a.at(i) != b.at(i) && differences++ == 0) {
                    first = QStringLiteral("code %1: U+%2 here, U+%3 on the platform")
                                .arg(i)
                                .arg(a.at(i).isEmpty() ? 0 : a.at(i).front().unicode(), 4, 16, QLatin1Char('0'))
                                .arg(b.at(i).isEmpty() ? 0 : b.at(i).front().unicode(), 4, 16, QLatin1Char('0'));
                }
            }
            QFAIL(qPrintable(QStringLiteral("%1 codes differ; first %2").arg(differences).arg(first)));
        }
    }

    // The clerk's CSV from Chinese Excel reads the same on every build.
    void csvFromChineseExcel()
    {
        const QString csv = QStringLiteral("\u5355\u4F4D\u540D\u79F0,\u793E\u533A\r\n"
                                           "\u950C\u5317\u7CBE\u5DE5\uFF08\u4E8C\u5382\uFF09,\u6CB3\u897F\u6751\r\n");
        TextTable table;
        QString error;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QVERIFY2(CsvReader::parse(Gb18030::encode(csv), ReadLimits(), &table, &error, &encoding), qPrintable(error));
        QCOMPARE(int(encoding), int(CsvReader::Encoding::Gb18030));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("\u950C\u5317\u7CBE\u5DE5\uFF08\u4E8C\u5382\uFF09"));
        QCOMPARE(table.rows.at(1).at(1), QStringLiteral("\u6CB3\u897F\u6751"));
    }
};

QTEST_GUILESS_MAIN(TestGb18030)
#include "TestGb18030.moc"
