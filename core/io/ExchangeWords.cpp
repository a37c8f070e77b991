#include "ExchangeWords.h"

#include "model/FixedChinese.h"
#include "model/HazardGrade.h"
#include "model/HazardState.h"
#include "model/Inspector.h"
#include "model/OccupationalHazardClass.h"
#include "model/ParticipationStatus.h"
#include "model/RecordKind.h"
#include "model/SizeClass.h"
#include "model/TargetCategory.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace sl::core {

namespace {

// The Chinese texts are written as escapes so that every compiler reads them alike.

const QList<std::pair<QString, QString>>& sheetNames()
{
    static const QList<std::pair<QString, QString>> names = {
        { QStringLiteral("community"), QStringLiteral("\u793e\u533a") }, // community
        { QStringLiteral("enterprise"), QStringLiteral("\u4f01\u4e1a") }, // enterprise
        { QStringLiteral("setting"), QStringLiteral("\u8bbe\u7f6e") }, // setting
        { QStringLiteral("agency"), QStringLiteral("\u670d\u52a1\u673a\u6784") }, // agency
        { QStringLiteral("expert"), QStringLiteral("\u4e13\u5bb6") }, // expert
        { QStringLiteral("contract"), QStringLiteral("\u670d\u52a1\u5408\u540c") }, // contract
        { QStringLiteral("coverage"), QStringLiteral("\u5408\u540c\u8986\u76d6\u4f01\u4e1a") }, // coverage
        { QStringLiteral("size_class_history"),
          QStringLiteral("\u89c4\u6a21\u7c7b\u578b\u53d8\u66f4") }, // size_class_history
        { QStringLiteral("subsidy_policy"), QStringLiteral("\u8865\u52a9\u653f\u7b56") }, // subsidy_policy
        { QStringLiteral("subsidy_confirmation"), QStringLiteral("\u8865\u52a9\u786e\u8ba4") }, // subsidy_confirmation
        { QStringLiteral("subsidy_line"), QStringLiteral("\u8865\u52a9\u660e\u7ec6") }, // subsidy_line
        { QStringLiteral("service_record"), QStringLiteral("\u670d\u52a1\u8bb0\u5f55") }, // service_record
        { QStringLiteral("service_record_expert"),
          QStringLiteral("\u670d\u52a1\u8bb0\u5f55\u4e13\u5bb6") }, // service_record_expert
        { QStringLiteral("baseline_document"), QStringLiteral("\u57fa\u7840\u8d44\u6599") }, // baseline_document
        { QStringLiteral("hazard"), QStringLiteral("\u9690\u60a3") }, // hazard
        { QStringLiteral("evidence"), QStringLiteral("\u8bc1\u636e\u6587\u4ef6") }, // evidence
        { QStringLiteral("hazard_event"), QStringLiteral("\u9690\u60a3\u5904\u7406\u8bb0\u5f55") }, // hazard_event
        { QStringLiteral("hazard_extension"), QStringLiteral("\u9690\u60a3\u5ef6\u671f") }, // hazard_extension
        { QStringLiteral("interview"), QStringLiteral("\u7ea6\u8c08\u901a\u62a5") }, // interview
        { QStringLiteral("interview_hazard"),
          QStringLiteral("\u7ea6\u8c08\u901a\u62a5\u9690\u60a3") }, // interview_hazard
        { QStringLiteral("certificate_type"), QStringLiteral("\u8bc1\u7167\u7c7b\u578b") }, // certificate_type
        { QStringLiteral("certificate"), QStringLiteral("\u8bc1\u7167") }, // certificate
        { QStringLiteral("evaluation"), QStringLiteral("\u62bd\u67e5\u8bc4\u4ef7") }, // evaluation
        { QStringLiteral("report_text"), QStringLiteral("\u62a5\u544a\u6587\u5b57") }, // report_text
        { QStringLiteral("audit"), QStringLiteral("\u64cd\u4f5c\u65e5\u5fd7") }, // audit
        { QStringLiteral("agency_return"), QStringLiteral("\u673a\u6784\u62a5\u9001") }, // agency_return
        { QStringLiteral("return_item"), QStringLiteral("\u62a5\u9001\u6761\u76ee") }, // return_item
        { QStringLiteral("appraisal_scheme"), QStringLiteral("\u8003\u6838\u7ec6\u5219") }, // appraisal_scheme
        { QStringLiteral("appraisal_item"), QStringLiteral("\u8003\u6838\u7ec6\u5219\u9879\u76ee") }, // appraisal_item
        { QStringLiteral("appraisal_confirmation"),
          QStringLiteral("\u8003\u6838\u786e\u8ba4") }, // appraisal_confirmation
        { QStringLiteral("appraisal_result"), QStringLiteral("\u8003\u6838\u7ed3\u679c") }, // appraisal_result
        { QStringLiteral("appraisal_point"), QStringLiteral("\u8003\u6838\u5f97\u5206") }, // appraisal_point
        { QStringLiteral("operator"), QStringLiteral("\u64cd\u4f5c\u4eba\u5458") }, // operator: cao zuo ren yuan
        // audit_acknowledgement: wai bu xiu gai que ren (the clerk's acknowledgement of writes made outside the
        // program)
        { QStringLiteral("audit_acknowledgement"), QStringLiteral("\u5916\u90e8\u4fee\u6539\u786e\u8ba4") },
        { QStringLiteral("risk_assessment"), QStringLiteral("\u98ce\u9669\u8bc4\u4f30") }, // risk_assessment
        { QStringLiteral("risk_point"), QStringLiteral("\u98ce\u9669\u70b9") }, // risk_point
        { QStringLiteral("service_kind"), QStringLiteral("\u5176\u4ed6\u670d\u52a1\u7c7b\u578b") }, // service_kind
        { QStringLiteral("other_service"), QStringLiteral("\u5176\u4ed6\u670d\u52a1\u8bb0\u5f55") }, // other_service
    };
    return names;
}

// Columns the exchange's first version had no name for, and the amounts in yuan.
const QHash<QString, QString>& moreNames()
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("credit_code_override"), QStringLiteral("\u4fe1\u7528\u4ee3\u7801\u4f8b\u5916") },
        // zi zhi, lian xi ren, lian xi dian hua, dao ru ren, bei zhu, fu cha ren, cao zuo lei bie, ri zhi bian hao,
        // que ren shi jian, shuo ming, zhi wu, mi ma (jia mi hou), zai yong
        { QStringLiteral("qualification"), QStringLiteral("\u8d44\u8d28") },
        { QStringLiteral("contact_person"), QStringLiteral("\u8054\u7cfb\u4eba") },
        { QStringLiteral("contact_phone"), QStringLiteral("\u8054\u7cfb\u7535\u8bdd") },
        { QStringLiteral("imported_by"), QStringLiteral("\u5bfc\u5165\u4eba") },
        { QStringLiteral("remark"), QStringLiteral("\u5907\u6ce8") },
        { QStringLiteral("rechecked_by"), QStringLiteral("\u590d\u67e5\u4eba") },
        { QStringLiteral("activity"), QStringLiteral("\u64cd\u4f5c\u7c7b\u522b") },
        { QStringLiteral("audit_id"), QStringLiteral("\u65e5\u5fd7\u7f16\u53f7") },
        { QStringLiteral("acknowledged_at"), QStringLiteral("\u786e\u8ba4\u65f6\u95f4") },
        { QStringLiteral("note"), QStringLiteral("\u8bf4\u660e") },
        { QStringLiteral("title"), QStringLiteral("\u804c\u52a1") },
        { QStringLiteral("password_hash"), QStringLiteral("\u5bc6\u7801\uff08\u52a0\u5bc6\u540e\uff09") },
        { QStringLiteral("active"), QStringLiteral("\u5728\u7528") },
        { QStringLiteral("credit_code_override_reason"),
          QStringLiteral("\u4fe1\u7528\u4ee3\u7801\u4f8b\u5916\u539f\u56e0") },
        { QStringLiteral("validity_months"), QStringLiteral("\u6709\u6548\u671f\uff08\u6708\uff09") },
        { QStringLiteral("review_months"), QStringLiteral("\u590d\u5ba1\u5468\u671f\uff08\u6708\uff09") },
        { QStringLiteral("specialty"), QStringLiteral("\u4e13\u4e1a") },
        { QStringLiteral("certificate"), QStringLiteral("\u8d44\u683c\u8bc1\u4e66") },
        { QStringLiteral("certificate_no"), QStringLiteral("\u8bc1\u4e66\u7f16\u53f7") },
        { QStringLiteral("certificate_expiry"), QStringLiteral("\u8bc1\u4e66\u6709\u6548\u671f\u81f3") },
        { QStringLiteral("phone"), QStringLiteral("\u7535\u8bdd") },
        { QStringLiteral("quarter"), QStringLiteral("\u5b63\u5ea6") },
        { QStringLiteral("file_name"), QStringLiteral("\u6587\u4ef6\u540d") },
        { QStringLiteral("sha256"), QStringLiteral("SHA-256") },
        { QStringLiteral("received_at"), QStringLiteral("\u63a5\u6536\u65f6\u95f4") },
        { QStringLiteral("status"), QStringLiteral("\u72b6\u6001") },
        { QStringLiteral("rows_imported"), QStringLiteral("\u5bfc\u5165\u884c\u6570") },
        { QStringLiteral("rows_refused"), QStringLiteral("\u62d2\u6536\u884c\u6570") },
        { QStringLiteral("summary"), QStringLiteral("\u6458\u8981") },
        { QStringLiteral("replaced_by"), QStringLiteral("\u88ab\u66ff\u6362\u4e3a") },
        { QStringLiteral("rows_added"), QStringLiteral("\u65b0\u589e\u884c\u6570") },
        { QStringLiteral("rows_withdrawn"), QStringLiteral("\u64a4\u56de\u884c\u6570") },
        { QStringLiteral("return_id"), QStringLiteral("\u62a5\u9001\u7f16\u53f7") },
        { QStringLiteral("sheet"), QStringLiteral("\u5de5\u4f5c\u8868") },
        { QStringLiteral("row_no"), QStringLiteral("\u884c\u53f7") },
        { QStringLiteral("target"), QStringLiteral("\u5bf9\u8c61") },
        { QStringLiteral("target_id"), QStringLiteral("\u5bf9\u8c61\u7f16\u53f7") },
        { QStringLiteral("fingerprint"), QStringLiteral("\u6307\u7eb9") },
        { QStringLiteral("undo"), QStringLiteral("\u64a4\u9500\u4fe1\u606f") },
        { QStringLiteral("line_no"), QStringLiteral("\u884c\u5e8f\u53f7") },
        { QStringLiteral("enterprise_name"), QStringLiteral("\u4f01\u4e1a\u540d\u79f0") },
        { QStringLiteral("community_name"), QStringLiteral("\u6240\u5c5e\u793e\u533a") },
        { QStringLiteral("service_year_start"), QStringLiteral("\u670d\u52a1\u5e74\u5ea6\u8d77") },
        { QStringLiteral("participation_year"), QStringLiteral("\u53c2\u4e0e\u5e74\u6b21") },
        { QStringLiteral("rule"), QStringLiteral("\u8ba1\u7b97\u89c4\u5219") },
        { QStringLiteral("flags"), QStringLiteral("\u6807\u8bb0") },
        { QStringLiteral("contact"), QStringLiteral("\u8054\u7cfb\u4eba") },
        { QStringLiteral("confirmed_at"), QStringLiteral("\u786e\u8ba4\u65f6\u95f4") },
        { QStringLiteral("confirmed_by"), QStringLiteral("\u786e\u8ba4\u4eba") },
        { QStringLiteral("line_count"), QStringLiteral("\u884c\u6570") },
        { QStringLiteral("reopened_at"), QStringLiteral("\u91cd\u65b0\u6253\u5f00\u65f6\u95f4") },
        { QStringLiteral("reopened_by"), QStringLiteral("\u91cd\u65b0\u6253\u5f00\u4eba") },
        { QStringLiteral("reopen_reason"), QStringLiteral("\u91cd\u65b0\u6253\u5f00\u539f\u56e0") },
        { QStringLiteral("completed_on"), QStringLiteral("\u5b8c\u6210\u65e5\u671f") },
        { QStringLiteral("evaluated_on"), QStringLiteral("\u8bc4\u4ef7\u65e5\u671f") },
        { QStringLiteral("score_tenths"), QStringLiteral("\u5f97\u5206\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("section"), QStringLiteral("\u7ae0\u8282") },
        { QStringLiteral("body"), QStringLiteral("\u6b63\u6587") },
        { QStringLiteral("requested_on"), QStringLiteral("\u7533\u8bf7\u65e5\u671f") },
        { QStringLiteral("new_deadline"), QStringLiteral("\u65b0\u671f\u9650") },
        { QStringLiteral("decision"), QStringLiteral("\u51b3\u5b9a") },
        { QStringLiteral("decided_on"), QStringLiteral("\u51b3\u5b9a\u65e5\u671f") },
        { QStringLiteral("decided_by"), QStringLiteral("\u51b3\u5b9a\u4eba") },
        { QStringLiteral("decision_remark"), QStringLiteral("\u51b3\u5b9a\u610f\u89c1") },
        { QStringLiteral("happened_on"), QStringLiteral("\u53d1\u751f\u65e5\u671f") },
        { QStringLiteral("from_state"), QStringLiteral("\u539f\u72b6\u6001") },
        { QStringLiteral("to_state"), QStringLiteral("\u65b0\u72b6\u6001") },
        { QStringLiteral("role"), QStringLiteral("\u7528\u9014") },
        { QStringLiteral("original_name"), QStringLiteral("\u539f\u6587\u4ef6\u540d") },
        { QStringLiteral("stored_name"), QStringLiteral("\u5b58\u50a8\u540d") },
        { QStringLiteral("size_bytes"), QStringLiteral("\u5927\u5c0f\uff08\u5b57\u8282\uff09") },
        { QStringLiteral("added_at"), QStringLiteral("\u6dfb\u52a0\u65f6\u95f4") },
        { QStringLiteral("held_on"), QStringLiteral("\u7ea6\u8c08\u65e5\u671f") },
        { QStringLiteral("people"), QStringLiteral("\u53c2\u52a0\u4eba\u5458") },
        { QStringLiteral("outcome"), QStringLiteral("\u7ed3\u679c") },
        { QStringLiteral("subsidised_years"), QStringLiteral("\u8865\u52a9\u5e74\u6570") },
        { QStringLiteral("partial_classes"), QStringLiteral("\u90e8\u5206\u8865\u52a9\u89c4\u6a21\u7c7b\u578b") },
        { QStringLiteral("full_classes"), QStringLiteral("\u5168\u989d\u8865\u52a9\u89c4\u6a21\u7c7b\u578b") },
        { QStringLiteral("effective_from"), QStringLiteral("\u751f\u6548\u65e5\u671f") },
        { QStringLiteral("listed_measures"), QStringLiteral("\u6302\u724c\u6574\u6539\u63aa\u65bd") },
        { QStringLiteral("listed_funds"), QStringLiteral("\u6302\u724c\u6574\u6539\u8d44\u91d1") },
        { QStringLiteral("listed_deadline"), QStringLiteral("\u6302\u724c\u6574\u6539\u671f\u9650") },
        { QStringLiteral("listed_responsible"), QStringLiteral("\u6302\u724c\u7763\u529e\u8d23\u4efb\u4eba") },
        { QStringLiteral("listed_plan"), QStringLiteral("\u5e94\u6025\u9884\u6848") },
        { QStringLiteral("delisted_on"), QStringLiteral("\u6458\u724c\u65e5\u671f") },
        { QStringLiteral("rechecked_on"), QStringLiteral("\u590d\u67e5\u65e5\u671f") },
        { QStringLiteral("close_reason"), QStringLiteral("\u9500\u53f7\u8bf4\u660e") },
        { QStringLiteral("fee_fen"), QStringLiteral("\u670d\u52a1\u8d39\uff08\u5143\uff09") },
        { QStringLiteral("street_fen"), QStringLiteral("\u8857\u9053\u8865\u52a9\uff08\u5143\uff09") },
        { QStringLiteral("enterprise_fen"), QStringLiteral("\u4f01\u4e1a\u627f\u62c5\uff08\u5143\uff09") },
        { QStringLiteral("street_share_fen"),
          QStringLiteral("\u8857\u9053\u8865\u52a9\u6807\u51c6\uff08\u5143\uff09") },
        { QStringLiteral("street_total_fen"),
          QStringLiteral("\u8857\u9053\u8865\u52a9\u5408\u8ba1\uff08\u5143\uff09") },
        { QStringLiteral("unit_price_fen"), QStringLiteral("\u5355\u4ef7\uff08\u5143\uff09") },
        { QStringLiteral("record_id"), QStringLiteral("\u8bb0\u5f55\u7f16\u53f7") },
        { QStringLiteral("assessed_on"), QStringLiteral("\u8bc4\u4f30\u65e5\u671f") },
        { QStringLiteral("assessors"), QStringLiteral("\u8bc4\u4f30\u4eba\u5458") },
        { QStringLiteral("hazard_factors"), QStringLiteral("\u5371\u9669\u6709\u5bb3\u56e0\u7d20") },
        { QStringLiteral("accident_type"), QStringLiteral("\u4e8b\u6545\u7c7b\u578b") },
        { QStringLiteral("method"), QStringLiteral("\u8bc4\u4f30\u65b9\u6cd5") },
        { QStringLiteral("l_tenths"), QStringLiteral("L\uff08\u5341\u5206\u4e4b\u4e00\uff09") },
        { QStringLiteral("e_tenths"), QStringLiteral("E\uff08\u5341\u5206\u4e4b\u4e00\uff09") },
        { QStringLiteral("c_tenths"), QStringLiteral("C\uff08\u5341\u5206\u4e4b\u4e00\uff09") },
        { QStringLiteral("likelihood"), QStringLiteral("\u53ef\u80fd\u6027") },
        { QStringLiteral("severity"), QStringLiteral("\u4e25\u91cd\u7a0b\u5ea6") },
        { QStringLiteral("level"), QStringLiteral("\u98ce\u9669\u7b49\u7ea7") },
        { QStringLiteral("source_row"), QStringLiteral("\u62a5\u9001\u884c\u53f7") },
        { QStringLiteral("risk_point_id"), QStringLiteral("\u98ce\u9669\u70b9\u7f16\u53f7") },
        { QStringLiteral("assessment_id"), QStringLiteral("\u98ce\u9669\u8bc4\u4f30\u7f16\u53f7") },
        { QStringLiteral("kind_id"), QStringLiteral("\u670d\u52a1\u7c7b\u578b\u7f16\u53f7") },
    };
    return names;
}

