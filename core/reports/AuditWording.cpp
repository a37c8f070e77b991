#include "AuditWording.h"

#include "model/BaselineKind.h"
#include "model/DomainText.h"
#include "model/HazardGrade.h"
#include "model/HazardState.h"
#include "model/Money.h"
#include "model/OccupationalHazardClass.h"
#include "model/ParticipationStatus.h"
#include "model/RecordKind.h"
#include "model/SizeClass.h"
#include "model/TargetCategory.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sl::core {

namespace {

enum class Format {
    Text,
    Money,
    Date,
    Time,
    YesNo,
    SizeClass,
    Occupational,
    Participation,
    Categories,
    HazardState,
    HazardGrade,
    Supervision,
    RecordKind,
    BaselineKind,
    Enterprise,
    Agency,
    Community,
    Contract,
    CertificateType,
    Hazard,
    Tenths,
    HazardStep,
    InterviewKind,
    Password,
    ReportSection,
    Decision,
    Record,
};

struct Field
{
    const char* column;
    const char* label; // the form's label (English source, translated in AuditWording's context)
    Format format;
};

// What each table's form shows, in the form's order. Columns not listed (ids, timestamps) are not shown.
const QHash<QString, std::vector<Field>>& fields()
{
    static const QHash<QString, std::vector<Field>> all = {
        { QStringLiteral("enterprise"),
          { { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "credit_code", QT_TRANSLATE_NOOP("AuditWording", "Credit code"), Format::Text },
            { "credit_code_override", QT_TRANSLATE_NOOP("AuditWording", "Keep code despite check character"),
              Format::YesNo },
            { "credit_code_override_reason", QT_TRANSLATE_NOOP("AuditWording", "Reason"), Format::Text },
            { "community_id", QT_TRANSLATE_NOOP("AuditWording", "Community"), Format::Community },
            { "size_class", QT_TRANSLATE_NOOP("AuditWording", "Size class"), Format::SizeClass },
            { "target_categories", QT_TRANSLATE_NOOP("AuditWording", "Target categories"), Format::Categories },
            { "occupational_hazard", QT_TRANSLATE_NOOP("AuditWording", "Occupational hazard"), Format::Occupational },
            { "landlord_id", QT_TRANSLATE_NOOP("AuditWording", "Landlord"), Format::Enterprise },
            { "participation", QT_TRANSLATE_NOOP("AuditWording", "Participation"), Format::Participation },
            { "join_date", QT_TRANSLATE_NOOP("AuditWording", "Join date"), Format::Date },
            { "industry", QT_TRANSLATE_NOOP("AuditWording", "Industry"), Format::Text },
            { "address", QT_TRANSLATE_NOOP("AuditWording", "Address"), Format::Text },
            { "employees", QT_TRANSLATE_NOOP("AuditWording", "Employees"), Format::Text },
            { "legal_representative", QT_TRANSLATE_NOOP("AuditWording", "Legal representative"), Format::Text },
            { "safety_contact", QT_TRANSLATE_NOOP("AuditWording", "Safety contact"), Format::Text },
            { "safety_contact_phone", QT_TRANSLATE_NOOP("AuditWording", "Phone"), Format::Text },
            { "bank_account_name", QT_TRANSLATE_NOOP("AuditWording", "Account name"), Format::Text },
            { "bank_name", QT_TRANSLATE_NOOP("AuditWording", "Bank"), Format::Text },
            { "bank_account", QT_TRANSLATE_NOOP("AuditWording", "Account number"), Format::Text },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text },
            { "archived_at", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::Time } } },
        { QStringLiteral("agency"),
          { { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "credit_code", QT_TRANSLATE_NOOP("AuditWording", "Credit code"), Format::Text },
            { "qualification", QT_TRANSLATE_NOOP("AuditWording", "Qualification"), Format::Text },
            { "contact_person", QT_TRANSLATE_NOOP("AuditWording", "Contact person"), Format::Text },
            { "contact_phone", QT_TRANSLATE_NOOP("AuditWording", "Phone"), Format::Text },
            { "address", QT_TRANSLATE_NOOP("AuditWording", "Address"), Format::Text },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text },
            { "archived_at", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::Time } } },
        { QStringLiteral("expert"),
          { { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "specialty", QT_TRANSLATE_NOOP("AuditWording", "Specialty"), Format::Text },
            { "certificate", QT_TRANSLATE_NOOP("AuditWording", "Certificate"), Format::Text },
            { "certificate_no", QT_TRANSLATE_NOOP("AuditWording", "Certificate number"), Format::Text },
            { "certificate_expiry", QT_TRANSLATE_NOOP("AuditWording", "Certificate expires"), Format::Date },
            { "phone", QT_TRANSLATE_NOOP("AuditWording", "Phone"), Format::Text },
            { "archived", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::YesNo } } },
        { QStringLiteral("community"),
          { { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "sort_order", QT_TRANSLATE_NOOP("AuditWording", "Order"), Format::Text },
            { "archived", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::YesNo } } },
        { QStringLiteral("contract"),
          { { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "contract_no", QT_TRANSLATE_NOOP("AuditWording", "Contract number"), Format::Text },
            { "tender_lot", QT_TRANSLATE_NOOP("AuditWording", "Tender lot"), Format::Text },
            { "signed_on", QT_TRANSLATE_NOOP("AuditWording", "Signed on"), Format::Date },
            { "period_start", QT_TRANSLATE_NOOP("AuditWording", "Service from"), Format::Date },
            { "period_end", QT_TRANSLATE_NOOP("AuditWording", "Service to"), Format::Date },
            { "unit_price_fen", QT_TRANSLATE_NOOP("AuditWording", "Fee per enterprise"), Format::Money },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text },
            { "archived_at", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::Time } } },
        { QStringLiteral("coverage"),
          { { "contract_id", QT_TRANSLATE_NOOP("AuditWording", "Contract"), Format::Contract },
            { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "service_start", QT_TRANSLATE_NOOP("AuditWording", "Service from"), Format::Date },
            { "service_end", QT_TRANSLATE_NOOP("AuditWording", "Service to"), Format::Date },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text } } },
        { QStringLiteral("size_class_history"),
          { { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "effective_from", QT_TRANSLATE_NOOP("AuditWording", "New class applies from"), Format::Date },
            { "size_class", QT_TRANSLATE_NOOP("AuditWording", "Size class"), Format::SizeClass } } },
        { QStringLiteral("certificate"),
          { { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "type_id", QT_TRANSLATE_NOOP("AuditWording", "Type"), Format::CertificateType },
            { "number", QT_TRANSLATE_NOOP("AuditWording", "Number"), Format::Text },
            { "holder", QT_TRANSLATE_NOOP("AuditWording", "Holder"), Format::Text },
            { "issuer", QT_TRANSLATE_NOOP("AuditWording", "Issued by"), Format::Text },
            { "issued_on", QT_TRANSLATE_NOOP("AuditWording", "Issued on"), Format::Date },
            { "expires_on", QT_TRANSLATE_NOOP("AuditWording", "Expires on"), Format::Date },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text },
            { "archived_at", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::Time } } },
        { QStringLiteral("certificate_type"),
          { { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "validity_months", QT_TRANSLATE_NOOP("AuditWording", "Valid for (months)"), Format::Text },
            { "review_months", QT_TRANSLATE_NOOP("AuditWording", "Review every (months)"), Format::Text },
            { "archived", QT_TRANSLATE_NOOP("AuditWording", "Archived"), Format::YesNo } } },
        { QStringLiteral("hazard"),
          { { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "inspection_id", QT_TRANSLATE_NOOP("AuditWording", "Inspection"), Format::Record },
            { "found_on", QT_TRANSLATE_NOOP("AuditWording", "Found on"), Format::Date },
            { "place", QT_TRANSLATE_NOOP("AuditWording", "Place"), Format::Text },
            { "description", QT_TRANSLATE_NOOP("AuditWording", "Description"), Format::Text },
            { "grade", QT_TRANSLATE_NOOP("AuditWording", "Grade"), Format::HazardGrade },
            { "category", QT_TRANSLATE_NOOP("AuditWording", "Category"), Format::Text },
            { "demand", QT_TRANSLATE_NOOP("AuditWording", "Rectification demanded"), Format::Text },
            { "responsible", QT_TRANSLATE_NOOP("AuditWording", "Responsible person"), Format::Text },
            { "deadline", QT_TRANSLATE_NOOP("AuditWording", "Deadline"), Format::Date },
            { "state", QT_TRANSLATE_NOOP("AuditWording", "State"), Format::HazardState },
            { "supervision", QT_TRANSLATE_NOOP("AuditWording", "Supervision"), Format::Supervision },
            { "listed_measures", QT_TRANSLATE_NOOP("AuditWording", "Measures"), Format::Text },
            { "listed_funds", QT_TRANSLATE_NOOP("AuditWording", "Funds"), Format::Text },
            { "listed_deadline", QT_TRANSLATE_NOOP("AuditWording", "Listed deadline"), Format::Date },
            { "listed_responsible", QT_TRANSLATE_NOOP("AuditWording", "Listed responsible person"), Format::Text },
            { "listed_plan", QT_TRANSLATE_NOOP("AuditWording", "Emergency plan"), Format::Text },
            { "delisted_on", QT_TRANSLATE_NOOP("AuditWording", "Delisted on"), Format::Date },
            { "rechecked_on", QT_TRANSLATE_NOOP("AuditWording", "Re-check date"), Format::Date },
            { "closed_on", QT_TRANSLATE_NOOP("AuditWording", "Closed on"), Format::Date },
            { "close_reason", QT_TRANSLATE_NOOP("AuditWording", "Reason to close without it"), Format::Text } } },
        { QStringLiteral("hazard_event"),
          { { "hazard_id", QT_TRANSLATE_NOOP("AuditWording", "Hazard"), Format::Hazard },
            { "happened_on", QT_TRANSLATE_NOOP("AuditWording", "Date"), Format::Date },
            { "action", QT_TRANSLATE_NOOP("AuditWording", "Step"), Format::HazardStep },
            { "from_state", QT_TRANSLATE_NOOP("AuditWording", "From"), Format::HazardState },
            { "to_state", QT_TRANSLATE_NOOP("AuditWording", "To"), Format::HazardState },
            { "operator", QT_TRANSLATE_NOOP("AuditWording", "Operator"), Format::Text },
            { "rechecked_by", QT_TRANSLATE_NOOP("AuditWording", "Re-checked by"), Format::Text },
            { "remark", QT_TRANSLATE_NOOP("AuditWording", "Remark"), Format::Text } } },
        { QStringLiteral("hazard_extension"),
          { { "hazard_id", QT_TRANSLATE_NOOP("AuditWording", "Hazard"), Format::Hazard },
            { "requested_on", QT_TRANSLATE_NOOP("AuditWording", "Requested on"), Format::Date },
            { "new_deadline", QT_TRANSLATE_NOOP("AuditWording", "New deadline"), Format::Date },
            { "reason", QT_TRANSLATE_NOOP("AuditWording", "Reason"), Format::Text },
            { "decision", QT_TRANSLATE_NOOP("AuditWording", "Decision"), Format::Decision },
            { "decided_on", QT_TRANSLATE_NOOP("AuditWording", "Decided on"), Format::Date },
            { "decided_by", QT_TRANSLATE_NOOP("AuditWording", "Decided by"), Format::Text },
            { "decision_remark", QT_TRANSLATE_NOOP("AuditWording", "Remark"), Format::Text } } },
        { QStringLiteral("interview"),
          { { "kind", QT_TRANSLATE_NOOP("AuditWording", "Kind"), Format::InterviewKind },
            { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "held_on", QT_TRANSLATE_NOOP("AuditWording", "Date"), Format::Date },
            { "reason", QT_TRANSLATE_NOOP("AuditWording", "Reason"), Format::Text },
            { "people", QT_TRANSLATE_NOOP("AuditWording", "People"), Format::Text },
            { "outcome", QT_TRANSLATE_NOOP("AuditWording", "Outcome"), Format::Text } } },
        { QStringLiteral("service_record"),
          { { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "kind", QT_TRANSLATE_NOOP("AuditWording", "Kind"), Format::RecordKind },
            { "done_on", QT_TRANSLATE_NOOP("AuditWording", "Date"), Format::Date },
            { "report_year", QT_TRANSLATE_NOOP("AuditWording", "Year reported on"), Format::Text },
            { "topic", QT_TRANSLATE_NOOP("AuditWording", "Topic"), Format::Text },
            { "content", QT_TRANSLATE_NOOP("AuditWording", "Content"), Format::Text },
            { "people_count", QT_TRANSLATE_NOOP("AuditWording", "People"), Format::Text },
            { "problems", QT_TRANSLATE_NOOP("AuditWording", "Problems found"), Format::Text },
            { "measures", QT_TRANSLATE_NOOP("AuditWording", "Measures"), Format::Text },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text },
            { "voided_at", QT_TRANSLATE_NOOP("AuditWording", "Voided"), Format::Time },
            { "void_reason", QT_TRANSLATE_NOOP("AuditWording", "Reason for voiding"), Format::Text } } },
        { QStringLiteral("baseline_document"),
          { { "enterprise_id", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Enterprise },
            { "kind", QT_TRANSLATE_NOOP("AuditWording", "Document"), Format::BaselineKind },
            { "completed_on", QT_TRANSLATE_NOOP("AuditWording", "Completed on"), Format::Date },
            { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text } } },
        { QStringLiteral("evidence"),
          { { "original_name", QT_TRANSLATE_NOOP("AuditWording", "File"), Format::Text },
            { "size_bytes", QT_TRANSLATE_NOOP("AuditWording", "Size (bytes)"), Format::Text },
            { "sha256", QT_TRANSLATE_NOOP("AuditWording", "SHA-256"), Format::Text } } },
        { QStringLiteral("subsidy_policy"),
          { { "effective_from", QT_TRANSLATE_NOOP("AuditWording", "Applies from"), Format::Date },
            { "street_share_fen", QT_TRANSLATE_NOOP("AuditWording", "Street share per year"), Format::Money },
            { "subsidised_years", QT_TRANSLATE_NOOP("AuditWording", "Subsidised years"), Format::Text },
            { "notes", QT_TRANSLATE_NOOP("AuditWording", "Notes"), Format::Text } } },
        { QStringLiteral("subsidy_confirmation"),
          { { "year", QT_TRANSLATE_NOOP("AuditWording", "Year"), Format::Text },
            { "confirmed_by", QT_TRANSLATE_NOOP("AuditWording", "Confirmed by"), Format::Text },
            { "line_count", QT_TRANSLATE_NOOP("AuditWording", "Lines"), Format::Text },
            { "street_total_fen", QT_TRANSLATE_NOOP("AuditWording", "Street share"), Format::Money },
            { "reopened_by", QT_TRANSLATE_NOOP("AuditWording", "Reopened by"), Format::Text },
            { "reopen_reason", QT_TRANSLATE_NOOP("AuditWording", "Reason for reopening"), Format::Text } } },
        { QStringLiteral("subsidy_line"),
          { { "enterprise_name", QT_TRANSLATE_NOOP("AuditWording", "Enterprise"), Format::Text },
            { "fee_fen", QT_TRANSLATE_NOOP("AuditWording", "Fee"), Format::Money },
            { "street_fen", QT_TRANSLATE_NOOP("AuditWording", "Street share"), Format::Money },
            { "enterprise_fen", QT_TRANSLATE_NOOP("AuditWording", "Enterprise share"), Format::Money } } },
        { QStringLiteral("evaluation"),
          { { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "evaluated_on", QT_TRANSLATE_NOOP("AuditWording", "Date"), Format::Date },
            { "score_tenths", QT_TRANSLATE_NOOP("AuditWording", "Score"), Format::Tenths },
            { "remarks", QT_TRANSLATE_NOOP("AuditWording", "Remarks"), Format::Text } } },
        { QStringLiteral("appraisal_confirmation"),
          { { "year", QT_TRANSLATE_NOOP("AuditWording", "Year"), Format::Text },
            { "confirmed_by", QT_TRANSLATE_NOOP("AuditWording", "Confirmed by"), Format::Text },
            { "agency_count", QT_TRANSLATE_NOOP("AuditWording", "Agencies"), Format::Text },
            { "reopened_by", QT_TRANSLATE_NOOP("AuditWording", "Reopened by"), Format::Text },
            { "reopen_reason", QT_TRANSLATE_NOOP("AuditWording", "Reason for reopening"), Format::Text } } },
        { QStringLiteral("agency_return"),
          { { "agency_id", QT_TRANSLATE_NOOP("AuditWording", "Agency"), Format::Agency },
            { "file_name", QT_TRANSLATE_NOOP("AuditWording", "File"), Format::Text },
            { "status", QT_TRANSLATE_NOOP("AuditWording", "Status"), Format::Text },
            { "rows_imported", QT_TRANSLATE_NOOP("AuditWording", "Rows imported"), Format::Text },
            { "rows_refused", QT_TRANSLATE_NOOP("AuditWording", "Rows refused"), Format::Text },
            { "imported_by", QT_TRANSLATE_NOOP("AuditWording", "Imported by"), Format::Text } } },
        { QStringLiteral("report_text"),
          { { "section", QT_TRANSLATE_NOOP("AuditWording", "Section"), Format::ReportSection },
            { "body", QT_TRANSLATE_NOOP("AuditWording", "Text"), Format::Text } } },
        { QStringLiteral("setting"), { { "value", QT_TRANSLATE_NOOP("AuditWording", "Value"), Format::Text } } },
        { QStringLiteral("operator"),
          { { "name", QT_TRANSLATE_NOOP("AuditWording", "Name"), Format::Text },
            { "title", QT_TRANSLATE_NOOP("AuditWording", "Title"), Format::Text },
            { "password_hash", QT_TRANSLATE_NOOP("AuditWording", "Password"), Format::Password },
            { "active", QT_TRANSLATE_NOOP("AuditWording", "Active"), Format::YesNo } } },
        { QStringLiteral("audit_acknowledgement"),
          { { "audit_id", QT_TRANSLATE_NOOP("AuditWording", "Audit entry"), Format::Text },
            { "operator", QT_TRANSLATE_NOOP("AuditWording", "Operator"), Format::Text },
            { "note", QT_TRANSLATE_NOOP("AuditWording", "Note"), Format::Text } } },
    };
    return all;
}

