#include "Clock.h"
#include "DemoDatabase.h"
#include "PdfTools.h"
#include "TestStreet.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ReportTextRepository.h"
#include "demo/DemoGenerator.h"
#include "model/FixedChinese.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceTable.h"
#include "reports/ComplianceYear.h"
#include "reports/DashboardFigures.h"
#include "reports/EnterpriseFileDocument.h"
#include "reports/HazardTable.h"
#include "reports/HazardYear.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/QuarterProgressDocument.h"
#include "reports/RiskSection.h"
#include "reports/RiskTable.h"
#include "reports/RiskYear.h"
#include "reports/SealBlock.h"
#include "reports/SubsidyListExport.h"
#include "reports/SubsidyListTable.h"
#include "reports/SubsidyYear.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sl::core;

// The reports the clerk prints agree with the exports of the same file and date, and their PDFs carry
// real Chinese characters in an embedded font.
class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_today = QDate(2026, 11, 29);

    QList<QStringList> csv(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<QStringList> rows;
        for (const QString& line :
             QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            // Demo names have no commas or quotes; amounts in the subsidy list are plain figures.
            rows.append(line.split(QLatin1Char(',')));
        }
        return rows;
    }

    void checkPdf(const QTextDocument& document, const QString& title, const QStringList& sections, const QString& file)
    {
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY2(
            PdfDocumentWriter::write(document, title, QStringLiteral("锦北街道"), QPageLayout::Portrait, path, &error),
            qPrintable(error));
        const QString text = PdfTools::text(path);
        QVERIFY2(!text.isEmpty(), "poppler-utils (pdftotext, pdffonts) are needed to check the PDFs");
        for (const QString& section : sections) {
            QVERIFY2(text.contains(section), qPrintable(section));
        }
        for (const QChar c : text) {
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     "a radical (U+2E80-U+2FDF) instead of a real character");
        }
        const QString fonts = PdfTools::fonts(path);
        QVERIFY2(fonts.contains(QStringLiteral("CID TrueType")) && fonts.contains(QStringLiteral(" yes ")),
                 qPrintable(fonts));
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(m_today);
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("street.sqlite")), 150, 3, 5, m_today, &error),
                 qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_db.close();
        Clock::setToday(QDate());
    }

    // "Enterprises served" means owed anything in the year (Obligation::asksSomething), in the annual report as on
    // the dashboard: a service that ended on 1 January, begun the year before, owes nothing in the year.
    void servedMeansOwedSomethingInTheYear()
    {
        Database db;
        TestStreet street;
        street.open(db, m_dir.filePath(QStringLiteral("ended.sqlite")), QDate(2024, 6, 1), QDate(2025, 1, 1));
        QVERIFY(!ComplianceYear::load(db, 2025, 0, m_today).rows().isEmpty()); // on the list, every row 不适用
        const AnnualReport ended = AnnualReport::load(db, 2025, m_today);
        QCOMPARE(ended.enterprisesServed, 0);
        QVERIFY(ended.enterprises.isEmpty());
        QCOMPARE(DashboardFigures::compute(ComplianceYear::load(db, 2025, 0, m_today), 4).enterprisesServed, 0);
        const AnnualReport before = AnnualReport::load(db, 2024, m_today);
        QCOMPARE(before.enterprisesServed, 1);
        QCOMPARE(DashboardFigures::compute(ComplianceYear::load(db, 2024, 0, m_today), 4).enterprisesServed, 1);
    }

    void annualFiguresEqualTheExports()
    {
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        QString error;
        const QString compliance = m_dir.filePath(QStringLiteral("c.csv"));
        const QString hazards = m_dir.filePath(QStringLiteral("h.csv"));
        const QString subsidies = m_dir.filePath(QStringLiteral("s.csv"));
        QVERIFY(ComplianceTable::writeCsv(ComplianceYear::load(m_db, 2025, 0, m_today), compliance, &error));
        QVERIFY(HazardTable::writeCsv(HazardYear::load(m_db, 2025, m_today), hazards, &error));
        QVERIFY(SubsidyListExport::writeCsv(SubsidyYear::load(m_db, 2025), subsidies, &error));

        QSet<QString> served;
        int inspectionsDone = 0;
        for (const QStringList& row : csv(compliance).mid(1)) {
            // Served: a row that asks something (its status is not 不适用), as on the dashboard.
            if (row.at(8) != QStringLiteral("不适用")) {
                served.insert(row.at(1));
            }
            if (row.at(4) == QStringLiteral("安全检查")) {
                inspectionsDone += row.at(6).toInt();
            }
        }
        QCOMPARE(report.enterprisesServed, served.size());
        QCOMPARE(report.obligations.value(ObligationKind::Inspection).done, inspectionsDone);
        QCOMPARE(report.enterprises.size(), served.size());

        const QList<QStringList> hazardRows = csv(hazards).mid(1);
        int closed = 0;
        for (const QStringList& row : hazardRows) {
            closed += row.at(8) == QStringLiteral("已销号") ? 1 : 0;
        }
        QCOMPARE(report.hazards().found, hazardRows.size());
        QCOMPARE(report.hazards().closed, closed);
        QVERIFY(closed > 0 && closed < hazardRows.size());
        QCOMPARE(Scorecard::percentText(report.rectificationRate()),
                 QString::number(100.0 * closed / hazardRows.size(), 'f', 1) + QLatin1Char('%'));

        // The street's subsidy: the lines of the export add up to the report's total, as does its 合计 row.
        const QList<QStringList> subsidyRows = csv(subsidies);
        const int column = SubsidyListTable::header().indexOf(QStringLiteral("街道补助(元)"));
        QVERIFY(column > 0);
        qint64 fen = 0;
        for (const QStringList& row : subsidyRows.mid(1, subsidyRows.size() - 2)) {
            fen += qRound64(row.at(column).toDouble() * 100);
        }
        QCOMPARE(fen, report.subsidies.totalStreetShare().fen());
        QCOMPARE(qRound64(subsidyRows.last().at(column).toDouble() * 100), fen);

        // And the printed text shows the same figures.
        const auto document = AnnualReportDocument::build(report);
        const QString text = document->toPlainText();
        QVERIFY(text.contains(QStringLiteral("接受服务的企业 %1 家").arg(served.size())));
        QVERIFY(text.contains(QStringLiteral("已检查 %1 次").arg(inspectionsDone)));
        QVERIFY(text.contains(QStringLiteral("发现隐患 %1 处，已销号 %2 处").arg(hazardRows.size()).arg(closed)));
        QVERIFY(text.contains(QStringLiteral("整改率 %1").arg(Scorecard::percentText(report.rectificationRate()))));
        QVERIFY(text.contains(report.subsidies.totalStreetShare().toGroupedString()));
    }

    // 风险分级管控 in the annual report: the enterprises by level equal the `risks` table's (each enterprise at its
    // most serious point), every level of the demo street is there in its words, the 四色图 table has every
    // community with an assessment, and the other services are counted by kind — not among the obligations.
    void annualRiskPartAndOtherServices()
    {
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        const QList<QStringList> rows = RiskTable::rows(report.risks);
        QVERIFY(rows.size() > 20);
        QHash<QString, int> worst; // credit code -> most serious level, 0 low … 3 major
        const QStringList words = { QStringLiteral("低风险"), QStringLiteral("一般风险"), QStringLiteral("较大风险"),
                                    QStringLiteral("重大风险") };
        for (const QStringList& row : rows) {
            const int level = words.indexOf(row.at(10));
            QVERIFY2(level >= 0, qPrintable(row.at(10)));
            worst[row.at(1)] = std::max(worst.value(row.at(1), 0), level);
        }
        int byLevel[4] = { 0, 0, 0, 0 };
        for (int level : std::as_const(worst)) {
            ++byLevel[level];
        }
        for (int level = 0; level < 4; ++level) {
            QCOMPARE(report.risks.enterprisesAt(RiskLevel(level)), byLevel[level]);
            QVERIFY2(report.risks.pointsAt(RiskLevel(level)) > 0, qPrintable(words.at(level)));
        }
        QCOMPARE(report.risks.assessments().size(), worst.size());
        QSet<QString> communities;
        for (const RiskAssessment& a : report.risks.assessments()) {
            communities.insert(a.communityName);
        }
        QCOMPARE(report.risks.byCommunity().size(), communities.size());
        // The map's "enterprises / points" and the level table's counts are right-aligned figures.
        {
            QTextDocument scratch;
            const QString part = RiskSection::html(report.risks, scratch);
            const auto& first = report.risks.byCommunity().first();
            const QString cell = QStringLiteral("<td align=\"right\">%1 / %2</td>")
                                     .arg(first.enterprises[int(RiskLevel::Low)])
                                     .arg(first.points[int(RiskLevel::Low)]);
            QVERIFY2(part.contains(cell), qPrintable(cell));
            QVERIFY(!part.contains(QStringLiteral("<td>%1 / ").arg(first.enterprises[int(RiskLevel::Low)])));
        }

        const QString text = AnnualReportDocument::build(report)->toPlainText();
        QVERIFY(text.contains(RiskSection::title()));
        QVERIFY(text.contains(QStringLiteral("已完成风险辨识评估的企业 %1 家").arg(worst.size())));
        QVERIFY(text.contains(QStringLiteral("重大风险 %1 家").arg(byLevel[3])));
        QVERIFY(text.contains(QStringLiteral("各社区风险四色分布")));
        QVERIFY(text.contains(QStringLiteral("近 %1 天内未经安全检查").arg(RiskYear::kRecentInspectionDays)));

        QVERIFY(!report.otherServices.isEmpty());
        int services = 0;
        for (const auto& c : report.otherServices) {
            services += c.services;
        }
        QVERIFY(text.contains(QStringLiteral("其他专业服务 %1 次").arg(services)));
        // Never an obligation: the duties table lists the obligation kinds alone.
        for (ObligationKind kind : allObligationKinds()) {
            QVERIFY(!report.otherServices.first().kind.isEmpty());
            QVERIFY(FixedChinese::obligationKind(kind) != report.otherServices.first().kind);
        }
    }

    void clerksTextsAreKept()
    {
        QString error;
        AnnualReport::Texts texts;
        texts.typicalProblems = QStringLiteral("部分企业<b>消防通道</b>堆放杂物。\n第二行");
        texts.nextSteps = QStringLiteral("加强复查。");
        QVERIFY(ReportTextRepository(m_db).setAnnualTexts(2025, texts, &error));
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        QCOMPARE(report.texts.typicalProblems, texts.typicalProblems);
        const QString text = AnnualReportDocument::build(report)->toPlainText();
        QVERIFY(text.contains(QStringLiteral("部分企业<b>消防通道</b>堆放杂物。"))); // shown as typed, not as markup
        QVERIFY(!text.contains(QStringLiteral("（未填写）")));
        // The section left empty is left out; the others are numbered on.
        QVERIFY(!text.contains(QStringLiteral("存在不足")));
        QVERIFY(text.contains(QStringLiteral("五、典型问题")));
        QVERIFY(text.contains(QStringLiteral("六、下一步计划")));
        QCOMPARE(AnnualReportDocument::sectionTitles(report).size(), 7);
        // The street office closes it, with the date and room for its seal.
        QVERIFY(!report.streetName.isEmpty());
        QVERIFY(text.contains(SealBlock::officeName(report.streetName) + QStringLiteral("（盖章）")));
        QVERIFY(
            text.contains(QStringLiteral("%1年%2月%3日").arg(m_today.year()).arg(m_today.month()).arg(m_today.day())));
        QCOMPARE(ReportTextRepository(m_db).annualTexts(2024).typicalProblems, QString());
    }

    void pdfsHaveRealChineseInAnEmbeddedFont()
    {
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        checkPdf(*AnnualReportDocument::build(report), AnnualReportDocument::title(report),
                 AnnualReportDocument::sectionTitles(report), QStringLiteral("annual.pdf"));
        const Enterprise someone = EnterpriseRepository(m_db).list(false).first();
        const auto file = EnterpriseFileDocument::build(m_db, someone.id, 2025, m_today);
        QVERIFY(file);
        checkPdf(*file, EnterpriseFileDocument::title(someone.name, 2025), EnterpriseFileDocument::sectionTitles(),
                 QStringLiteral("enterprise.pdf"));
        checkPdf(*QuarterProgressDocument::build(m_db, 2026, 4, m_today, QStringLiteral("锦北街道")),
                 QuarterProgressDocument::title(2026, 4), QuarterProgressDocument::sectionTitles(),
                 QStringLiteral("quarter.pdf"));
    }

    void enterpriseFileShowsItsSubsidyLine()
    {
        const SubsidyYear subsidies = SubsidyYear::load(m_db, 2025);
        QVERIFY(!subsidies.lines().isEmpty());
        const SubsidyLine line = subsidies.lines().constLast();
        const auto file = EnterpriseFileDocument::build(m_db, line.enterpriseId, 2025, m_today);
        QVERIFY(file);
        const QString text = file->toPlainText();
        const qsizetype at = text.lastIndexOf(EnterpriseFileDocument::sectionTitles().constLast());
        QVERIFY(at >= 0);
        const QString section = text.mid(at); // the last section, 补助
        QVERIFY2(section.contains(line.serviceYearStart.toString(Qt::ISODate)), qPrintable(section));
        QVERIFY2(section.contains(line.fee.toGroupedString()), qPrintable(section));
        QVERIFY2(section.contains(line.streetShare.toGroupedString()), qPrintable(section));
        QVERIFY2(section.contains(line.enterpriseShare.toGroupedString()), qPrintable(section));
    }

    void printingCanBeCancelled()
    {
        const AnnualReport report = AnnualReport::load(m_db, 2025, m_today);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QString error;
        int calls = 0;
        const bool written
            = PdfDocumentWriter::write(*AnnualReportDocument::build(report), AnnualReportDocument::title(report),
                                       QString(), QPageLayout::Portrait, path, &error, [&calls](int page, int) {
                                           ++calls;
                                           return page < 1; // stop before the second page
                                       });
        QVERIFY(!written);
        QCOMPARE(calls, 2);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path)); // nothing half-written
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
