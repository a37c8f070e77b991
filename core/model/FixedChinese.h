#pragma once

#include "AppraisalGrade.h"
#include "AppraisalMeasure.h"
#include "HazardGrade.h"
#include "HazardState.h"
#include "Inspector.h"
#include "Obligation.h"
#include "RiskLevel.h"
#include "RiskMethod.h"

#include <QString>

namespace sl::core {

// The fixed Chinese words of the street's files and printed forms (the compliance, hazards and
// scorecard exports, the agencies' return workbook, the annual report, the enterprise file): one
// definition each, so a file the program writes reads back with the same words. Not translated: they
// are a file format, the same whatever the interface language.
class FixedChinese
{
public:
    static QString hazardGrade(HazardGrade grade); // 一般隐患 / 重大隐患
    // The words above, and the short (一般 / 重大) and full (一般事故隐患 / 重大事故隐患) forms a person
    // may type.
    static bool hazardGradeFromWord(const QString& word, HazardGrade* grade);
    static QString hazardState(HazardState state); // 登记 / 整改中 / 待复查 / 已销号
    static QString supervision(Supervision supervision); // 无 / 督办 / 挂牌督办
    static QString obligationKind(ObligationKind kind); // 实地验场 / 基础资料 / 安全检查 / …
    static QString obligationStatus(ObligationStatus status); // 已完成 / 未到期 / 逾期 / 不适用
    static QString appraisalGrade(AppraisalGrade grade); // 优秀 / 合格 / 基本合格 / 不合格
    static QString appraisalMeasure(AppraisalMeasure measure); // 安全检查完成率 / … / 通报
    static QString riskLevel(RiskLevel level); // 重大风险 / 较大风险 / 一般风险 / 低风险
    static QString riskColour(RiskLevel level); // 红 / 橙 / 黄 / 蓝
    static bool riskLevelFromWord(const QString& word, RiskLevel* level); // 重大 or 重大风险, …
    static QString riskMethod(RiskMethod method); // LEC / 风险矩阵
    static bool riskMethodFromWord(const QString& word, RiskMethod* method);
    // Who inspected, where a hazard's agency is shown: 服务机构检查 / 街道检查 / 联合检查.
    static QString inspector(Inspector inspector);
    static QString yes(); // 是
    static QString no(); // 否
};

} // namespace sl::core