const Field* fieldOf(const QString& table, const QString& column)
{
    const auto it = fields().constFind(table);
    if (it == fields().constEnd()) {
        return nullptr;
    }
    for (const Field& f : *it) {
        if (column == QLatin1String(f.column)) {
            return &f;
        }
    }
    return nullptr;
}

QString named(const QHash<qint64, QString>& names, const QJsonValue& v)
{
    const qint64 id = static_cast<qint64>(v.toDouble());
    if (id == 0) {
        return {};
    }
    return names.value(id, AuditWording::tr("no. %1").arg(id));
}

QString plain(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d);
    }
    return v.toString();
}

bool isSet(const QJsonValue& v)
{
    return !(v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()));
}

QString shortened(const QString& text)
{
    const QString one = text.simplified();
    return one.size() > 30 ? one.left(30) + QStringLiteral("…") : one;
}

} // namespace

QString AuditWording::Line::searchText() const
{
    QStringList parts{ operatorName, kind, object, action };
    for (const Change& c : changes) {
        parts << c.field << c.before << c.after;
    }
    return parts.join(QLatin1Char('\n'));
}

QString AuditWording::kindOf(const QString& table)
{
    static const QHash<QString, const char*> kinds = {
        { QStringLiteral("enterprise"), QT_TRANSLATE_NOOP("AuditWording", "Enterprise") },
        { QStringLiteral("agency"), QT_TRANSLATE_NOOP("AuditWording", "Agency") },
        { QStringLiteral("expert"), QT_TRANSLATE_NOOP("AuditWording", "Expert") },
        { QStringLiteral("community"), QT_TRANSLATE_NOOP("AuditWording", "Community") },
        { QStringLiteral("contract"), QT_TRANSLATE_NOOP("AuditWording", "Contract") },
        { QStringLiteral("coverage"), QT_TRANSLATE_NOOP("AuditWording", "Enterprise served under a contract") },
        { QStringLiteral("size_class_history"), QT_TRANSLATE_NOOP("AuditWording", "Size class history") },
        { QStringLiteral("certificate"), QT_TRANSLATE_NOOP("AuditWording", "Certificate") },
        { QStringLiteral("certificate_type"), QT_TRANSLATE_NOOP("AuditWording", "Certificate type") },
        { QStringLiteral("hazard"), QT_TRANSLATE_NOOP("AuditWording", "Hazard") },
        { QStringLiteral("hazard_event"), QT_TRANSLATE_NOOP("AuditWording", "Hazard step") },
        { QStringLiteral("hazard_extension"), QT_TRANSLATE_NOOP("AuditWording", "Deadline extension") },
        { QStringLiteral("interview"), QT_TRANSLATE_NOOP("AuditWording", "Interview / notice") },
        { QStringLiteral("interview_hazard"), QT_TRANSLATE_NOOP("AuditWording", "Interview / notice") },
        { QStringLiteral("service_record"), QT_TRANSLATE_NOOP("AuditWording", "Service record") },
        { QStringLiteral("service_record_expert"), QT_TRANSLATE_NOOP("AuditWording", "Service record") },
        { QStringLiteral("baseline_document"), QT_TRANSLATE_NOOP("AuditWording", "Baseline documents") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("AuditWording", "Evidence file") },
        { QStringLiteral("subsidy_policy"), QT_TRANSLATE_NOOP("AuditWording", "Subsidy policy") },
        { QStringLiteral("subsidy_confirmation"), QT_TRANSLATE_NOOP("AuditWording", "Subsidy list") },
        { QStringLiteral("subsidy_line"), QT_TRANSLATE_NOOP("AuditWording", "Subsidy list line") },
        { QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("AuditWording", "Spot check") },
        { QStringLiteral("appraisal_scheme"), QT_TRANSLATE_NOOP("AuditWording", "Appraisal scheme") },
        { QStringLiteral("appraisal_item"), QT_TRANSLATE_NOOP("AuditWording", "Appraisal scheme") },
        { QStringLiteral("appraisal_confirmation"), QT_TRANSLATE_NOOP("AuditWording", "Appraisal") },
        { QStringLiteral("appraisal_result"), QT_TRANSLATE_NOOP("AuditWording", "Appraisal") },
        { QStringLiteral("appraisal_point"), QT_TRANSLATE_NOOP("AuditWording", "Appraisal") },
        { QStringLiteral("agency_return"), QT_TRANSLATE_NOOP("AuditWording", "Agency return") },
        { QStringLiteral("return_item"), QT_TRANSLATE_NOOP("AuditWording", "Agency return") },
        { QStringLiteral("report_text"), QT_TRANSLATE_NOOP("AuditWording", "Annual report text") },
        { QStringLiteral("setting"), QT_TRANSLATE_NOOP("AuditWording", "Settings") },
        { QStringLiteral("operator"), QT_TRANSLATE_NOOP("AuditWording", "Operator of the ledger") },
        { QStringLiteral("audit_acknowledgement"), QT_TRANSLATE_NOOP("AuditWording", "Outside write acknowledged") },
        { QStringLiteral("demo_street"), QT_TRANSLATE_NOOP("AuditWording", "Demo street") },
    };
    const auto it = kinds.constFind(table);
    return it == kinds.constEnd() ? table : tr(*it);
}

