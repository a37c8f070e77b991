#include "AppSettings.h"
#include "Clock.h"
#include "DatabaseFixture.h"
#include "DemoDatabase.h"
#include "GuiTest.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureCard.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "model/DomainText.h"
#include "reports/AnnualReport.h"
#include "reports/RiskYear.h"
#include "rules/ChineseOrder.h"
#include "scorecard/ScorecardPage.h"

#include <QChartView>
#include <QDir>
#include <QFontMetrics>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace sl::core;
using namespace sl::ui;

// The dashboard's risk card, chart and 四色图 tab on a demo street: the card counts the 重大 / 较大 enterprises of
// the assessments in force, a click on it narrows "needs attention" to the serious points without a recent
// inspection, and the community tab shows every community with its levels in their colours and words.
class TestDashboardRisks : public QObject, private DatabaseFixture
{
    Q_OBJECT

private:
    const QDate m_today = QDate(2026, 11, 20);

private slots:
    void initTestCase()
    {
        Clock::setToday(m_today);
        openDemo(QStringLiteral("street.sqlite"), 120, 3, 3, m_today);
    }
    void cleanupTestCase()
    {
        m_db.close();
        Clock::setToday(QDate());
    }

    void riskCardChartAndMap()
    {
        DashboardPage page(m_db);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 60000);
        const RiskYear risks = RiskYear::load(m_db, 2026, m_today);
        const int major = risks.enterprisesAt(RiskLevel::Major);
        QVERIFY(major > 0);
        auto* card = page.findChild<FigureCard*>(QStringLiteral("riskCard"));
        QVERIFY(card);
        QCOMPARE(card->figure(),
                 QStringLiteral("%1 / %2").arg(major).arg(risks.enterprisesAt(RiskLevel::Considerable)));

        const int unwatched = static_cast<int>(risks.unwatched().size());
        QVERIFY(unwatched > 0);
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("groupTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->count() - 1);
        QVERIFY(card->isVisible());
        QTest::mouseClick(card, Qt::LeftButton);
        QTableWidget* attention = page.attentionTable();
        QCOMPARE(attention->rowCount(), std::min(unwatched, 500));
        const QStringList serious
            = { DomainText::riskLevel(RiskLevel::Major), DomainText::riskLevel(RiskLevel::Considerable) };
        for (int row = 0; row < attention->rowCount(); ++row) {
            QVERIFY2(serious.contains(attention->item(row, 3)->text()), qPrintable(attention->item(row, 3)->text()));
        }

        auto* chart = page.findChild<QChartView*>(QStringLiteral("riskChart"));
        QVERIFY(chart && chart->chart());
        QVERIFY(chart->chart()->title().contains(m_today.toString(Qt::ISODate)));

        auto* map = page.findChild<QTableWidget*>(QStringLiteral("riskCommunityTable"));
        QVERIFY(map);
        QVERIFY(map->isVisible() && chart->isVisible());
        QCOMPARE(map->rowCount(), static_cast<int>(risks.byCommunity().size()));
        // Column 1 is 重大: a community with a major enterprise shows it in red, with its figures as text.
        bool sawRed = false;
        for (int row = 0; row < map->rowCount(); ++row) {
            QTableWidgetItem* cell = map->item(row, 1);
            if (!cell->text().startsWith(QLatin1String("0 /"))) {
                QCOMPARE(cell->background().color(), riskLevelColor(RiskLevel::Major));
                sawRed = true;
            }
        }
        QVERIFY(sawRed);

        saveShot(&page, QStringLiteral("issue21-dashboard.png"));
    }

