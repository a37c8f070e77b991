#pragma once

#include "model/RiskPoint.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

// Grades a risk point from its method's figures. The thresholds are data (bands), not literals in the code:
// the default LEC table is the common one (D > 320 重大; 160 ≤ D ≤ 320 较大; 70 ≤ D < 160 一般; D < 70 低),
// the default 5 × 5 matrix R = likelihood × severity: R ≥ 20 重大, 15-19 较大, 9-14 一般, ≤ 8 低.
class RiskGrading
{
    Q_DECLARE_TR_FUNCTIONS(RiskGrading)

public:
    // A level and the least score that reaches it: score ≥ minimum, or score > minimum when `exclusive`.
    // Scores are in the method's unit × scale (LEC: D × 1000, matrix: R × 1).
    struct Band
    {
        RiskLevel level = RiskLevel::Low;
        qint64 minimum = 0;
        bool exclusive = false;
    };
    // Most serious first; a score below every band is Low.
    static QList<Band> defaultLecBands();
    static QList<Band> defaultMatrixBands();

    // D × 1000 from L, E, C in tenths.
    static qint64 lecScore(int lTenths, int eTenths, int cTenths);
    static qint64 matrixScore(int likelihood, int severity);
    static RiskLevel levelOf(qint64 score, const QList<Band>& bands);

    // The point's level by its method and the default bands; false with the reason when a figure is missing
    // or out of the method's range (L 0.1-10, E 0.5-10, C 1-100; likelihood and severity 1-5).
    static bool grade(const RiskPoint& point, RiskLevel* level, QString* error);
    // "D = 6 × 3 × 15 = 270" in plain figures, "R = 4 × 5 = 20" for the matrix.
    static QString scoreText(const RiskPoint& point);
    // D from D × 1000, without trailing zeros: 270000 -> "270", 250 -> "0.25".
    static QString lecScoreText(qint64 thousandths);
    // A figure in tenths as the tables write it: 30 -> "3", 5 -> "0.5".
    static QString tenthsText(int tenths);
    // "0.5" -> 5; false when the text is not a number with at most one decimal.
    static bool tenthsFromText(const QString& text, int* tenths);
};

} // namespace sl::core
