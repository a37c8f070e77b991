#include "RiskGrading.h"

namespace sl::core {

namespace {

bool refuse(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

QList<RiskGrading::Band> RiskGrading::defaultLecBands()
{
    return {
        { RiskLevel::Major, 320 * 1000, true },
        { RiskLevel::Considerable, 160 * 1000, false },
        { RiskLevel::General, 70 * 1000, false },
    };
}

QList<RiskGrading::Band> RiskGrading::defaultMatrixBands()
{
    return {
        { RiskLevel::Major, 20, false },
        { RiskLevel::Considerable, 15, false },
        { RiskLevel::General, 9, false },
    };
}

qint64 RiskGrading::lecScore(int lTenths, int eTenths, int cTenths)
{
    return qint64(lTenths) * eTenths * cTenths;
}

qint64 RiskGrading::matrixScore(int likelihood, int severity)
{
    return qint64(likelihood) * severity;
}

RiskLevel RiskGrading::levelOf(qint64 score, const QList<Band>& bands)
{
    for (const Band& b : bands) {
        if (b.exclusive ? score > b.minimum : score >= b.minimum) {
            return b.level;
        }
    }
    return RiskLevel::Low;
}

bool RiskGrading::grade(const RiskPoint& p, RiskLevel* level, QString* error)
{
    if (p.method == RiskMethod::Matrix) {
        if (p.likelihood < 1 || p.likelihood > 5 || p.severity < 1 || p.severity > 5) {
            return refuse(error, tr("The risk matrix needs a likelihood and a severity from 1 to 5."));
        }
        *level = levelOf(matrixScore(p.likelihood, p.severity), defaultMatrixBands());
        return true;
    }
    if (p.lTenths < 1 || p.lTenths > 100) {
        return refuse(error, tr("L (likelihood) must be between 0.1 and 10."));
    }
    if (p.eTenths < 5 || p.eTenths > 100) {
        return refuse(error, tr("E (exposure) must be between 0.5 and 10."));
    }
    if (p.cTenths < 10 || p.cTenths > 1000) {
        return refuse(error, tr("C (consequence) must be between 1 and 100."));
    }
    *level = levelOf(lecScore(p.lTenths, p.eTenths, p.cTenths), defaultLecBands());
    return true;
}

QString RiskGrading::tenthsText(int tenths)
{
    if (tenths % 10 == 0) {
        return QString::number(tenths / 10);
    }
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(qAbs(tenths % 10));
}

bool RiskGrading::tenthsFromText(const QString& text, int* tenths)
{
    const QString t = text.trimmed();
    const int dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > 1) {
        return false;
    }
    bool ok = true;
    const int w = whole.isEmpty() ? 0 : whole.toInt(&ok);
    if (!ok || w < 0 || w > 100000) {
        return false;
    }
    const int f = fraction.isEmpty() ? 0 : fraction.toInt(&ok);
    if (!ok || f < 0) {
        return false;
    }
    *tenths = w * 10 + f;
    return true;
}

QString RiskGrading::scoreText(const RiskPoint& p)
{
    if (p.method == RiskMethod::Matrix) {
        return QStringLiteral("R = %1 \u00d7 %2 = %3")
            .arg(p.likelihood)
            .arg(p.severity)
            .arg(matrixScore(p.likelihood, p.severity));
    }
    return QStringLiteral("D = %1 \u00d7 %2 \u00d7 %3 = %4")
        .arg(tenthsText(p.lTenths), tenthsText(p.eTenths), tenthsText(p.cTenths),
             lecScoreText(lecScore(p.lTenths, p.eTenths, p.cTenths)));
}

QString RiskGrading::lecScoreText(qint64 thousandths)
{
    QString text = QString::number(thousandths / 1000);
    if (thousandths % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0'))) {
            fraction.chop(1);
        }
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

} // namespace sl::core
