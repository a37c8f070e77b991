#include "FixedChinese.h"

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QString FixedChinese::hazardGrade(HazardGrade grade)
{
    return grade == HazardGrade::Major ? QStringLiteral("\u91cd\u5927\u9690\u60a3") // zhong da yin huan, major
                                       : QStringLiteral("\u4e00\u822c\u9690\u60a3"); // yi ban yin huan, general
}

bool FixedChinese::hazardGradeFromWord(const QString& word, HazardGrade* grade)
{
    const QString w = word.trimmed();
    for (HazardGrade g : { HazardGrade::General, HazardGrade::Major }) {
        const QString prefix = hazardGrade(g).left(2); // yi ban / zhong da
        if (w == hazardGrade(g) || w == prefix || w == prefix + QStringLiteral("\u4e8b\u6545\u9690\u60a3")) {
            *grade = g;
            return true;
        }
    }
    return false;
}

QString FixedChinese::hazardState(HazardState state)
{
    switch (state) {
    case HazardState::Registered:
        return QStringLiteral("\u767b\u8bb0"); // deng ji, registered
    case HazardState::Rectifying:
        return QStringLiteral("\u6574\u6539\u4e2d"); // zheng gai zhong, rectifying
    case HazardState::AwaitingRecheck:
        return QStringLiteral("\u5f85\u590d\u67e5"); // dai fu cha, awaiting re-check
    case HazardState::Closed:
        break;
    }
    return QStringLiteral("\u5df2\u9500\u53f7"); // yi xiao hao, closed
}

QString FixedChinese::inspector(Inspector inspector)
{
    switch (inspector) {
    case Inspector::Agency:
        return QStringLiteral("\u670d\u52a1\u673a\u6784\u68c0\u67e5"); // fu wu ji gou jian cha, agency's inspection
    case Inspector::Street:
        return QStringLiteral("\u8857\u9053\u68c0\u67e5"); // jie dao jian cha, the street's inspection
    case Inspector::Joint:
        break;
    }
    return QStringLiteral("\u8054\u5408\u68c0\u67e5"); // lian he jian cha, joint inspection
}

QString FixedChinese::supervision(Supervision supervision)
{
    switch (supervision) {
    case Supervision::None:
        return QStringLiteral("\u65e0"); // wu, none
    case Supervision::Supervised:
        return QStringLiteral("\u7763\u529e"); // du ban, supervised
    case Supervision::Listed:
        break;
    }
    return QStringLiteral("\u6302\u724c\u7763\u529e"); // gua pai du ban, listed supervision
}

QString FixedChinese::obligationKind(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::Survey:
        return QStringLiteral("\u5b9e\u5730\u9a8c\u573a"); // shi di yan chang, on-site survey
    case ObligationKind::Baseline:
        return QStringLiteral("\u57fa\u7840\u8d44\u6599"); // ji chu zi liao, baseline documents
    case ObligationKind::Inspection:
        return QStringLiteral("\u5b89\u5168\u68c0\u67e5"); // an quan jian cha, inspection
    case ObligationKind::Training:
        return QStringLiteral("\u5b89\u5168\u57f9\u8bad"); // an quan pei xun, training
    case ObligationKind::Drill:
        return QStringLiteral("\u5e94\u6025\u6f14\u7ec3"); // ying ji yan lian, drill
    case ObligationKind::RiskAssessment:
        return QStringLiteral("\u98ce\u9669\u8bc4\u4f30"); // feng xian ping gu, risk assessment
    case ObligationKind::YearEndReport:
        break;
    }
    return QStringLiteral("\u5e74\u5ea6\u62a5\u544a"); // nian du bao gao, year-end report
}

QString FixedChinese::obligationStatus(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Done:
        return QStringLiteral("\u5df2\u5b8c\u6210"); // yi wan cheng, done
    case ObligationStatus::NotYetDue:
        return QStringLiteral("\u672a\u5230\u671f"); // wei dao qi, not yet due
    case ObligationStatus::Overdue:
        return QStringLiteral("\u903e\u671f"); // yu qi, overdue
    case ObligationStatus::NotApplicable:
        break;
    }
    return QStringLiteral("\u4e0d\u9002\u7528"); // bu shi yong, not applicable
}

QString FixedChinese::appraisalGrade(AppraisalGrade grade)
{
    switch (grade) {
    case AppraisalGrade::Excellent:
        return QStringLiteral("\u4f18\u79c0"); // you xiu, excellent
    case AppraisalGrade::Qualified:
        return QStringLiteral("\u5408\u683c"); // he ge, qualified
    case AppraisalGrade::BasicallyQualified:
        return QStringLiteral("\u57fa\u672c\u5408\u683c"); // ji ben he ge, basically qualified
    case AppraisalGrade::Unqualified:
        break;
    }
    return QStringLiteral("\u4e0d\u5408\u683c"); // bu he ge, unqualified
}