QString AuditWording::fieldLabel(const QString& table, const QString& column)
{
    const Field* f = fieldOf(table, column);
    return f ? tr(f->label) : QString();
}

QString AuditWording::value(const QString& table, const QString& column, const QJsonValue& v, const Names& names)
{
    const Field* f = fieldOf(table, column);
    const QString text = plain(v);
    if (!f) {
        return text;
    }
    switch (f->format) {
    case Format::Text:
        return text;
    case Format::Money:
        return isSet(v) ? tr("%1 yuan").arg(Money::fromFen(static_cast<qint64>(v.toDouble())).toGroupedString())
                        : QString();
    case Format::Date:
        return text;
    case Format::Time: {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
    }
    case Format::YesNo:
        return isSet(v) ? (v.toDouble() != 0 ? tr("Yes") : tr("No")) : QString();
    case Format::SizeClass: {
        SizeClass c;
        return sizeClassFromKey(text, &c) ? DomainText::sizeClass(c) : text;
    }
    case Format::Occupational: {
        OccupationalHazardClass c;
        return occupationalHazardClassFromKey(text, &c) ? DomainText::occupationalHazardClass(c) : text;
    }
    case Format::Participation: {
        ParticipationStatus p;
        return participationStatusFromKey(text, &p) ? DomainText::participationStatus(p) : text;
    }
    case Format::Categories:
        return DomainText::targetCategories(TargetCategories::fromInt(static_cast<int>(v.toDouble())));
    case Format::HazardState: {
        HazardState s;
        return hazardStateFromKey(text, &s) ? DomainText::hazardState(s) : text;
    }
    case Format::HazardGrade: {
        HazardGrade g;
        return hazardGradeFromKey(text, &g) ? DomainText::hazardGrade(g) : text;
    }
    case Format::Supervision: {
        Supervision s;
        return supervisionFromKey(text, &s) ? DomainText::supervision(s) : text;
    }
    case Format::RecordKind: {
        RecordKind k;
        return recordKindFromKey(text, &k) ? DomainText::recordKind(k) : text;
    }
    case Format::BaselineKind: {
        BaselineKind k;
        return baselineKindFromKey(text, &k) ? DomainText::baselineKind(k) : text;
    }
    case Format::Enterprise:
        return named(names.enterprises, v);
    case Format::Agency:
        return named(names.agencies, v);
    case Format::Community:
        return named(names.communities, v);
    case Format::Contract:
        return named(names.contracts, v);
    case Format::CertificateType:
        return named(names.certificateTypes, v);
    case Format::Hazard:
        return named(names.hazards, v);
    case Format::Record:
        return named(names.records, v);
    case Format::Tenths:
        return isSet(v) ? QString::number(v.toDouble() / 10.0, 'f', 1) : QString();
    case Format::HazardStep:
        return DomainText::hazardEvent(text);
    case Format::InterviewKind:
        return text == QLatin1String("notice") ? DomainText::interviewKind(Interview::Kind::Notice)
                                               : DomainText::interviewKind(Interview::Kind::Interview);
    case Format::Password:
        return isSet(v) ? tr("(set)") : tr("(none)");
    case Format::ReportSection:
        return text == QLatin1String("typical_problems") ? tr("Typical problems")
            : text == QLatin1String("shortcomings")      ? tr("Shortcomings")
            : text == QLatin1String("next_steps")        ? tr("Next year's plan")
                                                         : text;
    case Format::Decision:
        return text == QLatin1String("approved") ? tr("Approved")
            : text == QLatin1String("refused")   ? tr("Refused")
                                                 : tr("Pending");
    }
    return text;
}

