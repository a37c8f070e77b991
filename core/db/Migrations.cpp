#include "Migrations.h"

#include "AuditTrail.h"

#include <QList>

namespace sl::core {

namespace {

// Money columns are integer fen, dates ISO-8601 text, timestamps UTC ISO-8601 text.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: the enterprise register.
        {
            QStringLiteral("CREATE TABLE community ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " sort_order INTEGER NOT NULL DEFAULT 0,"
                           " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
            QStringLiteral(
                "CREATE TABLE enterprise ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                " credit_code TEXT NOT NULL UNIQUE,"
                " credit_code_override INTEGER NOT NULL DEFAULT 0 CHECK (credit_code_override IN (0, 1)),"
                " credit_code_override_reason TEXT NOT NULL DEFAULT '',"
                " community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE RESTRICT,"
                " address TEXT NOT NULL DEFAULT '',"
                " industry TEXT NOT NULL DEFAULT '',"
                " legal_representative TEXT NOT NULL DEFAULT '',"
                " safety_contact TEXT NOT NULL DEFAULT '',"
                " safety_contact_phone TEXT NOT NULL DEFAULT '',"
                " employees INTEGER NOT NULL DEFAULT 0 CHECK (employees >= 0),"
                " size_class TEXT NOT NULL CHECK (size_class IN ('scale', 'above_quota', 'small_micro')),"
                " target_categories INTEGER NOT NULL DEFAULT 0 CHECK (target_categories BETWEEN 0 AND 15),"
                " occupational_hazard TEXT NOT NULL DEFAULT 'none'"
                "  CHECK (occupational_hazard IN ('none', 'general', 'relatively_heavy', 'serious')),"
                " landlord_id INTEGER REFERENCES enterprise(id) ON DELETE RESTRICT CHECK (landlord_id <> id),"
                " participation TEXT NOT NULL DEFAULT 'participating'"
                "  CHECK (participation IN ('participating', 'not_participating', 'withdrawn')),"
                " join_date TEXT,"
                " bank_account_name TEXT NOT NULL DEFAULT '',"
                " bank_name TEXT NOT NULL DEFAULT '',"
                " bank_account TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " archived_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
        },
        // 2: street-wide settings kept in the file (they travel with the data), and lookup indexes.
        {
            QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX enterprise_community ON enterprise(community_id)"),
            QStringLiteral("CREATE INDEX enterprise_landlord ON enterprise(landlord_id)"),
        },
        // 3: agencies, tender contracts and the enterprises they cover, size-class history, the subsidy
        // policy as data, and confirmed (frozen) subsidy lists.
        {
            QStringLiteral("CREATE TABLE agency ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " credit_code TEXT NOT NULL DEFAULT '',"
                           " qualification TEXT NOT NULL DEFAULT '',"
                           " contact_person TEXT NOT NULL DEFAULT '',"
                           " contact_phone TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " archived_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE expert ("
                           " id INTEGER PRIMARY KEY,"
                           " agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " specialty TEXT NOT NULL DEFAULT '',"
                           " certificate TEXT NOT NULL DEFAULT '',"
                           " certificate_no TEXT NOT NULL DEFAULT '',"
                           " certificate_expiry TEXT,"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
            QStringLiteral("CREATE INDEX expert_agency ON expert(agency_id)"),
            QStringLiteral("CREATE TABLE contract ("
                           " id INTEGER PRIMARY KEY,"
                           " agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,"
                           " contract_no TEXT NOT NULL DEFAULT '',"
                           " tender_lot TEXT NOT NULL DEFAULT '',"
                           " signed_on TEXT,"
                           " period_start TEXT NOT NULL,"
                           " period_end TEXT NOT NULL CHECK (period_end >= period_start),"
                           " unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " archived_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX contract_agency ON contract(agency_id)"),
            // One enterprise's service under one contract. A move to another contract ends one row and
            // starts another, so the history stays.
            QStringLiteral("CREATE TABLE coverage ("
                           " id INTEGER PRIMARY KEY,"
                           " contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE RESTRICT,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " service_start TEXT NOT NULL,"
                           " service_end TEXT CHECK (service_end IS NULL OR service_end >= service_start),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX coverage_enterprise ON coverage(enterprise_id, service_start)"),
            QStringLiteral("CREATE INDEX coverage_contract ON coverage(contract_id)"),
            QStringLiteral("CREATE TABLE size_class_history ("
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " effective_from TEXT NOT NULL,"
                           " size_class TEXT NOT NULL CHECK (size_class IN ('scale', 'above_quota', 'small_micro')),"
                           " PRIMARY KEY (enterprise_id, effective_from))"),
            // Existing enterprises have always had their present class, as far as the file knows.
            QStringLiteral("INSERT INTO size_class_history (enterprise_id, effective_from, size_class)"
                           " SELECT id, '1900-01-01', size_class FROM enterprise"),
            QStringLiteral("CREATE TABLE subsidy_policy ("
                           " id INTEGER PRIMARY KEY,"
                           " effective_from TEXT NOT NULL UNIQUE,"
                           " street_share_fen INTEGER NOT NULL CHECK (street_share_fen >= 0),"
                           " subsidised_years INTEGER NOT NULL CHECK (subsidised_years >= 0),"
                           " partial_classes TEXT NOT NULL,"
                           " full_classes TEXT NOT NULL,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            // The plan's section 2: 2000 yuan a year for three years to scale and above-quota
            // enterprises, the full fee for small and micro ones.
            QStringLiteral("INSERT INTO subsidy_policy (effective_from, street_share_fen, subsidised_years,"
                           " partial_classes, full_classes, notes, created_at, updated_at)"
                           " VALUES ('2000-01-01', 200000, 3, 'scale above_quota', 'small_micro', '',"
                           " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
            QStringLiteral("CREATE TABLE subsidy_confirmation ("
                           " id INTEGER PRIMARY KEY,"
                           " year INTEGER NOT NULL,"
                           " confirmed_at TEXT NOT NULL,"
                           " confirmed_by TEXT NOT NULL,"
                           " line_count INTEGER NOT NULL,"
                           " street_total_fen INTEGER NOT NULL,"
                           " reopened_at TEXT,"
                           " reopened_by TEXT,"
                           " reopen_reason TEXT)"),
            QStringLiteral("CREATE INDEX subsidy_confirmation_year ON subsidy_confirmation(year)"),
            // A confirmed line keeps its own copy of what was printed, so later edits of the enterprise,
            // the contract or the policy never change a confirmed list.
            QStringLiteral("CREATE TABLE subsidy_line ("
                           " id INTEGER PRIMARY KEY,"
                           " confirmation_id INTEGER NOT NULL REFERENCES subsidy_confirmation(id) ON DELETE RESTRICT,"
                           " line_no INTEGER NOT NULL,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " enterprise_name TEXT NOT NULL,"
                           " credit_code TEXT NOT NULL,"
                           " community_name TEXT NOT NULL,"
                           " size_class TEXT NOT NULL,"
                           " service_year_start TEXT NOT NULL,"
                           " participation_year INTEGER NOT NULL,"
                           " contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE RESTRICT,"
                           " agency_name TEXT NOT NULL,"
                           " policy_id INTEGER NOT NULL REFERENCES subsidy_policy(id) ON DELETE RESTRICT,"
                           " fee_fen INTEGER NOT NULL,"
                           " street_fen INTEGER NOT NULL,"
                           " enterprise_fen INTEGER NOT NULL,"
                           " rule TEXT NOT NULL,"
                           " flags INTEGER NOT NULL,"
                           " bank_account_name TEXT NOT NULL,"
                           " bank_name TEXT NOT NULL,"
                           " bank_account TEXT NOT NULL,"
                           " contact TEXT NOT NULL,"
                           " CHECK (street_fen + enterprise_fen = fee_fen))"),
            QStringLiteral("CREATE INDEX subsidy_line_confirmation ON subsidy_line(confirmation_id, line_no)"),
        },
        // 4: what the agencies did (service records), the baseline documents, the hazards an inspection
        // found, and evidence files kept beside the database.
        {
            QStringLiteral("CREATE TABLE service_record ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,"
                           " kind TEXT NOT NULL"
                           "  CHECK (kind IN ('survey', 'inspection', 'training', 'drill', 'year_end_report')),"
                           " done_on TEXT NOT NULL,"
                           " report_year INTEGER CHECK (report_year IS NULL OR report_year BETWEEN 2000 AND 2100),"
                           " topic TEXT NOT NULL DEFAULT '',"
                           " content TEXT NOT NULL DEFAULT '',"
                           " people_count INTEGER NOT NULL DEFAULT 0 CHECK (people_count >= 0),"
                           " problems TEXT NOT NULL DEFAULT '',"
                           " measures TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " voided_at TEXT,"
                           " void_reason TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX service_record_enterprise ON service_record(enterprise_id, kind, done_on)"),
            QStringLiteral("CREATE INDEX service_record_date ON service_record(done_on)"),
            QStringLiteral("CREATE TABLE service_record_expert ("
                           " record_id INTEGER NOT NULL REFERENCES service_record(id) ON DELETE CASCADE,"
                           " expert_id INTEGER NOT NULL REFERENCES expert(id) ON DELETE RESTRICT,"
                           " PRIMARY KEY (record_id, expert_id))"),
            QStringLiteral("CREATE TABLE baseline_document ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " kind TEXT NOT NULL CHECK (kind IN"
                           "  ('organisation', 'responsibility', 'rules', 'procedures', 'emergency_plan')),"
                           " completed_on TEXT NOT NULL,"
                           " agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (enterprise_id, kind))"),
            QStringLiteral("CREATE TABLE hazard ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " inspection_id INTEGER REFERENCES service_record(id) ON DELETE RESTRICT,"
                           " found_on TEXT NOT NULL,"
                           " place TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
                           " grade TEXT NOT NULL CHECK (grade IN ('general', 'major')),"
                           " category TEXT NOT NULL DEFAULT '',"
                           " demand TEXT NOT NULL DEFAULT '',"
                           " responsible TEXT NOT NULL DEFAULT '',"
                           " deadline TEXT,"
                           " state TEXT NOT NULL DEFAULT 'registered'"
                           "  CHECK (state IN ('registered', 'rectifying', 'awaiting_recheck', 'closed')),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX hazard_enterprise ON hazard(enterprise_id, found_on)"),
            QStringLiteral("CREATE INDEX hazard_inspection ON hazard(inspection_id)"),
            // A file the clerk attached: the copy lives in the evidence folder beside the database,
            // named by its SHA-256, so `check` can tell a missing or changed file.
            QStringLiteral(
                "CREATE TABLE evidence ("
                " id INTEGER PRIMARY KEY,"
                " owner_kind TEXT NOT NULL CHECK (owner_kind IN ('service_record', 'hazard', 'baseline_document')),"
                " owner_id INTEGER NOT NULL,"
                " original_name TEXT NOT NULL,"
                " stored_name TEXT NOT NULL,"
                " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX evidence_owner ON evidence(owner_kind, owner_id)"),
        },
        // 5: a partial covering index for the obligation engine's read of a year's records (the dashboard
        // reads it every time it opens; without it each record is a random visit to the table).
        {
            QStringLiteral(
                "CREATE INDEX service_record_year ON service_record(done_on, enterprise_id, kind, report_year)"
                " WHERE voided_at IS NULL"),
        },
        // 6: hazard closure (state steps, deadline extensions, supervision and listed supervision),
        // interviews and notices, certificates with their types, and the clerk's evaluations of agencies.
        {
            QStringLiteral("ALTER TABLE hazard ADD COLUMN supervision TEXT NOT NULL DEFAULT 'none'"
                           " CHECK (supervision IN ('none', 'supervised', 'listed'))"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN listed_measures TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN listed_funds TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN listed_deadline TEXT"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN listed_responsible TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN listed_plan TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN delisted_on TEXT"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN rechecked_on TEXT"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN closed_on TEXT"),
            QStringLiteral("ALTER TABLE hazard ADD COLUMN close_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX hazard_found ON hazard(found_on)"),
            // Every step of a hazard: who, when, from which state to which, and why. Never changed.
            QStringLiteral("CREATE TABLE hazard_event ("
                           " id INTEGER PRIMARY KEY,"
                           " hazard_id INTEGER NOT NULL REFERENCES hazard(id) ON DELETE RESTRICT,"
                           " happened_on TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " remark TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX hazard_event_hazard ON hazard_event(hazard_id, id)"),
            // A deadline extension: asked for with a reason, then approved or refused. The hazard keeps its
            // original deadline; the approved extension with the latest date is the one in force.
            QStringLiteral(
                "CREATE TABLE hazard_extension ("
                " id INTEGER PRIMARY KEY,"
                " hazard_id INTEGER NOT NULL REFERENCES hazard(id) ON DELETE RESTRICT,"
                " requested_on TEXT NOT NULL,"
                " new_deadline TEXT NOT NULL,"
                " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                " decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'refused')),"
                " decided_on TEXT,"
                " decided_by TEXT NOT NULL DEFAULT '',"
                " decision_remark TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX hazard_extension_hazard ON hazard_extension(hazard_id)"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN role TEXT NOT NULL DEFAULT ''"
                           " CHECK (role IN ('', 'before', 'after'))"),
            // 约谈 / 通报 of an enterprise or an agency, with the hazards it was about.
            QStringLiteral("CREATE TABLE interview ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('interview', 'notice')),"
                           " enterprise_id INTEGER REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,"
                           " held_on TEXT NOT NULL,"
                           " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                           " people TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " CHECK (enterprise_id IS NOT NULL OR agency_id IS NOT NULL))"),
            QStringLiteral("CREATE TABLE interview_hazard ("
                           " interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,"
                           " hazard_id INTEGER NOT NULL REFERENCES hazard(id) ON DELETE RESTRICT,"
                           " PRIMARY KEY (interview_id, hazard_id))"),
            QStringLiteral("CREATE TABLE certificate_type ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " validity_months INTEGER NOT NULL CHECK (validity_months BETWEEN 0 AND 1200),"
                           " review_months INTEGER NOT NULL DEFAULT 0 CHECK (review_months BETWEEN 0 AND 1200),"
                           " sort_order INTEGER NOT NULL DEFAULT 0,"
                           " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
            // domain.md, "Certificates and their usual validity"; the clerk edits them in the settings.
            QStringLiteral("INSERT INTO certificate_type (name, validity_months, review_months, sort_order) VALUES"
                           " ('\u5b89\u5168\u751f\u4ea7\u8bb8\u53ef\u8bc1', 36, 0, 1),"
                           " ('\u5371\u9669\u5316\u5b66\u54c1\u7ecf\u8425\u8bb8\u53ef\u8bc1', 36, 0, 2),"
                           " ('\u7279\u79cd\u4f5c\u4e1a\u64cd\u4f5c\u8bc1', 72, 36, 3),"
                           " ('\u4e3b\u8981\u8d1f\u8d23\u4eba\u5b89\u5168\u751f\u4ea7\u77e5\u8bc6\u548c\u7ba1\u7406"
                           "\u80fd\u529b\u8003\u6838\u5408\u683c\u8bc1', 36, 0, 4),"
                           " ('\u5b89\u5168\u751f\u4ea7\u7ba1\u7406\u4eba\u5458\u5b89\u5168\u751f\u4ea7\u77e5\u8bc6"
                           "\u548c\u7ba1\u7406\u80fd\u529b\u8003\u6838\u5408\u683c\u8bc1', 36, 0, 5),"
                           " ('\u7279\u79cd\u8bbe\u5907\u4f5c\u4e1a\u4eba\u5458\u8bc1', 48, 48, 6)"),
            QStringLiteral("CREATE TABLE certificate ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " type_id INTEGER NOT NULL REFERENCES certificate_type(id) ON DELETE RESTRICT,"
                           " number TEXT NOT NULL DEFAULT '',"
                           " holder TEXT NOT NULL DEFAULT '',"
                           " issuer TEXT NOT NULL DEFAULT '',"
                           " issued_on TEXT,"
                           " expires_on TEXT NOT NULL,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " archived_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " CHECK (issued_on IS NULL OR issued_on <= expires_on))"),
            QStringLiteral("CREATE INDEX certificate_enterprise ON certificate(enterprise_id)"),
            QStringLiteral("CREATE INDEX certificate_expiry ON certificate(expires_on)"),
            // The clerk's spot checks of an agency's work, scored out of 100 (kept in tenths).
            QStringLiteral("CREATE TABLE evaluation ("
                           " id INTEGER PRIMARY KEY,"
                           " agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,"
                           " evaluated_on TEXT NOT NULL,"
                           " score_tenths INTEGER NOT NULL CHECK (score_tenths BETWEEN 0 AND 1000),"
                           " remarks TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX evaluation_agency ON evaluation(agency_id, evaluated_on)"),
        },
        // 7: the open hazards alone, with their deadline, for the dashboard: a street keeps years of
        // closed ones, and counting the open ones must not visit them.
        {
            QStringLiteral("CREATE INDEX hazard_open ON hazard(deadline, enterprise_id) WHERE state <> 'closed'"),
        },
        // 8: the texts of the annual report the clerk writes (典型问题, 存在不足, 下一步计划).
        {
            QStringLiteral(
                "CREATE TABLE report_text ("
                " year INTEGER NOT NULL,"
                " section TEXT NOT NULL CHECK (section IN ('typical_problems', 'shortcomings', 'next_steps')),"
                " body TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL,"
                " PRIMARY KEY (year, section))"),
        },
        // 9: the audit trail. Triggers append every change of every table; each commit seals the new entries
        // into a hash chain (AuditTrail). Entries are never deleted, and a sealed one never changes.
        {
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " table_name TEXT NOT NULL,"
                           " record_id INTEGER,"
                           " action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
                           " before TEXT,"
                           " after TEXT,"
                           " hash TEXT)"),
            QStringLiteral("CREATE INDEX audit_table ON audit(table_name, record_id)"),
            QStringLiteral(
                "CREATE TABLE audit_context (id INTEGER PRIMARY KEY CHECK (id = 1), operator TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO audit_context (id, operator) VALUES (1, '?')"),
            QStringLiteral("CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is never deleted'); END"),
            QStringLiteral("CREATE TRIGGER audit_sealed_never_changes BEFORE UPDATE ON audit"
                           " WHEN OLD.hash IS NOT NULL OR NEW.id <> OLD.id OR NEW.at <> OLD.at"
                           " OR NEW.operator <> OLD.operator OR NEW.table_name <> OLD.table_name"
                           " OR NEW.record_id IS NOT OLD.record_id OR NEW.action <> OLD.action"
                           " OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after"
                           " BEGIN SELECT RAISE(ABORT, 'a sealed audit entry never changes'); END"),
            AuditTrail::kTriggersMarker,
        },
        // 10: the agencies' quarterly returns, and where each record they brought came from (sheet and row):
        // importing the same file again adds nothing, a corrected file replaces what the earlier one brought.
        {
            QStringLiteral("CREATE TABLE agency_return ("
                           " id INTEGER PRIMARY KEY,"
                           " agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,"
                           " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
                           " quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
                           " file_name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " received_at TEXT NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('imported', 'refused', 'replaced')),"
                           " rows_imported INTEGER NOT NULL DEFAULT 0 CHECK (rows_imported >= 0),"
                           " rows_refused INTEGER NOT NULL DEFAULT 0 CHECK (rows_refused >= 0),"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " replaced_by INTEGER REFERENCES agency_return(id) ON DELETE RESTRICT)"),
            QStringLiteral("CREATE INDEX agency_return_period ON agency_return(year, quarter, agency_id)"),
            QStringLiteral("CREATE TABLE return_item ("
                           " id INTEGER PRIMARY KEY,"
                           " return_id INTEGER NOT NULL REFERENCES agency_return(id) ON DELETE RESTRICT,"
                           " sheet TEXT NOT NULL,"
                           " row_no INTEGER NOT NULL CHECK (row_no > 1),"
                           " target TEXT NOT NULL"
                           "  CHECK (target IN ('service_record', 'hazard', 'hazard_event', 'baseline_document')),"
                           " target_id INTEGER NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " undo TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX return_item_return ON return_item(return_id)"),
            QStringLiteral("CREATE INDEX return_item_target ON return_item(target, target_id)"),
            AuditTrail::kTriggersMarker,
        },
        // 11: what an imported return did, as counts, so the quarter's list says it in the clerk's language
        // whoever imported it.
        {
            QStringLiteral("ALTER TABLE agency_return ADD COLUMN rows_added INTEGER NOT NULL DEFAULT 0"
                           " CHECK (rows_added >= 0)"),
            QStringLiteral("ALTER TABLE agency_return ADD COLUMN rows_withdrawn INTEGER NOT NULL DEFAULT 0"
                           " CHECK (rows_withdrawn >= 0)"),
            AuditTrail::kTriggersMarker,
        },
        // 12: a record counts whenever it is dated, so the obligation engine reads a year's periodic records by
        // kind and day, surveys from a day on, and year-end reports by the year they report on — each from a
        // partial covering index. Hazards open or overdue on a past day:
        // the open ones with their day found, the closed ones by their closing day. The agencies' appraisal.
        {
            QStringLiteral(
                "CREATE INDEX service_record_kind ON service_record(kind, done_on, enterprise_id, report_year)"
                " WHERE voided_at IS NULL"),
            QStringLiteral(
                "CREATE INDEX service_record_report ON service_record(kind, report_year, enterprise_id, done_on)"
                " WHERE voided_at IS NULL"),
            QStringLiteral("DROP INDEX hazard_open"),
            QStringLiteral(
                "CREATE INDEX hazard_open ON hazard(deadline, enterprise_id, found_on) WHERE state <> 'closed'"),
            QStringLiteral(
                "CREATE INDEX hazard_closed ON hazard(closed_on, found_on, deadline) WHERE state = 'closed'"),
            // The appraisal scheme (考核评分细则) as data, versioned by the first year it applies to, like the
            // subsidy policy: items with their points, how each figure scores, and the grade thresholds.
            QStringLiteral("CREATE TABLE appraisal_scheme ("
                           " id INTEGER PRIMARY KEY,"
                           " from_year INTEGER NOT NULL UNIQUE CHECK (from_year BETWEEN 2000 AND 2100),"
                           " excellent_tenths INTEGER NOT NULL,"
                           " qualified_tenths INTEGER NOT NULL,"
                           " basic_tenths INTEGER NOT NULL,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " CHECK (0 < basic_tenths AND basic_tenths < qualified_tenths"
                           "  AND qualified_tenths < excellent_tenths AND excellent_tenths <= 1000))"),
            QStringLiteral("CREATE TABLE appraisal_item ("
                           " id INTEGER PRIMARY KEY,"
                           " scheme_id INTEGER NOT NULL REFERENCES appraisal_scheme(id) ON DELETE RESTRICT,"
                           " position INTEGER NOT NULL,"
                           " measure TEXT NOT NULL CHECK (measure IN ('inspections', 'surveys', 'baseline_on_time',"
                           "  'trainings', 'drills', 'rectification', 'rectification_on_time', 'year_end_reports',"
                           "  'evaluations', 'interviews', 'notices')),"
                           " weight_tenths INTEGER NOT NULL CHECK (weight_tenths BETWEEN 0 AND 1000),"
                           " full_at_tenths INTEGER NOT NULL DEFAULT 1000,"
                           " zero_at_tenths INTEGER NOT NULL DEFAULT 0,"
                           " per_event_tenths INTEGER NOT NULL DEFAULT 0 CHECK (per_event_tenths >= 0),"
                           " full_when_empty INTEGER NOT NULL DEFAULT 1 CHECK (full_when_empty IN (0, 1)),"
                           " UNIQUE (scheme_id, measure))"),
            // The default: a reading of the plan's 五.5 (the agency's duties) and 五.4 (quality supervision,
            // 约谈通报). Inspections weigh most; rectification and inspections give nothing at 50 % or below;
            // 约谈 takes 2 points and 通报 5, at most 10 each; 优秀 from 90, 合格 from 75, 基本合格 from 60.
            QStringLiteral("INSERT INTO appraisal_scheme (from_year, excellent_tenths, qualified_tenths, basic_tenths,"
                           " notes, created_at, updated_at) VALUES (2000, 900, 750, 600, '',"
                           " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
            QStringLiteral("INSERT INTO appraisal_item (scheme_id, position, measure, weight_tenths, full_at_tenths,"
                           " zero_at_tenths, per_event_tenths, full_when_empty)"
                           " SELECT s.id, i.position, i.measure, i.weight, i.full_at, i.zero_at, i.per_event, 1"
                           " FROM appraisal_scheme s, (SELECT 1 AS position, 'inspections' AS measure, 250 AS weight,"
                           "  1000 AS full_at, 500 AS zero_at, 0 AS per_event"
                           "  UNION ALL SELECT 2, 'surveys', 50, 1000, 0, 0"
                           "  UNION ALL SELECT 3, 'baseline_on_time', 100, 1000, 0, 0"
                           "  UNION ALL SELECT 4, 'trainings', 100, 1000, 0, 0"
                           "  UNION ALL SELECT 5, 'drills', 100, 1000, 0, 0"
                           "  UNION ALL SELECT 6, 'rectification', 150, 1000, 500, 0"
                           "  UNION ALL SELECT 7, 'rectification_on_time', 100, 1000, 500, 0"
                           "  UNION ALL SELECT 8, 'year_end_reports', 50, 1000, 0, 0"
                           "  UNION ALL SELECT 9, 'evaluations', 100, 1000, 0, 0"
                           "  UNION ALL SELECT 10, 'interviews', 100, 1000, 0, 20"
                           "  UNION ALL SELECT 11, 'notices', 100, 1000, 0, 50) i"
                           " WHERE s.from_year = 2000"),
            // A confirmed appraisal year keeps its own copy of every agency's figures (the scorecard row as
            // JSON), items, total and grade, so later records or a changed scheme never change it. Reopened
            // confirmations are kept with who reopened them and why.
            QStringLiteral("CREATE TABLE appraisal_confirmation ("
                           " id INTEGER PRIMARY KEY,"
                           " year INTEGER NOT NULL,"
                           " as_of TEXT NOT NULL,"
                           " scheme_id INTEGER REFERENCES appraisal_scheme(id) ON DELETE RESTRICT,"
                           " confirmed_at TEXT NOT NULL,"
                           " confirmed_by TEXT NOT NULL,"
                           " agency_count INTEGER NOT NULL,"
                           " reopened_at TEXT,"
                           " reopened_by TEXT,"
                           " reopen_reason TEXT)"),
            QStringLiteral("CREATE INDEX appraisal_confirmation_year ON appraisal_confirmation(year)"),
            QStringLiteral("CREATE TABLE appraisal_result ("
                           " id INTEGER PRIMARY KEY,"
                           " confirmation_id INTEGER NOT NULL REFERENCES appraisal_confirmation(id) ON DELETE RESTRICT,"
                           " position INTEGER NOT NULL,"
                           " agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,"
                           " agency_name TEXT NOT NULL,"
                           " figures TEXT NOT NULL,"
                           // NULL: the agency served no enterprise in the year and is not appraised.
                           " total_tenths INTEGER CHECK (total_tenths BETWEEN 0 AND 1000),"
                           " grade TEXT"
                           "  CHECK (grade IN ('excellent', 'qualified', 'basically_qualified', 'unqualified')),"
                           " UNIQUE (confirmation_id, agency_id))"),
            QStringLiteral("CREATE TABLE appraisal_point ("
                           " id INTEGER PRIMARY KEY,"
                           " result_id INTEGER NOT NULL REFERENCES appraisal_result(id) ON DELETE RESTRICT,"
                           " position INTEGER NOT NULL,"
                           " measure TEXT NOT NULL,"
                           " weight_tenths INTEGER NOT NULL,"
                           " figure INTEGER,"
                           " points_tenths INTEGER NOT NULL,"
                           " UNIQUE (result_id, position))"),
            AuditTrail::kTriggersMarker,
        },
        // 13: who did what. The office's staff as named operators (a password kept only as a salted slow hash); who
        // re-checked a hazard beside who recorded it; who imported a return; what an audit entry was part of (an
        // import…), covered by its hash and by the guard, which is made again to include it; and the clerk's
        // acknowledgements of entries written outside the program, which stay unsealed and reported until then.
        // kSealedNeverChangesSql is this step's text: `check` compares the trigger with it, so it never changes.
        {
            QStringLiteral("CREATE TABLE operator ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " password_hash TEXT NOT NULL DEFAULT '',"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE hazard_event ADD COLUMN rechecked_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE agency_return ADD COLUMN imported_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_context ADD COLUMN activity TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN activity TEXT"),
            QStringLiteral("DROP TRIGGER audit_sealed_never_changes"),
            AuditTrail::kSealedNeverChangesSql,
            QStringLiteral("CREATE INDEX audit_operator ON audit(operator, id)"),
            QStringLiteral("CREATE TABLE audit_acknowledgement ("
                           " id INTEGER PRIMARY KEY,"
                           " audit_id INTEGER NOT NULL UNIQUE REFERENCES audit(id) ON DELETE RESTRICT,"
                           " acknowledged_at TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '')"),
            AuditTrail::kTriggersMarker,
        },
        // 14: risk grading (风险分级管控, plan 四.2)
        // and the other services the plan buys (四.1, 四.3, 四.4).
        // An agency's risk assessment of an enterprise and its risk points, each with its method's figures (LEC
        // in tenths, or the matrix's likelihood and severity) and the level they give; a hazard may name the
        // risk point it belongs to.
        {
            QStringLiteral("CREATE TABLE risk_assessment ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,"
                           " assessed_on TEXT NOT NULL,"
                           " assessors TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " return_id INTEGER REFERENCES agency_return(id) ON DELETE RESTRICT,"
                           " archived_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX risk_assessment_enterprise ON risk_assessment(enterprise_id, assessed_on)"),
            QStringLiteral("CREATE TABLE risk_point ("
                           " id INTEGER PRIMARY KEY,"
                           " assessment_id INTEGER NOT NULL REFERENCES risk_assessment(id) ON DELETE RESTRICT,"
                           " position INTEGER NOT NULL,"
                           " place TEXT NOT NULL CHECK (length(trim(place)) > 0),"
                           " hazard_factors TEXT NOT NULL DEFAULT '',"
                           " accident_type TEXT NOT NULL DEFAULT '',"
                           " method TEXT NOT NULL CHECK (method IN ('lec', 'matrix')),"
                           " l_tenths INTEGER, e_tenths INTEGER, c_tenths INTEGER,"
                           " likelihood INTEGER CHECK (likelihood IS NULL OR likelihood BETWEEN 1 AND 5),"
                           " severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 5),"
                           " level TEXT NOT NULL CHECK (level IN ('major', 'considerable', 'general', 'low')),"
                           " measures TEXT NOT NULL DEFAULT '',"
                           " responsible TEXT NOT NULL DEFAULT '',"
                           " source_row INTEGER NOT NULL DEFAULT 0,"
                           " CHECK (method = 'matrix' OR (l_tenths > 0 AND e_tenths > 0 AND c_tenths > 0)),"
                           " CHECK (method = 'lec' OR (likelihood IS NOT NULL AND severity IS NOT NULL)),"
                           " UNIQUE (assessment_id, position))"),
            QStringLiteral(
                "ALTER TABLE hazard ADD COLUMN risk_point_id INTEGER REFERENCES risk_point(id) ON DELETE RESTRICT"),
            QStringLiteral("CREATE INDEX hazard_risk_point ON hazard(risk_point_id) WHERE risk_point_id IS NOT NULL"),
            // The service kinds beyond the obligations, as data the clerk edits, and each service delivered.
            QStringLiteral("CREATE TABLE service_kind ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " sort_order INTEGER NOT NULL DEFAULT 0,"
                           " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
            // The plan's 四.1 (专业技术服务), 四.3 (宣传) and 四.4 (信息服务).
            QStringLiteral("INSERT INTO service_kind (name, sort_order) VALUES"
                           " ('\u6807\u51c6\u5316\u521b\u5efa\u6307\u5bfc', 1),"
                           " ('\u8bda\u4fe1\u4f53\u7cfb\u5efa\u8bbe\u6307\u5bfc', 2),"
                           " ('\u68c0\u6d4b\u68c0\u9a8c', 3),"
                           " ('\u5b89\u5168\u8bc4\u4ef7', 4),"
                           " ('\u804c\u4e1a\u75c5\u5371\u5bb3\u8bc4\u4ef7', 5),"
                           " ('\u5e94\u6025\u6551\u63f4\u652f\u6301', 6),"
                           " ('\u653f\u7b56\u6cd5\u89c4\u54a8\u8be2', 7),"
                           " ('\u5b89\u5168\u5ba3\u4f20\u670d\u52a1', 8),"
                           " ('\u4fe1\u606f\u670d\u52a1', 9)"),
            QStringLiteral("CREATE TABLE other_service ("
                           " id INTEGER PRIMARY KEY,"
                           " enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,"
                           " agency_id INTEGER REFERENCES agency(id) ON DELETE RESTRICT,"
                           " kind_id INTEGER NOT NULL REFERENCES service_kind(id) ON DELETE RESTRICT,"
                           " done_on TEXT NOT NULL,"
                           " topic TEXT NOT NULL DEFAULT '',"
                           " content TEXT NOT NULL DEFAULT '',"
                           " people_count INTEGER NOT NULL DEFAULT 0 CHECK (people_count >= 0),"
                           " voided_at TEXT,"
                           " void_reason TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX other_service_enterprise ON other_service(enterprise_id, done_on)"),
            QStringLiteral(
                "CREATE INDEX other_service_date ON other_service(done_on, agency_id) WHERE voided_at IS NULL"),
            // Evidence may belong to a delivered service or a risk assessment too, and a return's row may bring a
            // risk assessment: SQLite cannot widen a CHECK, so both tables are rebuilt with their rows (their
            // audit triggers go with the old table and come back with the marker below).
            QStringLiteral(
                "CREATE TABLE evidence_new ("
                " id INTEGER PRIMARY KEY,"
                " owner_kind TEXT NOT NULL CHECK (owner_kind IN ('service_record', 'hazard', 'baseline_document',"
                "  'other_service', 'risk_assessment')),"
                " owner_id INTEGER NOT NULL,"
                " original_name TEXT NOT NULL,"
                " stored_name TEXT NOT NULL,"
                " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                " added_at TEXT NOT NULL,"
                " role TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'before', 'after')))"),
            QStringLiteral("INSERT INTO evidence_new (id, owner_kind, owner_id, original_name, stored_name, size_bytes,"
                           " sha256, added_at, role) SELECT id, owner_kind, owner_id, original_name, stored_name,"
                           " size_bytes, sha256, added_at, role FROM evidence"),
            QStringLiteral("DROP TABLE evidence"),
            QStringLiteral("ALTER TABLE evidence_new RENAME TO evidence"),
            QStringLiteral("CREATE INDEX evidence_owner ON evidence(owner_kind, owner_id)"),
            QStringLiteral("CREATE TABLE return_item_new ("
                           " id INTEGER PRIMARY KEY,"
                           " return_id INTEGER NOT NULL REFERENCES agency_return(id) ON DELETE RESTRICT,"
                           " sheet TEXT NOT NULL,"
                           " row_no INTEGER NOT NULL CHECK (row_no > 1),"
                           " target TEXT NOT NULL CHECK (target IN ('service_record', 'hazard', 'hazard_event',"
                           "  'baseline_document', 'risk_assessment')),"
                           " target_id INTEGER NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " undo TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "INSERT INTO return_item_new (id, return_id, sheet, row_no, target, target_id, fingerprint, undo)"
                " SELECT id, return_id, sheet, row_no, target, target_id, fingerprint, undo FROM return_item"),
            QStringLiteral("DROP TABLE return_item"),
            QStringLiteral("ALTER TABLE return_item_new RENAME TO return_item"),
            QStringLiteral("CREATE INDEX return_item_return ON return_item(return_id)"),
            QStringLiteral("CREATE INDEX return_item_target ON return_item(target, target_id)"),
            AuditTrail::kTriggersMarker,
        },
        // 15: the street's own inspections (街道检查, 联合检查 with an agency) beside the agencies': who inspected,
        // 'agency' for every record so far. The obligation engine reads only the agencies' records, so the partial
        // index of its periodic read (step 12) carries the column: still covering wherever it was.
        {
            QStringLiteral("ALTER TABLE service_record ADD COLUMN inspector TEXT NOT NULL DEFAULT 'agency'"
                           " CHECK (inspector IN ('agency', 'street', 'joint'))"),
            QStringLiteral("DROP INDEX service_record_kind"),
            QStringLiteral("CREATE INDEX service_record_kind ON service_record(kind, done_on, enterprise_id,"
                           " report_year, inspector) WHERE voided_at IS NULL"),
            AuditTrail::kTriggersMarker,
        },
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

QStringList Migrations::statements(int version)
{
    if (version < 1 || version > latestVersion()) {
        return {};
    }
    return steps().at(version - 1);
}

} // namespace sl::core