QString FixedChinese::appraisalMeasure(AppraisalMeasure measure)
{
    switch (measure) {
    case AppraisalMeasure::InspectionCompletion:
        return QStringLiteral("\u5b89\u5168\u68c0\u67e5\u5b8c\u6210\u7387"); // an quan jian cha wan cheng lv
    case AppraisalMeasure::SurveyCompletion:
        return QStringLiteral("\u5b9e\u5730\u9a8c\u573a\u5b8c\u6210\u7387"); // shi di yan chang wan cheng lv
    case AppraisalMeasure::BaselineOnTime:
        return QStringLiteral(
            "\u57fa\u7840\u8d44\u6599\u6309\u65f6\u5b8c\u6210\u7387"); // ji chu zi liao an shi wan cheng lv
    case AppraisalMeasure::TrainingCompletion:
        return QStringLiteral("\u5b89\u5168\u57f9\u8bad\u5b8c\u6210\u7387"); // an quan pei xun wan cheng lv
    case AppraisalMeasure::DrillCompletion:
        return QStringLiteral("\u5e94\u6025\u6f14\u7ec3\u5b8c\u6210\u7387"); // ying ji yan lian wan cheng lv
    case AppraisalMeasure::RectificationRate:
        return QStringLiteral("\u6574\u6539\u7387"); // zheng gai lv
    case AppraisalMeasure::OnTimeRectificationRate:
        return QStringLiteral("\u6309\u671f\u6574\u6539\u7387"); // an qi zheng gai lv
    case AppraisalMeasure::YearEndReports:
        return QStringLiteral("\u5e74\u5ea6\u62a5\u544a\u5b8c\u6210\u7387"); // nian du bao gao wan cheng lv
    case AppraisalMeasure::EvaluationScore:
        return QStringLiteral("\u62bd\u67e5\u8bc4\u4ef7\u5f97\u5206"); // chou cha ping jia de fen
    case AppraisalMeasure::Interviews:
        return QStringLiteral("\u7ea6\u8c08"); // yue tan, interviews
    case AppraisalMeasure::Notices:
        break;
    }
    return QStringLiteral("\u901a\u62a5"); // tong bao, notices
}

QString FixedChinese::yes()
{
    return QStringLiteral("\u662f"); // shi
}

QString FixedChinese::no()
{
    return QStringLiteral("\u5426"); // fou
}

QString FixedChinese::riskLevel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return QStringLiteral("\u91cd\u5927\u98ce\u9669"); // zhong da feng xian, major risk
    case RiskLevel::Considerable:
        return QStringLiteral("\u8f83\u5927\u98ce\u9669"); // jiao da feng xian, considerable risk
    case RiskLevel::General:
        return QStringLiteral("\u4e00\u822c\u98ce\u9669"); // yi ban feng xian, general risk
    case RiskLevel::Low:
        break;
    }
    return QStringLiteral("\u4f4e\u98ce\u9669"); // di feng xian, low risk
}

QString FixedChinese::riskColour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return QStringLiteral("\u7ea2"); // hong, red
    case RiskLevel::Considerable:
        return QStringLiteral("\u6a59"); // cheng, orange
    case RiskLevel::General:
        return QStringLiteral("\u9ec4"); // huang, yellow
    case RiskLevel::Low:
        break;
    }
    return QStringLiteral("\u84dd"); // lan, blue
}

bool FixedChinese::riskLevelFromWord(const QString& word, RiskLevel* level)
{
    const QString w = word.trimmed();
    for (RiskLevel l : allRiskLevels()) {
        const QString full = riskLevel(l);
        if (w == full || w == full.chopped(2) || w == riskColour(l) + full.chopped(2)) {
            *level = l;
            return true;
        }
    }
    return false;
}

QString FixedChinese::riskMethod(RiskMethod method)
{
    return method == RiskMethod::Matrix ? QStringLiteral("\u98ce\u9669\u77e9\u9635") // feng xian ju zhen, matrix
                                        : QStringLiteral("LEC");
}

bool FixedChinese::riskMethodFromWord(const QString& word, RiskMethod* method)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.compare(QLatin1String("LEC"), Qt::CaseInsensitive) == 0) {
        *method = RiskMethod::Lec;
        return true;
    }
    if (w == riskMethod(RiskMethod::Matrix) || w == riskMethod(RiskMethod::Matrix) + QStringLiteral("\u6cd5")) {
        *method = RiskMethod::Matrix;
        return true;
    }
    return false;
}

} // namespace sl::core
