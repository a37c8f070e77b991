#include "DemoDatabase.h"
#include "PdfTools.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "demo/DemoGenerator.h"
#include "io/XlsxReader.h"
#include "io/ZipReader.h"
#include "reports/ReportFont.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyListTable.h"
#include "reports/SubsidyYear.h"
#include "rules/CapitalAmount.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;

namespace {

const QString kStreetName = QStringLiteral("锦北街道");
const QString kHeader = QStringLiteral("序号,企业名称,统一社会信用代码,所属社区,规模类型,补助年度,参与年次,服务机构,"
                                       "服务费(元),街道补助(元),企业承担(元),收款户名,开户银行,账号,备注");
const QString kFormulaName = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
const QString kMarkupName = QStringLiteral("<b>粗体</b>");

// Column positions of the finance office's header.
enum Col { kNumber = 0, kName = 1, kFee = 8, kStreet = 9, kEnterprise = 10, kAccountName = 11, kNotes = 14 };

// RFC 4180 read back independently of the writer: quoted cells may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

qint64 fen(const QString& text)
{
    const std::optional<Money> m = Money::parse(text);
    return m ? m->fen() : Q_INT64_C(-999999999999);
}

bool hasKangxiRadical(const QString& text)
{
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF) {
            return true;
        }
    }
    return false;
}

} // namespace

