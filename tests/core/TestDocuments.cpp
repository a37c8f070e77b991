#include "Clock.h"
#include "DemoDatabase.h"
#include "PdfTools.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/SettingRepository.h"
#include "demo/DemoGenerator.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/EnterpriseFileDocument.h"
#include "reports/HazardNoticeDocument.h"
#include "reports/HtmlTable.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/QuarterProgressDocument.h"
#include "reports/ScorecardDocument.h"
#include "reports/ScorecardYear.h"
#include "reports/SealBlock.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyYear.h"
#include "rules/ChineseOrder.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace sl::core;

// Every document that leaves the office, written as a PDF in the locale the test runs in (registered for C and
// zh_CN.UTF-8): its text layer holds real characters, never the Kangxi radicals and radical supplements
// (U+2E80-U+2FDF) a CJK font's radical glyphs map to, and the words it should (安全生产, the bank names).
class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_today = QDate(2026, 11, 29);
    QString m_street;

    // The PDF's text; fails the test when it holds a radical or lacks a word.
    QString checkPdf(const QTextDocument& document, const QString& title, const QString& file, const QStringList& words)
    {
        const QString path = m_dir.filePath(file);
        QString error;
        if (!PdfDocumentWriter::write(document, title, m_street, QPageLayout::Portrait, path, &error)) {
            qWarning() << error;
            return QString();
        }
        return checkText(path, words);
    }

    QString checkText(const QString& path, const QStringList& words)
    {
        const QString text = PdfTools::text(path);
        if (text.isEmpty()) {
            qWarning() << "poppler-utils (pdftotext) are needed to read the PDFs back";
            return QString();
        }
        for (char32_t c : text.toUcs4()) {
            if (c >= 0x2E80 && c <= 0x2FDF) {
                qWarning() << path << "holds the radical" << QString::fromUcs4(&c, 1) << QString::number(uint(c), 16);
                return QString();
            }
        }
        // A long name may wrap in its cell: words are looked for in the text without its line breaks too.
        QString joined = text;
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& word : words) {
            if (!text.contains(word) && !joined.contains(word)) {
                qWarning() << path << "lacks" << word;
                return QString();
            }
        }
        return text;
    }

    // No heading is the last thing on its page: below it, before the footer, comes at least one line.
    static bool headingsHaveCompany(const QString& text, const QStringList& headings)
    {
        static const QRegularExpression footer(
            QStringLiteral("^(Generated|\\x{6253}\\x{5370}\\x{65f6}\\x{95f4}|Page \\d|\\x{7b2c} \\d)"));
        for (const QString& page : text.split(QLatin1Char('\f'))) {
            QStringList lines;
            for (const QString& line : page.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !footer.match(line.trimmed()).hasMatch()) {
                    lines << line.trimmed();
                }
            }
            for (const QString& heading : headings) {
                const qsizetype at = lines.indexOf(heading);
                if (at >= 0 && at == lines.size() - 1) {
                    qWarning() << "heading alone at the foot of a page:" << heading;
                    return false;
                }
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(m_today);
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("street.sqlite")), 150, 3, 7, m_today, &error),
                 qPrintable(error));
        m_street = SettingRepository(m_db).value(SettingRepository::Key::StreetName);
        QVERIFY(!m_street.isEmpty());
    }
    void cleanupTestCase()
    {
        m_db.close();
        Clock::setToday(QDate());
    }

    void annualReport()
    {
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        const QStringList sections = AnnualReportDocument::sectionTitles(report);
        QStringList words = sections;
        words << QStringLiteral("安全生产") << SealBlock::officeName(m_street) + QStringLiteral("（盖章）");
        const QString text = checkPdf(*AnnualReportDocument::build(report), AnnualReportDocument::title(report),
                                      QStringLiteral("annual.pdf"), words);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QStringLiteral("未填写")));
        QVERIFY(headingsHaveCompany(text, sections));
    }

    void enterpriseFile()
    {
        const Enterprise someone = EnterpriseRepository(m_db).list(false).first();
        const auto document = EnterpriseFileDocument::build(m_db, someone.id, 2025, m_today);
        QVERIFY(document);
        QStringList words = EnterpriseFileDocument::sectionTitles();
        words << someone.name << someone.creditCode;
        const QString text = checkPdf(*document, EnterpriseFileDocument::title(someone.name, 2025),
                                      QStringLiteral("enterprise.pdf"), words);
        QVERIFY(!text.isEmpty());
        QVERIFY(headingsHaveCompany(text, EnterpriseFileDocument::sectionTitles()));
    }

    void quarterList()
    {
        const auto document = QuarterProgressDocument::build(m_db, 2026, 4, m_today, m_street);
        QStringList words = QuarterProgressDocument::sectionTitles();
        words << QStringLiteral("安全检查") << QStringLiteral("联系人及电话") << QStringLiteral("所属社区");
        const QString text
            = checkPdf(*document, QuarterProgressDocument::title(2026, 4), QStringLiteral("quarter.pdf"), words);
        QVERIFY(!text.isEmpty());
        // Someone to ring: the phone numbers of enterprises not yet inspected are on the list.
        QVERIFY(QRegularExpression(QStringLiteral("1[3-9]\\d{9}")).match(text).hasMatch());
    }

    void scorecardSheets()
    {
        const ScorecardYear year = ScorecardYear::load(m_db, 2025, m_today);
        QStringList words = { QStringLiteral("安全生产"), QStringLiteral("考核人"), QStringLiteral("服务机构确认") };
        for (const Scorecard::Row& r : year.rows()) {
            words << year.agencyName(r.agencyId);
        }
        QVERIFY(!checkPdf(*ScorecardDocument::buildAll(year, m_street), ScorecardDocument::titleAll(2025),
                          QStringLiteral("scorecards.pdf"), words)
                     .isEmpty());
    }

    void subsidyList()
    {
        const SubsidyYear year = SubsidyYear::load(m_db, 2025);
        QVERIFY(year.lines().size() > 10);
        QSet<QString> banks;
        for (const SubsidyLine& l : year.lines()) {
            if (!l.bankName.isEmpty()) {
                banks.insert(l.bankName);
            }
        }
        QVERIFY(!banks.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("subsidies.pdf"));
        QString error;
        QVERIFY2(SubsidyListExport::write(year, m_street, path, &error), qPrintable(error));
        QStringList words(banks.begin(), banks.end());
        words << QStringLiteral("合计") << QStringLiteral("人民币");
        QVERIFY(!checkText(path, words).isEmpty());
    }

    void noticeAndRecheckOpinion()
    {
        qint64 open = 0;
        qint64 rechecked = 0;
        for (const Enterprise& e : EnterpriseRepository(m_db).list(false)) {
            if (open == 0 && !HazardNoticeDocument::openHazards(m_db, e.id).isEmpty()) {
                open = e.id;
            }
            if (rechecked == 0 && !HazardNoticeDocument::lastRechecked(m_db, e.id).isEmpty()) {
                rechecked = e.id;
            }
        }
        QVERIFY(open > 0 && rechecked > 0);
        const QList<qint64> hazards = HazardNoticeDocument::openHazards(m_db, open);
        const HazardNoticeDocument::Built notice
            = HazardNoticeDocument::build(m_db, HazardNoticeDocument::Kind::Rectification, hazards, m_today, m_street);
        QVERIFY2(notice.document, qPrintable(notice.error));
        QStringList words = { QStringLiteral("隐患整改通知书"), QStringLiteral("《中华人民共和国安全生产法》"),
                              QStringLiteral("签收"),           SealBlock::officeName(m_street),
                              SealBlock::chineseDate(m_today),  EnterpriseRepository(m_db).find(open)->name };
        for (qint64 id : hazards) {
            words << HazardRepository(m_db).find(id)->place; // short: a table cell wraps the longer texts
        }
        QVERIFY(!checkPdf(*notice.document, notice.title, QStringLiteral("notice.pdf"), words).isEmpty());

        const HazardNoticeDocument::Built opinion
            = HazardNoticeDocument::build(m_db, HazardNoticeDocument::Kind::Recheck,
                                          HazardNoticeDocument::lastRechecked(m_db, rechecked), m_today, m_street);
        QVERIFY2(opinion.document, qPrintable(opinion.error));
        QVERIFY(!checkPdf(*opinion.document, opinion.title, QStringLiteral("recheck.pdf"),
                          { QStringLiteral("复查意见书"), QStringLiteral("复查结论"), QStringLiteral("签收") })
                     .isEmpty());

        // Refused with the reason: a hazard never re-checked has no opinion, two enterprises no single notice.
        const HazardNoticeDocument::Built none = HazardNoticeDocument::build(m_db, HazardNoticeDocument::Kind::Recheck,
                                                                             { hazards.first() }, m_today, m_street);
        const std::optional<Hazard> first = HazardRepository(m_db).find(hazards.first());
        if (!first->recheckedOn.isValid()) {
            QVERIFY(!none.document);
            QVERIFY(none.error.contains(QStringLiteral("re-check")));
        }
        const QList<qint64> other = HazardNoticeDocument::lastRechecked(m_db, rechecked);
        if (rechecked != open) {
            const HazardNoticeDocument::Built mixed = HazardNoticeDocument::build(
                m_db, HazardNoticeDocument::Kind::Rectification, { hazards.first(), other.first() }, m_today, m_street);
            QVERIFY(!mixed.document);
        }
    }

    // Figures right-aligned, codes never broken, columns sized by their content.
    void tablesAlignFigures()
    {
        const QString html = HtmlTable::html(
            { QStringLiteral("服务机构"), QStringLiteral("代码"), QStringLiteral("企业数"), QStringLiteral("完成率") },
            { { QStringLiteral("华泰安全科技有限公司"), QStringLiteral("91330108MA2B3C4D5E"), QStringLiteral("76"),
                QStringLiteral("96.5%") },
              { QStringLiteral("合计"), QStringLiteral("—"), QStringLiteral("1,234"), QStringLiteral("—") } });
        QCOMPARE(html.count(QStringLiteral("<td align=\"right\"")), 4);
        QVERIFY(html.contains(QStringLiteral("<td style=\"white-space:nowrap\">91330108MA2B3C4D5E")));
        const QList<int> shares
            = HtmlTable::shares({ QStringLiteral("服务机构"), QStringLiteral("企业数") },
                                { { QStringLiteral("华泰安全科技有限公司"), QStringLiteral("76") } });
        QCOMPARE(shares.at(0) + shares.at(1), 100);
        QVERIFY(shares.at(0) > 2 * shares.at(1));
        // "enterprises / points" of the risk map counts as a figure; words around it do not.
        for (const QString& figure : { QStringLiteral("2 / 2"), QStringLiteral("0 / 0"), QStringLiteral("12 / 345") }) {
            QVERIFY2(HtmlTable::isFigure(figure), qPrintable(figure));
        }
        for (const QString& word : { QStringLiteral("2 / 2 家"), QStringLiteral("A / B"), QStringLiteral("2 /") }) {
            QVERIFY2(!HtmlTable::isFigure(word), qPrintable(word));
        }
        const QString map = HtmlTable::html({ QStringLiteral("社区"), QStringLiteral("重大风险") },
                                            { { QStringLiteral("锦北社区"), QStringLiteral("2 / 2") } });
        QVERIFY(map.contains(QStringLiteral("<td align=\"right\"")));
    }

    // Pinyin order (阿 北 城 …), whichever of the collator and GB18030's order gives it here.
    void namesInPinyinOrder()
    {
        const QStringList expected
            = { QStringLiteral("阿里"), QStringLiteral("安达"), QStringLiteral("北岭"), QStringLiteral("博远"),
                QStringLiteral("城西"), QStringLiteral("鼎盛"), QStringLiteral("恒达"), QStringLiteral("华泰"),
                QStringLiteral("锦北"), QStringLiteral("龙湾"), QStringLiteral("瑞丰"), QStringLiteral("天成"),
                QStringLiteral("新源"), QStringLiteral("永安"), QStringLiteral("中诚"), QStringLiteral("左岸") };
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        QStringList sorted = shuffled;
        std::sort(sorted.begin(), sorted.end(), ChineseOrder::less);
        QCOMPARE(sorted, expected);
        // The stand-in agrees, so Wine and a Qt without ICU print the same order.
        sorted = shuffled;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return ChineseOrder::compareByGb18030(a, b) < 0; });
        QCOMPARE(sorted, expected);

        // The annual report's appendix: within a community, enterprises in that order.
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        for (int i = 1; i < report.enterprises.size(); ++i) {
            const AnnualReport::EnterpriseLine& a = report.enterprises.at(i - 1);
            const AnnualReport::EnterpriseLine& b = report.enterprises.at(i);
            if (a.community == b.community) {
                QVERIFY2(ChineseOrder::compare(a.name, b.name) <= 0, qPrintable(a.name + QLatin1Char(' ') + b.name));
            }
        }
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