QString AuditWording::objectName(const QString& table, qint64 recordId, const QJsonObject& row, const Names& names)
{
    const auto s = [&row](const char* key) { return plain(row.value(QLatin1String(key))); };
    const auto id = [&row](const char* key) { return row.value(QLatin1String(key)); };
    if (table == QLatin1String("enterprise") || table == QLatin1String("agency") || table == QLatin1String("expert")
        || table == QLatin1String("community") || table == QLatin1String("certificate_type")
        || table == QLatin1String("operator")) {
        return s("name");
    }
    if (table == QLatin1String("contract")) {
        const QString agency = named(names.agencies, id("agency_id"));
        return s("contract_no").isEmpty() ? tr("%1, %2 to %3").arg(agency, s("period_start"), s("period_end"))
                                          : tr("%1 no. %2").arg(agency, s("contract_no"));
    }
    if (table == QLatin1String("coverage")) {
        return tr("%1 under %2")
            .arg(named(names.enterprises, id("enterprise_id")), named(names.contracts, id("contract_id")));
    }
    if (table == QLatin1String("size_class_history") || table == QLatin1String("certificate")
        || table == QLatin1String("baseline_document")) {
        const QString enterprise = named(names.enterprises, id("enterprise_id"));
        if (table == QLatin1String("certificate")) {
            return tr("%1, %2").arg(enterprise, named(names.certificateTypes, id("type_id")));
        }
        if (table == QLatin1String("baseline_document")) {
            return tr("%1, %2").arg(enterprise, value(table, QStringLiteral("kind"), id("kind"), names));
        }
        return enterprise;
    }
    if (table == QLatin1String("hazard")) {
        return tr("%1: %2").arg(named(names.enterprises, id("enterprise_id")), shortened(s("description")));
    }
    if (table == QLatin1String("hazard_event") || table == QLatin1String("hazard_extension")) {
        return named(names.hazards, id("hazard_id"));
    }
    if (table == QLatin1String("interview_hazard")) {
        return named(names.hazards, id("hazard_id"));
    }
    if (table == QLatin1String("service_record")) {
        return tr("%1, %2 on %3")
            .arg(named(names.enterprises, id("enterprise_id")), value(table, QStringLiteral("kind"), id("kind"), names),
                 s("done_on"));
    }
    if (table == QLatin1String("service_record_expert")) {
        return named(names.records, id("record_id"));
    }
    if (table == QLatin1String("interview")) {
        const QString who = isSet(id("enterprise_id")) ? named(names.enterprises, id("enterprise_id"))
                                                       : named(names.agencies, id("agency_id"));
        return tr("%1 on %2").arg(who, s("held_on"));
    }
    if (table == QLatin1String("evidence")) {
        return s("original_name");
    }
    if (table == QLatin1String("subsidy_policy")) {
        return tr("from %1").arg(s("effective_from"));
    }
    if (table == QLatin1String("subsidy_confirmation") || table == QLatin1String("appraisal_confirmation")) {
        return s("year");
    }
    if (table == QLatin1String("subsidy_line")) {
        return s("enterprise_name");
    }
    if (table == QLatin1String("evaluation")) {
        return tr("%1 on %2").arg(named(names.agencies, id("agency_id")), s("evaluated_on"));
    }
    if (table == QLatin1String("appraisal_scheme")) {
        return tr("from %1").arg(s("from_year"));
    }
    if (table == QLatin1String("agency_return")) {
        return tr("%1, %2").arg(named(names.agencies, id("agency_id")),
                                DomainText::period(s("year").toInt(), s("quarter").toInt()));
    }
    if (table == QLatin1String("report_text")) {
        return tr("%1, %2").arg(s("year"), value(table, QStringLiteral("section"), id("section"), names));
    }
    if (table == QLatin1String("setting")) {
        return s("key") == QLatin1String("street_name") ? tr("Street name") : s("key");
    }
    if (table == QLatin1String("audit_acknowledgement")) {
        return tr("entry %1").arg(s("audit_id"));
    }
    return recordId != 0 ? tr("no. %1").arg(recordId) : QString();
}

