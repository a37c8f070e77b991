#include "model/RiskAssessment.h"
#include "rules/RiskGrading.h"

#include <QTest>

using sl::core::RiskAssessment;
using sl::core::RiskGrading;
using sl::core::RiskLevel;
using sl::core::RiskMethod;
using sl::core::RiskPoint;

namespace {

RiskPoint lec(int l, int e, int c)
{
    RiskPoint p;
    p.place = QStringLiteral("press shop");
    p.method = RiskMethod::Lec;
    p.lTenths = l;
    p.eTenths = e;
    p.cTenths = c;
    return p;
}

RiskPoint matrix(int likelihood, int severity)
{
    RiskPoint p;
    p.place = QStringLiteral("paint store");
    p.method = RiskMethod::Matrix;
    p.likelihood = likelihood;
    p.severity = severity;
    return p;
}

} // namespace

// The LEC bands (D > 320 major; 160 <= D <= 320 considerable; 70 <= D < 160 general; D < 70 low) and the 5 x 5
// matrix (R >= 20 major; 15-19 considerable; 9-14 general; <= 8 low), each boundary on both sides.
class TestRiskGrading : public QObject
{
    Q_OBJECT

private slots:
    void lecBands_data()
    {
        QTest::addColumn<qint64>("dThousandths");
        QTest::addColumn<int>("level");
        const auto row = [](const char* name, qint64 d, RiskLevel level) { QTest::newRow(name) << d << int(level); };
        row("D 0.001 low", 1, RiskLevel::Low);
        row("D 69.999 low", 69999, RiskLevel::Low);
        row("D 70 general (boundary)", 70000, RiskLevel::General);
        row("D 159.999 general", 159999, RiskLevel::General);
        row("D 160 considerable (boundary)", 160000, RiskLevel::Considerable);
        row("D 320 considerable (boundary, not above 320)", 320000, RiskLevel::Considerable);
        row("D 320.001 major", 320001, RiskLevel::Major);
        row("D 10000 major", 10000000, RiskLevel::Major);
    }
    void lecBands()
    {
        QFETCH(qint64, dThousandths);
        QFETCH(int, level);
        QCOMPARE(int(RiskGrading::levelOf(dThousandths, RiskGrading::defaultLecBands())), level);
    }

    // Whole points through grade(): L, E, C in tenths as the LEC tables give them.
    void lecPoints_data()
    {
        QTest::addColumn<int>("l");
        QTest::addColumn<int>("e");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 x 6 x 7 = 42 low")
            << 10 << 60 << 70 << int(RiskLevel::Low) << QStringLiteral("D = 1 \u00d7 6 \u00d7 7 = 42");
        QTest::newRow("1 x 10 x 7 = 70 general")
            << 10 << 100 << 70 << int(RiskLevel::General) << QStringLiteral("D = 1 \u00d7 10 \u00d7 7 = 70");
        QTest::newRow("3 x 6 x 7 = 126 general")
            << 30 << 60 << 70 << int(RiskLevel::General) << QStringLiteral("D = 3 \u00d7 6 \u00d7 7 = 126");
        QTest::newRow("1 x 4 x 40 = 160 considerable (figures chosen to hit the boundary)")
            << 10 << 40 << 400 << int(RiskLevel::Considerable) << QStringLiteral("D = 1 \u00d7 4 \u00d7 40 = 160");
        QTest::newRow("6 x 3 x 15 = 270 considerable")
            << 60 << 30 << 150 << int(RiskLevel::Considerable) << QStringLiteral("D = 6 \u00d7 3 \u00d7 15 = 270");
        QTest::newRow("2 x 4 x 40 = 320 considerable (figures chosen to hit the boundary)")
            << 20 << 40 << 400 << int(RiskLevel::Considerable) << QStringLiteral("D = 2 \u00d7 4 \u00d7 40 = 320");
        QTest::newRow("6 x 6 x 15 = 540 major")
            << 60 << 60 << 150 << int(RiskLevel::Major) << QStringLiteral("D = 6 \u00d7 6 \u00d7 15 = 540");
        QTest::newRow("0.5 x 0.5 x 1 = 0.25 low")
            << 5 << 5 << 10 << int(RiskLevel::Low) << QStringLiteral("D = 0.5 \u00d7 0.5 \u00d7 1 = 0.25");
        QTest::newRow("0.1 x 10 x 40 = 40 low")
            << 1 << 100 << 400 << int(RiskLevel::Low) << QStringLiteral("D = 0.1 \u00d7 10 \u00d7 40 = 40");
    }
    void lecPoints()
    {
        QFETCH(int, l);
        QFETCH(int, e);
        QFETCH(int, c);
        QFETCH(int, level);
        QFETCH(QString, text);
        RiskLevel got = RiskLevel::Low;
        QString error;
        const RiskPoint p = lec(l, e, c);
        QVERIFY2(RiskGrading::grade(p, &got, &error), qPrintable(error));
        QCOMPARE(int(got), level);
        QCOMPARE(RiskGrading::scoreText(p), text);
    }