const QHash<QString, QString>& chineseNames()
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("id"), QStringLiteral("\u7f16\u53f7") },
        { QStringLiteral("name"), QStringLiteral("\u540d\u79f0") },
        { QStringLiteral("credit_code"), QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801") },
        { QStringLiteral("community_id"), QStringLiteral("\u793e\u533a\u7f16\u53f7") },
        { QStringLiteral("enterprise_id"), QStringLiteral("\u4f01\u4e1a\u7f16\u53f7") },
        { QStringLiteral("agency_id"), QStringLiteral("\u670d\u52a1\u673a\u6784\u7f16\u53f7") },
        { QStringLiteral("contract_id"), QStringLiteral("\u5408\u540c\u7f16\u53f7") },
        { QStringLiteral("expert_id"), QStringLiteral("\u4e13\u5bb6\u7f16\u53f7") },
        { QStringLiteral("hazard_id"), QStringLiteral("\u9690\u60a3\u7f16\u53f7") },
        { QStringLiteral("record_id"), QStringLiteral("\u8bb0\u5f55\u7f16\u53f7") },
        { QStringLiteral("inspection_id"), QStringLiteral("\u68c0\u67e5\u8bb0\u5f55\u7f16\u53f7") },
        { QStringLiteral("inspector"), QStringLiteral("\u68c0\u67e5\u65b9\u5f0f") }, // jian cha fang shi, who inspected
        { QStringLiteral("interview_id"), QStringLiteral("\u7ea6\u8c08\u7f16\u53f7") },
        { QStringLiteral("type_id"), QStringLiteral("\u8bc1\u7167\u7c7b\u578b\u7f16\u53f7") },
        { QStringLiteral("owner_id"), QStringLiteral("\u6240\u5c5e\u8bb0\u5f55\u7f16\u53f7") },
        { QStringLiteral("owner_kind"), QStringLiteral("\u6240\u5c5e\u8bb0\u5f55\u7c7b\u578b") },
        { QStringLiteral("landlord_id"), QStringLiteral("\u51fa\u79df\u65b9\u4f01\u4e1a\u7f16\u53f7") },
        { QStringLiteral("policy_id"), QStringLiteral("\u8865\u52a9\u653f\u7b56\u7f16\u53f7") },
        { QStringLiteral("confirmation_id"), QStringLiteral("\u786e\u8ba4\u7f16\u53f7") },
        { QStringLiteral("address"), QStringLiteral("\u5730\u5740") },
        { QStringLiteral("industry"), QStringLiteral("\u884c\u4e1a") },
        { QStringLiteral("legal_representative"), QStringLiteral("\u6cd5\u5b9a\u4ee3\u8868\u4eba") },
        { QStringLiteral("safety_contact"), QStringLiteral("\u5b89\u5168\u8054\u7cfb\u4eba") },
        { QStringLiteral("safety_contact_phone"), QStringLiteral("\u8054\u7cfb\u7535\u8bdd") },
        { QStringLiteral("employees"), QStringLiteral("\u4ece\u4e1a\u4eba\u6570") },
        { QStringLiteral("size_class"), QStringLiteral("\u89c4\u6a21\u7c7b\u578b") },
        { QStringLiteral("target_categories"), QStringLiteral("\u670d\u52a1\u5bf9\u8c61\u7c7b\u522b") },
        { QStringLiteral("occupational_hazard"), QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3\u7a0b\u5ea6") },
        { QStringLiteral("participation"), QStringLiteral("\u53c2\u4e0e\u72b6\u6001") },
        { QStringLiteral("join_date"), QStringLiteral("\u52a0\u5165\u65e5\u671f") },
        { QStringLiteral("bank_account_name"), QStringLiteral("\u6536\u6b3e\u6237\u540d") },
        { QStringLiteral("bank_name"), QStringLiteral("\u5f00\u6237\u94f6\u884c") },
        { QStringLiteral("bank_account"), QStringLiteral("\u8d26\u53f7") },
        { QStringLiteral("notes"), QStringLiteral("\u5907\u6ce8") },
        { QStringLiteral("archived"), QStringLiteral("\u5df2\u5f52\u6863") },
        { QStringLiteral("archived_at"), QStringLiteral("\u5f52\u6863\u65f6\u95f4") },
        { QStringLiteral("created_at"), QStringLiteral("\u521b\u5efa\u65f6\u95f4") },
        { QStringLiteral("updated_at"), QStringLiteral("\u4fee\u6539\u65f6\u95f4") },
        { QStringLiteral("sort_order"), QStringLiteral("\u6392\u5e8f") },
        { QStringLiteral("contract_no"), QStringLiteral("\u5408\u540c\u53f7") },
        { QStringLiteral("tender_lot"), QStringLiteral("\u6807\u6bb5") },
        { QStringLiteral("signed_on"), QStringLiteral("\u7b7e\u8ba2\u65e5\u671f") },
        { QStringLiteral("period_start"), QStringLiteral("\u670d\u52a1\u671f\u8d77") },
        { QStringLiteral("period_end"), QStringLiteral("\u670d\u52a1\u671f\u6b62") },
        { QStringLiteral("unit_price_fen"), QStringLiteral("\u5355\u4ef7\uff08\u5206\uff09") },
        { QStringLiteral("service_start"), QStringLiteral("\u670d\u52a1\u5f00\u59cb") },
        { QStringLiteral("service_end"), QStringLiteral("\u670d\u52a1\u7ed3\u675f") },
        { QStringLiteral("kind"), QStringLiteral("\u7c7b\u578b") },
        { QStringLiteral("done_on"), QStringLiteral("\u65e5\u671f") },
        { QStringLiteral("report_year"), QStringLiteral("\u62a5\u544a\u5e74\u5ea6") },
        { QStringLiteral("topic"), QStringLiteral("\u4e3b\u9898") },
        { QStringLiteral("content"), QStringLiteral("\u5185\u5bb9") },
        { QStringLiteral("people_count"), QStringLiteral("\u4eba\u6570") },
        { QStringLiteral("problems"), QStringLiteral("\u5b58\u5728\u95ee\u9898") },
        { QStringLiteral("measures"), QStringLiteral("\u63aa\u65bd") },
        { QStringLiteral("voided_at"), QStringLiteral("\u4f5c\u5e9f\u65f6\u95f4") },
        { QStringLiteral("void_reason"), QStringLiteral("\u4f5c\u5e9f\u539f\u56e0") },
        { QStringLiteral("found_on"), QStringLiteral("\u53d1\u73b0\u65e5\u671f") },
        { QStringLiteral("place"), QStringLiteral("\u90e8\u4f4d") },
        { QStringLiteral("description"), QStringLiteral("\u63cf\u8ff0") },
        { QStringLiteral("grade"), QStringLiteral("\u7b49\u7ea7") },
        { QStringLiteral("category"), QStringLiteral("\u7c7b\u522b") },
        { QStringLiteral("demand"), QStringLiteral("\u6574\u6539\u8981\u6c42") },
        { QStringLiteral("responsible"), QStringLiteral("\u8d23\u4efb\u4eba") },
        { QStringLiteral("deadline"), QStringLiteral("\u6574\u6539\u671f\u9650") },
        { QStringLiteral("state"), QStringLiteral("\u72b6\u6001") },
        { QStringLiteral("supervision"), QStringLiteral("\u7763\u529e") },
        { QStringLiteral("closed_on"), QStringLiteral("\u9500\u53f7\u65e5\u671f") },
        { QStringLiteral("year"), QStringLiteral("\u5e74\u5ea6") },
        { QStringLiteral("remarks"), QStringLiteral("\u610f\u89c1") },
        { QStringLiteral("reason"), QStringLiteral("\u539f\u56e0") },
        { QStringLiteral("number"), QStringLiteral("\u8bc1\u7167\u7f16\u53f7") },
        { QStringLiteral("holder"), QStringLiteral("\u6301\u8bc1\u4eba") },
        { QStringLiteral("issuer"), QStringLiteral("\u53d1\u8bc1\u673a\u5173") },
        { QStringLiteral("issued_on"), QStringLiteral("\u53d1\u8bc1\u65e5\u671f") },
        { QStringLiteral("expires_on"), QStringLiteral("\u6709\u6548\u671f\u81f3") },
        { QStringLiteral("key"), QStringLiteral("\u9879\u76ee") },
        { QStringLiteral("value"), QStringLiteral("\u503c") },
        { QStringLiteral("at"), QStringLiteral("\u65f6\u95f4") },
        { QStringLiteral("operator"), QStringLiteral("\u64cd\u4f5c\u4eba") },
        { QStringLiteral("table_name"), QStringLiteral("\u8868") },
        { QStringLiteral("action"), QStringLiteral("\u64cd\u4f5c") },
        { QStringLiteral("before"), QStringLiteral("\u4fee\u6539\u524d") },
        { QStringLiteral("after"), QStringLiteral("\u4fee\u6539\u540e") },
        { QStringLiteral("hash"), QStringLiteral("\u6821\u9a8c\u503c") },
        { QStringLiteral("from_year"), QStringLiteral("\u8d77\u59cb\u5e74\u5ea6") },
        { QStringLiteral("excellent_tenths"),
          QStringLiteral("\u4f18\u79c0\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("qualified_tenths"),
          QStringLiteral("\u5408\u683c\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("basic_tenths"),
          QStringLiteral("\u57fa\u672c\u5408\u683c\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("scheme_id"), QStringLiteral("\u8bc4\u5206\u7ec6\u5219\u7f16\u53f7") },
        { QStringLiteral("position"), QStringLiteral("\u5e8f\u53f7") },
        { QStringLiteral("measure"), QStringLiteral("\u8003\u6838\u9879\u76ee") },
        { QStringLiteral("weight_tenths"), QStringLiteral("\u5206\u503c\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("full_at_tenths"), QStringLiteral("\u6ee1\u5206\u7ebf") },
        { QStringLiteral("zero_at_tenths"), QStringLiteral("\u96f6\u5206\u7ebf") },
        { QStringLiteral("per_event_tenths"), QStringLiteral("\u6bcf\u6b21\u6263\u5206") },
        { QStringLiteral("full_when_empty"), QStringLiteral("\u65e0\u5e94\u5b8c\u6210\u9879\u5f97\u6ee1\u5206") },
        { QStringLiteral("as_of"), QStringLiteral("\u7edf\u8ba1\u622a\u81f3") },
        { QStringLiteral("agency_count"), QStringLiteral("\u673a\u6784\u6570") },
        { QStringLiteral("result_id"), QStringLiteral("\u8003\u6838\u7ed3\u679c\u7f16\u53f7") },
        { QStringLiteral("agency_name"), QStringLiteral("\u670d\u52a1\u673a\u6784") },
        { QStringLiteral("figures"), QStringLiteral("\u8003\u6838\u6570\u636e") },
        { QStringLiteral("total_tenths"), QStringLiteral("\u603b\u5206\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
        { QStringLiteral("figure"), QStringLiteral("\u5b8c\u6210\u60c5\u51b5") },
        { QStringLiteral("points_tenths"), QStringLiteral("\u5f97\u5206\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09") },
    };
    return names;
}

using Words = QList<std::pair<QString, QString>>; // stored value, word

Words yesNo()
{
    return { { QStringLiteral("0"), FixedChinese::no() }, { QStringLiteral("1"), FixedChinese::yes() } };
}

Words sizeClasses()
{
    // gui shang, xian shang, xiao wei: as the finance office's list and the enterprise import say them
    return { { sizeClassKey(SizeClass::Scale), QStringLiteral("\u89c4\u4e0a") },
             { sizeClassKey(SizeClass::AboveQuota), QStringLiteral("\u9650\u4e0a") },
             { sizeClassKey(SizeClass::SmallMicro), QStringLiteral("\u5c0f\u5fae") } };
}

Words hazardStates()
{
    Words w;
    for (HazardState s : allHazardStates()) {
        w.append({ hazardStateKey(s), FixedChinese::hazardState(s) });
    }
    return w;
}

// The table.column pairs written as words, each word standing for one stored value.
const QHash<QString, Words>& vocabulary()
{
    static const QHash<QString, Words> words = [] {
        QHash<QString, Words> w;
        w.insert(QStringLiteral("enterprise.size_class"), sizeClasses());
        w.insert(QStringLiteral("size_class_history.size_class"), sizeClasses());
        w.insert(QStringLiteral("subsidy_line.size_class"), sizeClasses());
        // can yu, wei can yu, tui chu
        w.insert(
            QStringLiteral("enterprise.participation"),
            { { participationStatusKey(ParticipationStatus::Participating), QStringLiteral("\u53c2\u4e0e") },
              { participationStatusKey(ParticipationStatus::NotParticipating), QStringLiteral("\u672a\u53c2\u4e0e") },
              { participationStatusKey(ParticipationStatus::Withdrawn), QStringLiteral("\u9000\u51fa") } });
        // wu, yi ban, jiao zhong, yan zhong
        w.insert(
            QStringLiteral("enterprise.occupational_hazard"),
            { { occupationalHazardClassKey(OccupationalHazardClass::None), QStringLiteral("\u65e0") },
              { occupationalHazardClassKey(OccupationalHazardClass::General), QStringLiteral("\u4e00\u822c") },
              { occupationalHazardClassKey(OccupationalHazardClass::RelativelyHeavy), QStringLiteral("\u8f83\u91cd") },
              { occupationalHazardClassKey(OccupationalHazardClass::Serious), QStringLiteral("\u4e25\u91cd") } });
        w.insert(QStringLiteral("enterprise.credit_code_override"), yesNo());
        w.insert(QStringLiteral("community.archived"), yesNo());
        w.insert(QStringLiteral("expert.archived"), yesNo());
        w.insert(QStringLiteral("certificate_type.archived"), yesNo());
        w.insert(QStringLiteral("operator.active"), yesNo());
        Words grades;
        for (HazardGrade g : { HazardGrade::General, HazardGrade::Major }) {
            grades.append({ hazardGradeKey(g), FixedChinese::hazardGrade(g) });
        }
        w.insert(QStringLiteral("hazard.grade"), grades);
        w.insert(QStringLiteral("hazard.state"), hazardStates());
        w.insert(QStringLiteral("hazard_event.from_state"), hazardStates());
        w.insert(QStringLiteral("hazard_event.to_state"), hazardStates());
        Words supervision;
        for (Supervision s : { Supervision::None, Supervision::Supervised, Supervision::Listed }) {
            supervision.append({ supervisionKey(s), FixedChinese::supervision(s) });
        }
        w.insert(QStringLiteral("hazard.supervision"), supervision);
        // shi di yan chang, an quan jian cha, an quan pei xun, ying ji yan lian, nian du bao gao
        w.insert(QStringLiteral("service_record.kind"),
                 { { recordKindKey(RecordKind::Survey), QStringLiteral("\u5b9e\u5730\u9a8c\u573a") },
                   { recordKindKey(RecordKind::Inspection), QStringLiteral("\u5b89\u5168\u68c0\u67e5") },
                   { recordKindKey(RecordKind::Training), QStringLiteral("\u5b89\u5168\u57f9\u8bad") },
                   { recordKindKey(RecordKind::Drill), QStringLiteral("\u5e94\u6025\u6f14\u7ec3") },
                   { recordKindKey(RecordKind::YearEndReport), QStringLiteral("\u5e74\u5ea6\u62a5\u544a") } });
        // fu wu ji gou jian cha, jie dao jian cha, lian he jian cha
        Words inspectors;
        for (Inspector i : allInspectors()) {
            inspectors.append({ inspectorKey(i), FixedChinese::inspector(i) });
        }
        w.insert(QStringLiteral("service_record.inspector"), inspectors);
        // yue tan, tong bao
        w.insert(QStringLiteral("interview.kind"),
                 { { QStringLiteral("interview"), QStringLiteral("\u7ea6\u8c08") },
                   { QStringLiteral("notice"), QStringLiteral("\u901a\u62a5") } });
        // fu wu ji lu, yin huan, ji chu zi liao
        w.insert(QStringLiteral("evidence.owner_kind"),
                 { { QStringLiteral("service_record"), QStringLiteral("\u670d\u52a1\u8bb0\u5f55") },
                   { QStringLiteral("hazard"), QStringLiteral("\u9690\u60a3") },
                   { QStringLiteral("baseline_document"), QStringLiteral("\u57fa\u7840\u8d44\u6599") } });
        return w;
    }();
    return words;
}

// Space-separated lists of size classes (the subsidy policy's classes).
bool isClassList(const QString& table, const QString& column)
{
    return table == QLatin1String("subsidy_policy")
        && (column == QLatin1String("partial_classes") || column == QLatin1String("full_classes"));
}

bool isCategories(const QString& table, const QString& column)
{
    return table == QLatin1String("enterprise") && column == QLatin1String("target_categories");
}

// The four target categories as the annual report names them; the enterprise import knows them by these words.
QStringList categoryWords()
{
    return { QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3\u8f83\u91cd\u53ca\u4ee5\u4e0a"),
             QStringLiteral("\u5b89\u5168\u7ba1\u7406\u80fd\u529b\u4e0d\u8db3\u7684\u5de5\u4e1a\u4f01\u4e1a"),
             QStringLiteral("\u51fa\u79df\u5382\u623f\u3001\u5927\u578b\u5e02\u573a"),
             QStringLiteral("\u6302\u724c\u7763\u529e\u91cd\u5927\u9690\u60a3\u5355\u4f4d") };
}

const QString kCategorySeparator = QStringLiteral("\uff1b");

QString nameOf(const QString& table, const QString& column)
{
    if (table == QLatin1String("enterprise")) {
        if (column == QLatin1String("name")) {
            return QStringLiteral("\u4f01\u4e1a\u540d\u79f0"); // qi ye ming cheng, as the import reads it
        }
        if (column == QLatin1String("community_id")) {
            return QStringLiteral("\u6240\u5c5e\u793e\u533a"); // suo shu she qu: the community's name
        }
    }
    const QString more = moreNames().value(column);
    return more.isEmpty() ? chineseNames().value(column, column) : more;
}

} // namespace

QString ExchangeWords::sheetName(const QString& table)
{
    for (const auto& [key, name] : sheetNames()) {
        if (key == table) {
            return name;
        }
    }
    return table;
}

QString ExchangeWords::tableOfSheet(const QString& sheet, int* part)
{
    static const QRegularExpression continued(QStringLiteral("^(.+) \\((\\d+)\\)$"));
    const QRegularExpressionMatch m = continued.match(sheet);
    const QString base = m.hasMatch() ? m.captured(1) : sheet;
    if (part) {
        *part = m.hasMatch() ? m.captured(2).toInt() : 1;
    }
    for (const auto& [key, name] : sheetNames()) {
        if (name == base || key == base) {
            return key;
        }
    }
    return base;
}

QString ExchangeWords::header(const QString& table, const QString& column)
{
    return nameOf(table, column);
}

QString ExchangeWords::columnOf(const QString& table, const QStringList& columns, const QString& header, bool* yuan)
{
    *yuan = false;
    const QString h = header.trimmed();
    for (const QString& column : columns) {
        if (nameOf(table, column) == h
            || nameOf(table, column) + QStringLiteral("\uff08") + column + QStringLiteral("\uff09") == h) {
            *yuan = column.endsWith(QLatin1String("_fen"));
            return column;
        }
    }
    // An earlier version's "名称（name）", in fen; or the key itself.
    static const QRegularExpression key(QStringLiteral("\uff08([a-z0-9_]+)\uff09$"));
    const QRegularExpressionMatch m = key.match(h);
    const QString column = m.hasMatch() ? m.captured(1) : h;
    return columns.contains(column) ? column : QString();
}

bool ExchangeWords::hasWords(const QString& table, const QString& column)
{
    return vocabulary().contains(table + QLatin1Char('.') + column) || isClassList(table, column)
        || isCategories(table, column);
}

QString ExchangeWords::toWords(const QString& table, const QString& column, const QString& stored)
{
    if (isClassList(table, column)) {
        QStringList words;
        for (const QString& key : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString word = toWords(table, QStringLiteral("size_class"), key);
            if (word == key) {
                return stored; // not a list of known classes: as it is
            }
            words << word;
        }
        return words.join(QLatin1Char(' ')) == QString() ? stored : words.join(QLatin1Char(' '));
    }
    if (isCategories(table, column)) {
        bool ok = false;
        const int bits = stored.toInt(&ok);
        if (!ok || bits < 0 || (bits & ~kAllTargetCategoryBits) != 0 || QString::number(bits) != stored) {
            return stored;
        }
        if (bits == 0) {
            return QStringLiteral("\u65e0"); // wu, none
        }
        QStringList words;
        const QList<TargetCategory> all = allTargetCategories();
        for (int i = 0; i < all.size(); ++i) {
            if (bits & int(all.at(i))) {
                words << categoryWords().at(i);
            }
        }
        return words.join(kCategorySeparator);
    }
    const QString key = table == QLatin1String("subsidy_policy") && column == QLatin1String("size_class")
        ? QStringLiteral("enterprise.size_class")
        : table + QLatin1Char('.') + column;
    for (const auto& [value, word] : vocabulary().value(key)) {
        if (value == stored) {
            return word;
        }
    }
    return stored;
}

QString ExchangeWords::fromWords(const QString& table, const QString& column, const QString& cell)
{
    if (isClassList(table, column)) {
        QStringList keys;
        for (const QString& word : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = fromWords(QStringLiteral("subsidy_policy"), QStringLiteral("size_class"), word);
            if (key == word) {
                return cell;
            }
            keys << key;
        }
        return keys.isEmpty() ? cell : keys.join(QLatin1Char(' '));
    }
    if (isCategories(table, column)) {
        if (cell == QStringLiteral("\u65e0")) {
            return QStringLiteral("0");
        }
        int bits = 0;
        const QList<TargetCategory> all = allTargetCategories();
        for (const QString& word : cell.split(kCategorySeparator)) {
            const int at = static_cast<int>(categoryWords().indexOf(word));
            if (at < 0) {
                return cell; // not the export's words: as it is
            }
            bits |= int(all.at(at));
        }
        return QString::number(bits);
    }
    const QString key = table == QLatin1String("subsidy_policy") && column == QLatin1String("size_class")
        ? QStringLiteral("enterprise.size_class")
        : table + QLatin1Char('.') + column;
    for (const auto& [value, word] : vocabulary().value(key)) {
        if (word == cell) {
            return value;
        }
    }
    return cell;
}

} // namespace sl::core