AuditWording::Line AuditWording::describe(qint64 entryId, const QDateTime& at, const QString& operatorName,
                                          const QString& table, qint64 recordId, const QString& action,
                                          const QString& beforeJson, const QString& afterJson, const QString& activity,
                                          const Names& names)
{
    Line line;
    line.entryId = entryId;
    line.at = at;
    line.operatorName = operatorName;
    line.table = table;
    line.recordId = recordId;
    line.kind = kindOf(table);
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    line.object = objectName(table, recordId, after.isEmpty() ? before : after, names);

    const auto changedTo = [&](const char* column) {
        const QJsonValue b = before.value(QLatin1String(column));
        const QJsonValue a = after.value(QLatin1String(column));
        return std::pair<bool, bool>{ isSet(b), isSet(a) };
    };
    if (activity == QLatin1String("import")) {
        line.action = tr("Imported");
    } else if (activity == QLatin1String("return")) {
        line.action = tr("Imported from a return");
    } else if (action == QLatin1String("insert")) {
        line.action = table == QLatin1String("subsidy_confirmation") || table == QLatin1String("appraisal_confirmation")
                || table == QLatin1String("audit_acknowledgement")
            ? tr("Confirmed")
            : recordId == 0 && !fields().contains(table) ? tr("Bulk write")
                                                         : tr("Added");
    } else if (action == QLatin1String("delete")) {
        line.action = tr("Removed");
    } else {
        line.action = tr("Changed");
        for (const char* flag : { "archived_at", "archived", "voided_at" }) {
            const auto [was, is] = changedTo(flag);
            const bool numeric = QLatin1String(flag) == QLatin1String("archived");
            const bool wasOn = numeric ? before.value(QLatin1String(flag)).toDouble() != 0 : was;
            const bool isOn = numeric ? after.value(QLatin1String(flag)).toDouble() != 0 : is;
            if (!wasOn && isOn) {
                line.action = QLatin1String(flag) == QLatin1String("voided_at") ? tr("Voided") : tr("Archived");
            } else if (wasOn && !isOn) {
                line.action = tr("Restored");
            }
        }
        const auto [wasReopened, isReopened] = changedTo("reopened_at");
        if (!wasReopened && isReopened) {
            line.action = tr("Reopened");
        }
    }

    // Field by field: what changed, or for a new or removed record what it held.
    QStringList columns;
    const auto defined = fields().constFind(table);
    if (defined != fields().constEnd()) {
        for (const Field& f : *defined) {
            columns << QString::fromLatin1(f.column);
        }
    } else if (recordId == 0) {
        // A summary of a bulk write: its details as they are.
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            line.changes.append({ it.key(), QString(), plain(it.value()) });
        }
        return line;
    } else {
        QSet<QString> seen;
        for (const QJsonObject* row : { &before, &after }) {
            for (auto it = row->constBegin(); it != row->constEnd(); ++it) {
                if (!seen.contains(it.key()) && it.key() != QLatin1String("id")
                    && !it.key().endsWith(QLatin1String("_at"))) {
                    seen.insert(it.key());
                    columns << it.key();
                }
            }
        }
    }
    for (const QString& c : std::as_const(columns)) {
        const QJsonValue b = before.value(c);
        const QJsonValue a = after.value(c);
        if (action == QLatin1String("update") && (b == a || (!isSet(b) && !isSet(a)))) {
            continue;
        }
        // A new or removed record: what it held, without the empty fields and the zeros of the defaults.
        const QJsonValue held = action == QLatin1String("insert") ? a : b;
        if (action != QLatin1String("update") && (!isSet(held) || (held.isDouble() && held.toDouble() == 0))) {
            continue;
        }
        const QString label = fieldLabel(table, c);
        line.changes.append({ label.isEmpty() ? c : label,
                              action == QLatin1String("insert") ? QString() : value(table, c, b, names),
                              action == QLatin1String("delete") ? QString() : value(table, c, a, names) });
    }
    return line;
}

QList<QPair<QString, QString>> AuditWording::kinds(const QStringList& tables)
{
    QList<QPair<QString, QString>> out;
    for (const QString& t : tables) {
        out.append({ t, kindOf(t) });
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

} // namespace sl::core