    void matrixBands_data()
    {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("level");
        QTest::newRow("1 x 1 = 1 low") << 1 << 1 << int(RiskLevel::Low);
        QTest::newRow("2 x 4 = 8 low (boundary)") << 2 << 4 << int(RiskLevel::Low);
        QTest::newRow("3 x 3 = 9 general (boundary)") << 3 << 3 << int(RiskLevel::General);
        QTest::newRow("3 x 4 = 12 general") << 3 << 4 << int(RiskLevel::General);
        QTest::newRow("3 x 5 = 15 considerable (boundary)") << 3 << 5 << int(RiskLevel::Considerable);
        QTest::newRow("4 x 4 = 16 considerable") << 4 << 4 << int(RiskLevel::Considerable);
        QTest::newRow("4 x 5 = 20 major (boundary)") << 4 << 5 << int(RiskLevel::Major);
        QTest::newRow("5 x 5 = 25 major") << 5 << 5 << int(RiskLevel::Major);
    }
    void matrixBands()
    {
        QFETCH(int, likelihood);
        QFETCH(int, severity);
        QFETCH(int, level);
        RiskLevel got = RiskLevel::Low;
        QString error;
        QVERIFY2(RiskGrading::grade(matrix(likelihood, severity), &got, &error), qPrintable(error));
        QCOMPARE(int(got), level);
        QCOMPARE(int(RiskGrading::levelOf(RiskGrading::matrixScore(likelihood, severity),
                                          RiskGrading::defaultMatrixBands())),
                 level);
    }

    // Figures outside the method's range are refused with the reason, not graded.
    void refused_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::newRow("L missing") << int(RiskMethod::Lec) << 0 << 60 << 70;
        QTest::newRow("L above 10") << int(RiskMethod::Lec) << 101 << 60 << 70;
        QTest::newRow("E below 0.5") << int(RiskMethod::Lec) << 10 << 4 << 70;
        QTest::newRow("C above 100") << int(RiskMethod::Lec) << 10 << 60 << 1001;
        QTest::newRow("matrix likelihood 0") << int(RiskMethod::Matrix) << 0 << 3 << 0;
        QTest::newRow("matrix severity 6") << int(RiskMethod::Matrix) << 3 << 6 << 0;
    }
    void refused()
    {
        QFETCH(int, method);
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, c);
        const RiskPoint p = RiskMethod(method) == RiskMethod::Matrix ? matrix(a, b) : lec(a, b, c);
        RiskLevel got = RiskLevel::Low;
        QString error;
        QVERIFY(!RiskGrading::grade(p, &got, &error));
        QVERIFY(!error.isEmpty());
    }

    void tenthsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("tenths");
        QTest::newRow("3") << QStringLiteral("3") << true << 30;
        QTest::newRow("0.5") << QStringLiteral("0.5") << true << 5;
        QTest::newRow(".2") << QStringLiteral(".2") << true << 2;
        QTest::newRow("100") << QStringLiteral("100") << true << 1000;
        QTest::newRow("0.25 too fine") << QStringLiteral("0.25") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
        QTest::newRow("word") << QStringLiteral("high") << false << 0;
        QTest::newRow("negative") << QStringLiteral("-1") << false << 0;
    }
    void tenthsText()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, tenths);
        int got = 0;
        QCOMPARE(RiskGrading::tenthsFromText(text, &got), ok);
        if (ok) {
            QCOMPARE(got, tenths);
            QCOMPARE(RiskGrading::tenthsFromText(RiskGrading::tenthsText(got), &got), true);
            QCOMPARE(got, tenths);
        }
    }

    // The enterprise's level is its most serious point's.
    void overallLevel()
    {
        RiskAssessment a;
        QCOMPARE(int(a.overallLevel()), int(RiskLevel::Low));
        for (RiskLevel level : { RiskLevel::General, RiskLevel::Major, RiskLevel::Low, RiskLevel::Considerable }) {
            RiskPoint p;
            p.level = level;
            a.points.append(p);
        }
        QCOMPARE(int(a.overallLevel()), int(RiskLevel::Major));
        a.points.removeAt(1);
        QCOMPARE(int(a.overallLevel()), int(RiskLevel::Considerable));
    }
};

QTEST_APPLESS_MAIN(TestRiskGrading)
#include "TestRiskGrading.moc"