    // The agencies' and communities' tables open sorted by name in pinyin order, and a click on the header keeps it.
    void groupTablesInPinyinOrder()
    {
        DashboardPage page(m_db);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 60000);
        for (const char* name : { "agencyTable", "communityTable" }) {
            auto* table = page.findChild<QTableWidget*>(QLatin1String(name));
            QVERIFY(table);
            QVERIFY(table->rowCount() > 1);
            for (int row = 1; row < table->rowCount(); ++row) {
                const QString before = table->item(row - 1, 0)->text();
                const QString after = table->item(row, 0)->text();
                QVERIFY2(ChineseOrder::compare(before, after) <= 0, qPrintable(before + QStringLiteral(" / ") + after));
            }
        }
    }

    // One label, one figure: the dashboard's and the scorecard's columns with the same words show the same number
    // for each agency (the enterprises served this year, the inspections done of those due so far).
    void sameLabelSameFigureOnDashboardAndScorecard()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        DashboardPage dashboard(m_db);
        dashboard.show();
        ScorecardPage scorecards(m_db, settings);
        scorecards.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scorecards));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isComputing(), 60000);
        auto* left = dashboard.findChild<QTableWidget*>(QStringLiteral("agencyTable"));
        auto* right = scorecards.findChild<QTableWidget*>(QStringLiteral("scorecardTable"));
        QVERIFY(left && right);
        const auto column = [](QTableWidget* t, const QString& label) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->horizontalHeaderItem(c)->text() == label) {
                    return c;
                }
            }
            return -1;
        };
        int compared = 0;
        for (const QString& label : { DomainText::enterprisesServedThisYear(), DomainText::inspectionsDoneSoFar() }) {
            const int a = column(left, label);
            const int b = column(right, label);
            QVERIFY2(a >= 0 && b >= 0, qPrintable(label));
            for (int row = 0; row < left->rowCount(); ++row) {
                const QString agency = left->item(row, 0)->text();
                const QList<QTableWidgetItem*> found = right->findItems(agency, Qt::MatchExactly);
                QVERIFY2(!found.isEmpty(), qPrintable(agency));
                QCOMPARE(right->item(found.first()->row(), b)->text(), left->item(row, a)->text());
                ++compared;
            }
        }
        QVERIFY(compared >= 4);
        // The heading says the same label with the annual report's figure.
        const QString heading = dashboard.findChild<QLabel*>(QStringLiteral("dashboardHeading"))->text();
        const int served = AnnualReport::load(m_db, m_today.year(), m_today).enterprisesServed;
        QVERIFY(served > 0);
        const QRegularExpression labelAndFigure(QRegularExpression::escape(DomainText::enterprisesServedThisYear())
                                                + QStringLiteral("\\D*%1(\\D|$)").arg(served));
        QVERIFY2(labelAndFigure.match(heading).hasMatch(), qPrintable(heading));
    }

    // "393 / 49" shows whole in a card of any width: narrower cards take a smaller font, a wide one the full size.
    void figureFitsItsCard()
    {
        FigureCard card(QStringLiteral("testCard"), QStringLiteral("Inspected this quarter"));
        card.setFigure(QStringLiteral("393 / 49"), QStringLiteral("detail"), Qt::black);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto* figure = card.findChild<QLabel*>(QStringLiteral("testCardFigure"));
        QVERIFY(figure);
        qreal widest = 0;
        for (const int width : { 600, 160, 110, 80, 60 }) {
            card.resize(width, card.height());
            QCoreApplication::processEvents();
            const int needed = QFontMetrics(figure->font()).horizontalAdvance(figure->text());
            QVERIFY2(needed <= figure->contentsRect().width(),
                     qPrintable(QStringLiteral("card %1 px: text %2 px in %3 px")
                                    .arg(width)
                                    .arg(needed)
                                    .arg(figure->contentsRect().width())));
            if (width == 600) {
                widest = figure->font().pointSizeF();
            }
        }
        QVERIFY(figure->font().pointSizeF() < widest);
        card.resize(600, card.height());
        QCoreApplication::processEvents();
        QCOMPARE(figure->font().pointSizeF(), widest);
    }

    // A two-line detail keeps two lines' height however little height the card is offered.
    void wrappedDetailIsNotCut()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* card = new FigureCard(QStringLiteral("testCard"), QStringLiteral("Inspected this quarter"));
        layout->addWidget(card);
        auto* table = new QTableWidget(20, 3);
        layout->addWidget(table, 1);
        card->setFigure(QStringLiteral("2915"), QStringLiteral("67 % of the inspections due this quarter"), Qt::black);
        window.resize(130, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        for (QLabel* label : card->findChildren<QLabel*>()) {
            if (label->wordWrap()) {
                const int lines = label->heightForWidth(label->contentsRect().width());
                QVERIFY2(label->contentsRect().height() >= lines,
                         qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                        .arg(label->text())
                                        .arg(lines)
                                        .arg(label->contentsRect().height())));
            }
        }
    }

    // On the dashboard itself, at the laptop's width and narrower, no card's figure is cut.
    void dashboardFiguresShowWhole()
    {
        DashboardPage page(m_db);
        // 1130×690 is the page in a maximised window on a 1366×768 screen: the rows share little height.
        for (const QSize size : { QSize(1366, 768), QSize(1130, 690), QSize(1100, 700), QSize(900, 600) }) {
            page.resize(size);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 60000);
            QCoreApplication::processEvents();
            const QList<FigureCard*> cards = page.findChildren<FigureCard*>();
            QVERIFY(cards.size() >= 9);
            for (FigureCard* card : cards) {
                if (!card->isVisible()) {
                    continue;
                }
                auto* figure = card->findChild<QLabel*>(card->objectName() + QStringLiteral("Figure"));
                QVERIFY(figure);
                QVERIFY(!figure->text().isEmpty());
                const int needed = QFontMetrics(figure->font()).horizontalAdvance(figure->text());
                QVERIFY2(needed <= figure->contentsRect().width(),
                         qPrintable(QStringLiteral("%1 at %2 px: %3 needs %4 px, has %5")
                                        .arg(card->objectName())
                                        .arg(size.width())
                                        .arg(figure->text())
                                        .arg(needed)
                                        .arg(figure->contentsRect().width())));
                // The caption and the detail too: a wrapped label is as tall as its lines, not cut to one.
                for (QLabel* label : card->findChildren<QLabel*>()) {
                    if (label->wordWrap() && !label->text().isEmpty()) {
                        const int lines = label->heightForWidth(label->contentsRect().width());
                        QVERIFY2(label->contentsRect().height() >= lines,
                                 qPrintable(QStringLiteral("%1 at %2 px: \"%3\" needs %4 px, has %5")
                                                .arg(card->objectName())
                                                .arg(size.width())
                                                .arg(label->text())
                                                .arg(lines)
                                                .arg(label->contentsRect().height())));
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestDashboardRisks)
#include "TestDashboardRisks.moc"