// The subsidy list as the finance office receives it: the CSV adds up to the fen, the XLSX is a workbook, and the
// PDF holds real Chinese characters that pdftotext can extract.
class TestSubsidyListExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QList<QStringList> readCsv(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF")) {
            return {};
        }
        return parseCsv(QString::fromUtf8(bytes.mid(3)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(
            DemoDatabase::open(m_db, path(QStringLiteral("street.sqlite")), 300, 3, 7, QDate(2026, 11, 28), &error),
            qPrintable(error));
    }

    void csvAddsUpToTheFen()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        QVERIFY(year.lines().size() > 100);
        const QString file = path(QStringLiteral("subsidies-2025.csv"));
        QString error;
        QVERIFY2(SubsidyListExport::write(year, kStreetName, file, &error), qPrintable(error));

        const QList<QStringList> rows = readCsv(file);
        QCOMPARE(rows.size(), year.lines().size() + 2); // header, lines, totals
        QCOMPARE(rows.first().join(QLatin1Char(',')), kHeader);

        qint64 fees = 0;
        qint64 streetShares = 0;
        qint64 enterpriseShares = 0;
        for (int r = 1; r < rows.size() - 1; ++r) {
            const QStringList& row = rows.at(r);
            QCOMPARE(row.size(), 15);
            QCOMPARE(row.at(kNumber), QString::number(r));
            QVERIFY2(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d\\d$")).match(row.at(kFee)).hasMatch(),
                     qPrintable(row.at(kFee)));
            QCOMPARE(fen(row.at(kFee)), fen(row.at(kStreet)) + fen(row.at(kEnterprise)));
            fees += fen(row.at(kFee));
            streetShares += fen(row.at(kStreet));
            enterpriseShares += fen(row.at(kEnterprise));
        }
        const QStringList& total = rows.last();
        QCOMPARE(total.size(), 15);
        QCOMPARE(total.at(kNumber), QStringLiteral("合计"));
        QCOMPARE(fen(total.at(kStreet)), streetShares);
        QCOMPARE(fen(total.at(kFee)), fees);
        QCOMPARE(fen(total.at(kEnterprise)), enterpriseShares);
        QCOMPARE(fen(total.at(kFee)), fen(total.at(kStreet)) + fen(total.at(kEnterprise)));
        QCOMPARE(streetShares, year.totalStreetShare().fen());
        QCOMPARE(total.at(kNotes), CapitalAmount::withCurrencyPrefix(year.totalStreetShare()));
        QVERIFY(total.at(kNotes).startsWith(QStringLiteral("人民币")));
    }

    void sizeClassesAndFlagsAreTheFinanceOfficesWords()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        const QList<QStringList> rows = readCsv([&] {
            const QString file = path(QStringLiteral("words.csv"));
            QString error;
            SubsidyListExport::writeCsv(year, file, &error);
            return file;
        }());
        QVERIFY(rows.size() > 2);
        for (int r = 1; r < rows.size() - 1; ++r) {
            const QString sizeClass = rows.at(r).at(4);
            QVERIFY2(sizeClass == QStringLiteral("规上") || sizeClass == QStringLiteral("限上")
                         || sizeClass == QStringLiteral("小微"),
                     qPrintable(sizeClass));
            QCOMPARE(rows.at(r).at(5), QStringLiteral("2025"));
            QVERIFY(rows.at(r).at(6).toInt() >= 1);
        }
        QCOMPARE(SubsidyListTable::flagsText(SubsidyFlag::ClassChanged | SubsidyFlag::LeftEarly),
                 QStringLiteral("规模类型变化；服务提前终止"));
        QCOMPARE(SubsidyListTable::flagsText(SubsidyFlag::PolicyChanged | SubsidyFlag::AgencyChanged
                                             | SubsidyFlag::ServiceIncomplete),
                 QStringLiteral("补助政策变化；服务机构变更；服务未完成"));
        QCOMPARE(SubsidyListTable::flagsText({}), QString());
    }

    void xlsxIsAWorkbook()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        const QString file = path(QStringLiteral("subsidies-2025.xlsx"));
        QString error;
        QVERIFY2(SubsidyListExport::write(year, kStreetName, file, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.startsWith("PK"));
        // Member names sit uncompressed in the zip's directory.
        QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
        f.close();

        // Title, unit and the draft mark above the header; the total in capitals and the signatures below.
        QList<QPair<QString, TextTable>> sheets;
        QVERIFY2(XlsxReader::readAll(file, ReadLimits(), &sheets, &error), qPrintable(error));
        const QList<QStringList>& rows = sheets.first().second.rows;
        QCOMPARE(rows.at(0).value(0), QStringLiteral("2025年度补助资金发放明细表"));
        QVERIFY(rows.at(1).value(0).contains(kStreetName));
        QCOMPARE(rows.at(1).value(0).contains(QStringLiteral("草稿")), !year.isConfirmed());
        QCOMPARE(rows.at(2).join(QLatin1Char(',')), kHeader);
        const int total = 3 + int(year.lines().size());
        QCOMPARE(rows.at(total).value(0), QStringLiteral("合计"));
        QCOMPARE(rows.at(total).value(kNotes), QString());
        QVERIFY(rows.at(total + 1).value(0).contains(CapitalAmount::withCurrencyPrefix(year.totalStreetShare())));
        QVERIFY(rows.last().value(0).contains(QStringLiteral("审核")));

        // A4 landscape, one page wide, the header row on every page, page x / y in the footer.
        ZipReader zip(file);
        QVERIFY2(zip.open(&error), qPrintable(error));
        QByteArray sheet;
        QByteArray workbook;
        QVERIFY2(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), 64 << 20, &sheet, &error), qPrintable(error));
        QVERIFY2(zip.read(QStringLiteral("xl/workbook.xml"), 1 << 20, &workbook, &error), qPrintable(error));
        QVERIFY(sheet.contains("paperSize=\"9\""));
        QVERIFY(sheet.contains("orientation=\"landscape\""));
        QVERIFY(sheet.contains("fitToHeight=\"0\""));
        QVERIFY(sheet.contains("<oddFooter>&amp;C"));
        QVERIFY(sheet.contains("&amp;P") && sheet.contains("&amp;N"));
        QVERIFY2(workbook.contains("_xlnm.Print_Titles") && workbook.contains("$3:$3"), workbook.constData());
    }

    void pdfHoldsRealChineseCharacters()
    {
        QVERIFY2(ReportFont::isPreferredFamilyInstalled(),
                 qPrintable(
                     QStringLiteral("none of the report fonts is installed (%1); on Debian install fonts-wqy-microhei")
                         .arg(ReportFont::preferredFamilies().join(QStringLiteral(", ")))));
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        const QString file = path(QStringLiteral("subsidies-2025.pdf"));
        QString error;
        QVERIFY2(SubsidyListExport::write(year, kStreetName, file, &error), qPrintable(error));

        // Empty when pdftotext could not be run: the test then fails, as nothing proves the Chinese is extractable.
        const QString text = PdfTools::text(file);
        if (text.isEmpty()) {
            QFAIL("pdftotext is needed to prove the PDF's Chinese is extractable: install poppler-utils.");
        }
        QVERIFY2(
            !hasKangxiRadical(text),
            "the PDF's text holds Kangxi radicals instead of Chinese characters: is fonts-wqy-microhei installed?");
        QVERIFY(text.contains(QStringLiteral("合计")));
        QVERIFY(text.contains(QStringLiteral("2025年度补助资金发放明细表")));
        QVERIFY(text.contains(kStreetName));
        const QString capitals = CapitalAmount::withCurrencyPrefix(year.totalStreetShare());
        QVERIFY2(text.contains(capitals), qPrintable(capitals));
        QVERIFY(text.contains(QStringLiteral("制表")));
        QVERIFY(text.contains(QStringLiteral("负责人")));

        // Several pages, each with its page number and the table's header row.
        const QRegularExpression pageOf(QStringLiteral("Page (\\d+) / (\\d+)"));
        QRegularExpressionMatchIterator it = pageOf.globalMatch(text);
        int pages = 0;
        int announced = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            ++pages;
            QCOMPARE(m.captured(1).toInt(), pages);
            announced = m.captured(2).toInt();
        }
        QVERIFY2(pages >= 2, "a 300-enterprise street's list takes more than one page");
        QCOMPARE(announced, pages);
        QCOMPARE(text.count(QStringLiteral("序号")), pages);

        // The Chinese font travels inside the file, so the list prints the same on the finance office's PC.
        const QString pdffonts = PdfTools::fonts(file);
        QVERIFY2(!pdffonts.isEmpty(), "pdffonts is needed to check the embedded font: install poppler-utils.");
        const QStringList lines = pdffonts.split(QLatin1Char('\n'));
        int fonts = 0;
        for (const QString& line : lines.mid(2)) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            ++fonts;
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type [encoding words] emb sub uni object ID: emb is the fifth field from the end.
            QVERIFY(fields.size() >= 6);
            QVERIFY2(fields.at(fields.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        QVERIFY(fonts > 0);
    }

    void formatIsChosenBySuffix()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        QString error;
        QVERIFY2(SubsidyListExport::write(year, kStreetName, path(QStringLiteral("UPPER.CSV")), &error),
                 qPrintable(error));
        QVERIFY(readCsv(path(QStringLiteral("UPPER.CSV"))).size() > 2);
        QVERIFY2(SubsidyListExport::write(year, kStreetName, path(QStringLiteral("Upper.Xlsx")), &error),
                 qPrintable(error));

        const QString refused = path(QStringLiteral("subsidies.txt"));
        QVERIFY(!SubsidyListExport::write(year, kStreetName, refused, &error));
        QVERIFY(error.contains(QStringLiteral(".csv")));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(!SubsidyListExport::write(year, kStreetName, path(QStringLiteral("no-suffix")), &error));

        QCOMPARE(SubsidyListExport::formatForPath(QStringLiteral("a.pdf")), SubsidyListExport::Format::Pdf);
        QCOMPARE(SubsidyListExport::formatForPath(QStringLiteral("a.PDF")), SubsidyListExport::Format::Pdf);
        QVERIFY(!SubsidyListExport::formatForPath(QStringLiteral("a.xls")));
    }

    void aFailedWriteSaysWhyAndLeavesNoFile()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        for (const QString& name : { QStringLiteral("a.csv"), QStringLiteral("a.xlsx"), QStringLiteral("a.pdf") }) {
            const QString target = path(QStringLiteral("missing-dir/") + name);
            QString error;
            QVERIFY2(!SubsidyListExport::write(year, kStreetName, target, &error), qPrintable(name));
            QVERIFY2(!error.isEmpty(), qPrintable(name));
            QVERIFY(!QFile::exists(target));
        }
    }

    // Runs last: it renames two enterprises of the demo street.
    void userTextStaysText()
    {
        const SubsidyYear before = SubsidyYear::load(m_db, 2025);
        QVERIFY(before.lines().size() > 2);
        EnterpriseRepository enterprises(m_db);
        std::optional<Enterprise> formula = enterprises.find(before.lines().at(0).enterpriseId);
        std::optional<Enterprise> markup = enterprises.find(before.lines().at(1).enterpriseId);
        QVERIFY(formula && markup);
        formula->name = kFormulaName;
        formula->bankAccountName = QStringLiteral("-1+2");
        markup->name = kMarkupName;
        QString error;
        QVERIFY2(enterprises.update(*formula, &error), qPrintable(error));
        QVERIFY2(enterprises.update(*markup, &error), qPrintable(error));

        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        const QString csvFile = path(QStringLiteral("injection.csv"));
        QVERIFY2(SubsidyListExport::write(year, kStreetName, csvFile, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(csvFile);
        QStringList names;
        QStringList accountNames;
        for (const QStringList& row : rows) {
            names << row.value(kName);
            accountNames << row.value(kAccountName);
        }
        QVERIFY(names.contains(QLatin1Char('\'') + kFormulaName));
        QVERIFY(!names.contains(kFormulaName));
        QVERIFY(accountNames.contains(QStringLiteral("'-1+2")));
        QVERIFY(names.contains(kMarkupName));
        // Amounts are the program's own figures and stay numbers, even if one were negative.
        QVERIFY(!rows.last().at(kStreet).startsWith(QLatin1Char('\'')));

        QVERIFY2(SubsidyListExport::write(year, kStreetName, path(QStringLiteral("injection.xlsx")), &error),
                 qPrintable(error));

        const QString pdfFile = path(QStringLiteral("injection.pdf"));
        QVERIFY2(SubsidyListExport::write(year, kStreetName, pdfFile, &error), qPrintable(error));
        const QString text = PdfTools::text(pdfFile);
        if (text.isEmpty()) {
            QFAIL("pdftotext is needed to read the PDF back: install poppler-utils.");
        }
        QVERIFY2(text.contains(kMarkupName), "markup in a name must print as its characters");
        QVERIFY(!hasKangxiRadical(text));
    }
};

QTEST_MAIN(TestSubsidyListExport)
#include "TestSubsidyListExport.moc"
