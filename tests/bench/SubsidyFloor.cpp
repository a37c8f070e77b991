#include "SubsidyFloor.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>

namespace sl::bench {

namespace {

// QDate::addMonths in SQL: the same day of the month `months` later, or that month's last day when it is
// shorter (SQLite's own '+N months' runs over into the next month instead).
QString addMonths(const QString& day, const QString& months)
{
    const QString monthStart = QStringLiteral("date(%1, 'start of month', '+' || (%2) || ' months')").arg(day, months);
    return QStringLiteral("date(%1, '+' || (min(CAST(strftime('%d', %2) AS INTEGER),"
                          " CAST(strftime('%d', date(%1, '+1 month', '-1 day')) AS INTEGER)) - 1) || ' days')")
        .arg(monthStart, day);
}

// One obligation setting as SettingRepository::obligationSettings reads it: the stored whole number, else the
// default.
QString setting(const char* key, int fallback)
{
    return QStringLiteral("coalesce((SELECT CAST(value AS INTEGER) FROM setting WHERE key = '%1'"
                          " AND value <> '' AND value NOT GLOB '*[^0-9]*'), %2)")
        .arg(QLatin1String(key))
        .arg(fallback);
}

// QDate::addMonths(12 * years) in SQL: SQLite's '+N years' takes 29 February to 1 March, Qt to 28 February.
QString addYears(const QString& day, const QString& years)
{
    const QString moved = QStringLiteral("date(%1, '+' || (%2) || ' years')").arg(day, years);
    return QStringLiteral("(CASE WHEN substr(%1, 6, 5) = '02-29' AND substr(%2, 6, 5) = '03-01'"
                          " THEN date(%2, '-1 day') ELSE %2 END)")
        .arg(day, moved);
}

} // namespace

QString SubsidyFloor::sql()
{
    // The service years of every enterprise (ServiceYearSchedule): runs of days served, then a walk over
    // them that either takes the next run into the running year (it begins before the year ends),
    // starts the next year the day after (still served), or starts a year at the next run.
    const QString extend = QStringLiteral("(nx.rs IS NOT NULL AND nx.rs <= sy.ye)");
    const QString goesOn = QStringLiteral("(sy.rt > sy.ye)"); // served the day after the year
    const QString nextAnchor = QStringLiteral("(CASE WHEN %1 OR %2 THEN sy.anchor ELSE nx.rs END)").arg(extend, goesOn);
    const QString nextStep
        = QStringLiteral("(CASE WHEN %1 THEN sy.step WHEN %2 THEN sy.step + 1 ELSE 0 END)").arg(extend, goesOn);
    const QString firstEnd
        = QStringLiteral("date(%1, '-1 day')").arg(addYears(QStringLiteral("rs"), QStringLiteral("1")));
    const QString nextStart = addYears(nextAnchor, nextStep);
    const QString nextEnd
        = QStringLiteral("date(%1, '-1 day')").arg(addYears(nextAnchor, nextStep + QStringLiteral(" + 1")));

    QString s;
    s += QStringLiteral("WITH RECURSIVE st AS (SELECT ");
    s += setting("obligation.inspections_per_quarter", 1) + QStringLiteral(" AS ipq, ");
    s += setting("obligation.trainings_per_year", 2) + QStringLiteral(" AS tpy, ");
    s += setting("obligation.drills_per_year", 2) + QStringLiteral(" AS dpy, ");
    s += setting("obligation.baseline_months", 3) + QStringLiteral(" AS bm, ");
    s += setting("obligation.survey_days", 30) + QStringLiteral(" AS sd, ");
    s += setting("obligation.year_end_report_days", 31) + QStringLiteral(" AS yd, ");
    s += setting("obligation.min_service_days_in_quarter", 15) + QStringLiteral(" AS md, ");
    s += setting("obligation.risk_assessment_months", 3) + QStringLiteral(" AS rm, ");
    s += setting("obligation.risk_review_yearly", 1) + QStringLiteral(" AS rr),");
    // ServiceSpans::byEnterprise: each coverage bounded by its contract.
    s += QStringLiteral(
        " spans AS NOT MATERIALIZED (SELECT e, k, a, s, t FROM (SELECT v.enterprise_id AS e, v.contract_id AS k,"
        "  c.agency_id AS a, max(v.service_start, c.period_start) AS s,"
        "  CASE WHEN v.service_end IS NULL THEN c.period_end ELSE min(v.service_end, c.period_end) END AS t"
        "  FROM coverage v JOIN contract c ON c.id = v.contract_id) WHERE s <= t),"
        " marks AS (SELECT e, k, a, s, t,"
        "  max(t) OVER (PARTITION BY e ORDER BY s, k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach,"
        "  lag(t) OVER (PARTITION BY e ORDER BY s, k) AS prev_t, lag(a) OVER (PARTITION BY e ORDER BY s, k) AS prev_a"
        "  FROM spans),"
        " runs AS (SELECT e, r, min(s) AS rs, max(t) AS rt FROM (SELECT e, s, t, sum(CASE WHEN s <= date(reach, '+1 "
        "day')"
        "  THEN 0 ELSE 1 END) OVER (PARTITION BY e ORDER BY s, k ROWS UNBOUNDED PRECEDING) AS r FROM marks)"
        "  GROUP BY e, r),");
    s += QStringLiteral(
             " sy(e, anchor, step, p, ys, ye, r, rt) AS (SELECT e, rs, 0, 1, rs, %1, r, rt FROM runs WHERE r = 1"
             "  UNION ALL SELECT sy.e, %2, %3, CASE WHEN %4 THEN sy.p ELSE sy.p + 1 END,"
             "  CASE WHEN %4 THEN sy.ys ELSE %5 END, CASE WHEN %4 THEN sy.ye ELSE %6 END,"
             "  CASE WHEN %4 THEN nx.r WHEN %7 THEN sy.r ELSE nx.r END,"
             "  CASE WHEN %4 THEN nx.rt WHEN %7 THEN sy.rt ELSE nx.rt END"
             "  FROM sy LEFT JOIN runs nx ON nx.e = sy.e AND nx.r = sy.r + 1"
             "  WHERE sy.ys <= :end AND (%4 OR %7 OR nx.e IS NOT NULL)),")
             .arg(firstEnd, nextAnchor, nextStep, extend, nextStart, nextEnd, goesOn);
    // The years, each with the day its service ended (the last run taken in) and the previous year's start.
    s += QStringLiteral(
        " yr AS (SELECT e, p, ys, ye, min(ye, rt) AS cu, lag(ys) OVER (PARTITION BY e ORDER BY p) AS prev"
        "  FROM (SELECT e, p, ys, ye, max(r) AS r, rt FROM sy GROUP BY e, p)),"
        // The lines: years starting in the year, of enterprises on file, with the contract in force on the
        // first day (the later span wins).
        " ln AS (SELECT y.*, (SELECT x.k FROM spans x WHERE x.e = y.e AND x.s <= y.ys AND x.t >= y.ys"
        "  ORDER BY x.s DESC, x.k DESC LIMIT 1) AS k0 FROM yr y WHERE y.ys BETWEEN :start AND :end"
        "  AND y.e IN (SELECT id FROM enterprise)),"
        " ln2 AS (SELECT ln.*, c.agency_id AS a0, c.unit_price_fen AS fee,"
        "  (SELECT id FROM subsidy_policy WHERE effective_from <= ln.ys ORDER BY effective_from DESC LIMIT 1) AS pol,"
        "  (SELECT id FROM subsidy_policy WHERE effective_from <= ln.prev ORDER BY effective_from DESC LIMIT 1) AS "
        "prev_pol,"
        "  coalesce((SELECT h.size_class FROM size_class_history h WHERE h.enterprise_id = ln.e"
        "   AND h.effective_from <= ln.ys ORDER BY h.effective_from DESC LIMIT 1), (SELECT h.size_class"
        "   FROM size_class_history h WHERE h.enterprise_id = ln.e ORDER BY h.effective_from LIMIT 1),"
        "   (SELECT size_class FROM enterprise WHERE id = ln.e)) AS cls,"
        "  CASE WHEN ln.prev IS NULL THEN NULL ELSE coalesce((SELECT h.size_class FROM size_class_history h"
        "   WHERE h.enterprise_id = ln.e AND h.effective_from <= ln.prev ORDER BY h.effective_from DESC LIMIT 1),"
        "   (SELECT h.size_class FROM size_class_history h WHERE h.enterprise_id = ln.e"
        "   ORDER BY h.effective_from LIMIT 1), (SELECT size_class FROM enterprise WHERE id = ln.e)) END AS prev_cls"
        "  FROM ln LEFT JOIN contract c ON c.id = ln.k0),");
    // The obligations of the enterprises with a line, in the years up to today that a service year
    // starting in the year reaches (ObligationEngine::forEnterpriseYear), kept where overdue as of today.
    s += QStringLiteral(
             " yy AS (SELECT CAST(:year AS INTEGER) AS y UNION ALL SELECT CAST(:year AS INTEGER) + 1),"
             " ey AS (SELECT x.e, yy.y, yy.y || '-01-01' AS y0, yy.y || '-12-31' AS y1,"
             "  max(min(x.t, yy.y || '-12-31')) AS last_in, (SELECT min(z.s) FROM spans z WHERE z.e = x.e) AS first_day"
             "  FROM spans x JOIN yy ON CAST(yy.y AS TEXT) <= substr(:asof, 1, 4)"
             "  WHERE x.e IN (SELECT e FROM ln) AND x.s <= yy.y || '-12-31' AND x.t >= yy.y || '-01-01'"
             "  GROUP BY x.e, yy.y),"
             " eq AS (SELECT ey.e, ey.y, q.q, q.q0, q.q1,"
             "  (SELECT max(min(x.t, q.q1)) FROM spans x WHERE x.e = ey.e AND x.s <= q.q1 AND x.t >= q.q0) AS last_q,"
             "  (SELECT coalesce(sum(julianday(min(u.rt, q.q1)) - julianday(max(u.rs, q.q0)) + 1), 0) FROM runs u"
             "   WHERE u.e = ey.e AND u.rs <= q.q1 AND u.rt >= q.q0) AS days"
             "  FROM ey JOIN (SELECT n AS q, y || b AS q0, y || f AS q1, y FROM yy, (SELECT 1 AS n, '-01-01' AS b,"
             "   '-03-31' AS f UNION ALL SELECT 2, '-04-01', '-06-30' UNION ALL SELECT 3, '-07-01', '-09-30'"
             "   UNION ALL SELECT 4, '-10-01', '-12-31')) q ON q.y = ey.y),"
             " served AS (SELECT e, y, count(*) AS sq FROM eq, st WHERE eq.last_q IS NOT NULL AND eq.days >= st.md"
             "  GROUP BY e, y),"
             " ey2 AS (SELECT ey.*, coalesce(served.sq, 0) AS sq FROM ey LEFT JOIN served USING (e, y)),"
             " starts AS (SELECT e, a, s, coalesce(date(lead(s) OVER (PARTITION BY e ORDER BY s, k), '-1 day'),"
             "  '9999-12-31') AS until FROM (SELECT * FROM marks WHERE prev_t IS NULL OR date(prev_t, '+1 day') < s"
             "  OR prev_a <> a) WHERE e IN (SELECT e FROM ln)),"
             " overdue(e, due) AS ("
             // Surveys: one at every start of service with an agency in the year, met by a survey before the next.
             "  SELECT starts.e, date(starts.s, '+' || (max(st.sd, 1) - 1) || ' days') FROM starts, st"
             "   JOIN ey ON ey.e = starts.e AND substr(starts.s, 1, 4) = CAST(ey.y AS TEXT)"
             "   WHERE NOT EXISTS (SELECT 1 FROM service_record r WHERE r.enterprise_id = starts.e AND r.kind = "
             "'survey'"
             "   AND r.voided_at IS NULL AND r.done_on BETWEEN starts.s AND min(starts.until, :asof))"
             "  UNION ALL"
             // Baseline documents and the first risk assessment: in the year service first began.
             "  SELECT ey.e, date(%1, '-1 day') FROM ey, st WHERE substr(ey.first_day, 1, 4) = CAST(ey.y AS TEXT)"
             "   AND (SELECT count(*) FROM baseline_document b WHERE b.enterprise_id = ey.e AND b.completed_on <= "
             ":asof) < 5"
             "  UNION ALL"
             "  SELECT ey.e, date(%2, '-1 day') FROM ey, st WHERE substr(ey.first_day, 1, 4) = CAST(ey.y AS TEXT)"
             "   AND NOT EXISTS (SELECT 1 FROM risk_assessment ra WHERE ra.enterprise_id = ey.e AND ra.archived_at IS "
             "NULL"
             "   AND ra.assessed_on <= :asof)"
             "  UNION ALL"
             // The yearly review of the risk assessment in later years of service.
             "  SELECT ey2.e, ey2.last_in FROM ey2, st WHERE substr(ey2.first_day, 1, 4) <> CAST(ey2.y AS TEXT)"
             "   AND st.rr <> 0 AND ey2.sq > 0 AND NOT EXISTS (SELECT 1 FROM risk_assessment ra"
             "   WHERE ra.enterprise_id = ey2.e AND ra.archived_at IS NULL AND ra.assessed_on BETWEEN ey2.y0"
             "   AND min(ey2.y1, :asof))"
             "  UNION ALL"
             // Quarterly inspections where the quarter had enough days of service.
             "  SELECT eq.e, eq.last_q FROM eq, st WHERE eq.last_q IS NOT NULL AND eq.days >= st.md AND st.ipq > 0"
             "   AND (SELECT count(*) FROM service_record r WHERE r.enterprise_id = eq.e AND r.kind = 'inspection'"
             "   AND r.voided_at IS NULL AND r.done_on BETWEEN eq.q0 AND min(eq.q1, :asof)) < st.ipq"
             "  UNION ALL"
             // Trainings and drills against the minimums pro-rated by the quarters served.
             "  SELECT ey2.e, ey2.last_in FROM ey2, st, (SELECT 'training' AS kind UNION ALL SELECT 'drill') k"
             "   WHERE ey2.sq > 0 AND (CASE k.kind WHEN 'training' THEN st.tpy ELSE st.dpy END) > 0"
             "   AND (SELECT count(*) FROM service_record r WHERE r.enterprise_id = ey2.e AND r.kind = k.kind"
             "   AND r.voided_at IS NULL AND r.done_on BETWEEN ey2.y0 AND min(ey2.y1, :asof))"
             "   < ((CASE k.kind WHEN 'training' THEN st.tpy ELSE st.dpy END) * min(ey2.sq, 4) + 3) / 4"
             "  UNION ALL"
             // The year-end report on the year, whenever given.
             "  SELECT ey2.e, date(ey2.last_in, '+' || st.yd || ' days') FROM ey2, st WHERE ey2.sq > 0"
             "   AND NOT EXISTS (SELECT 1 FROM service_record r WHERE r.enterprise_id = ey2.e"
             "   AND r.kind = 'year_end_report' AND r.voided_at IS NULL AND r.report_year = ey2.y"
             "   AND r.done_on <= :asof))")
             .arg(addMonths(QStringLiteral("ey.first_day"), QStringLiteral("st.bm")),
                  addMonths(QStringLiteral("ey.first_day"), QStringLiteral("st.rm")));
    // The lines with their shares (SubsidyCalculator) and flags (SubsidyLedger, SubsidyYear).
    s += QStringLiteral(
        " SELECT ln2.e, en.name, en.credit_code, coalesce(cm.name, ''), ln2.cls, ln2.ys, ln2.p, coalesce(ln2.k0, 0),"
        "  coalesce(ag.name, ''), coalesce(ln2.pol, 0), coalesce(ln2.fee, 0),"
        "  CASE WHEN po.id IS NULL THEN 0 WHEN ' ' || po.full_classes || ' ' LIKE '% ' || ln2.cls || ' %'"
        "   THEN coalesce(ln2.fee, 0) WHEN ' ' || po.partial_classes || ' ' LIKE '% ' || ln2.cls || ' %'"
        "   AND ln2.p BETWEEN 1 AND po.subsidised_years THEN min(po.street_share_fen, coalesce(ln2.fee, 0)) ELSE 0"
        "   END AS street,"
        "  CASE WHEN po.id IS NULL THEN 'none' WHEN ' ' || po.full_classes || ' ' LIKE '% ' || ln2.cls || ' %'"
        "   THEN 'full' WHEN ' ' || po.partial_classes || ' ' LIKE '% ' || ln2.cls || ' %'"
        "   THEN CASE WHEN ln2.p BETWEEN 1 AND po.subsidised_years THEN 'partial' ELSE 'after_years' END"
        "   ELSE 'none' END AS rule,"
        "  (CASE WHEN ln2.prev IS NOT NULL AND ln2.prev_cls <> ln2.cls THEN 1 ELSE 0 END)"
        "  | (CASE WHEN ln2.prev IS NOT NULL AND ln2.prev_pol IS NOT ln2.pol THEN 2 ELSE 0 END)"
        "  | (CASE WHEN EXISTS (SELECT 1 FROM spans x WHERE x.e = ln2.e AND x.s <= ln2.cu AND x.t >= ln2.ys"
        "   AND x.a <> coalesce(ln2.a0, 0)) THEN 4 ELSE 0 END)"
        "  | (CASE WHEN ln2.cu < ln2.ye THEN 8 ELSE 0 END)"
        "  | (CASE WHEN :asof >= :start AND EXISTS (SELECT 1 FROM overdue o WHERE o.e = ln2.e"
        "   AND o.due BETWEEN ln2.ys AND ln2.ye AND o.due < :asof) THEN 16 ELSE 0 END) AS flags,"
        "  en.bank_account_name, en.bank_name, en.bank_account,"
        "  CASE WHEN en.safety_contact_phone = '' THEN en.safety_contact"
        "   ELSE en.safety_contact || ' ' || en.safety_contact_phone END"
        " FROM ln2 JOIN enterprise en ON en.id = ln2.e LEFT JOIN community cm ON cm.id = en.community_id"
        " LEFT JOIN contract kc ON kc.id = ln2.k0 LEFT JOIN agency ag ON ag.id = kc.agency_id"
        " LEFT JOIN subsidy_policy po ON po.id = ln2.pol"
        " ORDER BY cm.sort_order, en.community_id, en.name, ln2.ys, ln2.e");
    return s;
}

QList<core::SubsidyLine> SubsidyFloor::read(QSqlQuery& q)
{
    QList<core::SubsidyLine> rows;
    while (q.next()) {
        core::SubsidyLine l;
        l.enterpriseId = q.value(0).toLongLong();
        l.enterpriseName = q.value(1).toString();
        l.creditCode = q.value(2).toString();
        l.communityName = q.value(3).toString();
        core::sizeClassFromKey(q.value(4).toString(), &l.sizeClass);
        l.serviceYearStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        l.participationYear = q.value(6).toInt();
        l.contractId = q.value(7).toLongLong();
        l.agencyName = q.value(8).toString();
        l.policyId = q.value(9).toLongLong();
        l.fee = core::Money::fromFen(q.value(10).toLongLong());
        l.streetShare = core::Money::fromFen(q.value(11).toLongLong());
        l.enterpriseShare = l.fee - l.streetShare;
        core::subsidyRuleFromKey(q.value(12).toString(), &l.rule);
        l.flags = core::SubsidyFlags::fromInt(q.value(13).toInt());
        l.bankAccountName = q.value(14).toString();
        l.bankName = q.value(15).toString();
        l.bankAccount = q.value(16).toString();
        l.contact = q.value(17).toString();
        rows.append(l);
    }
    return rows;
}

bool SubsidyFloor::same(const QList<core::SubsidyLine>& floor, const QList<core::SubsidyLine>& program, QString* why)
{
    if (floor.size() != program.size()) {
        *why = QStringLiteral("%1 lines in SQL, %2 in the program").arg(floor.size()).arg(program.size());
        return false;
    }
    QHash<QPair<qint64, QDate>, core::SubsidyLine> byKey;
    for (const core::SubsidyLine& l : floor) {
        byKey.insert({ l.enterpriseId, l.serviceYearStart }, l);
    }
    for (core::SubsidyLine l : program) {
        const auto it = byKey.constFind({ l.enterpriseId, l.serviceYearStart });
        if (it == byKey.constEnd()) {
            *why = QStringLiteral("enterprise %1's line of %2 is not in SQL")
                       .arg(l.enterpriseId)
                       .arg(l.serviceYearStart.toString(Qt::ISODate));
            return false;
        }
        l.lineNo = 0;
        if (l != *it) {
            *why = QStringLiteral("enterprise %1's line of %2 differs (flags %3 / %4, street %5 / %6)")
                       .arg(l.enterpriseId)
                       .arg(l.serviceYearStart.toString(Qt::ISODate))
                       .arg(l.flags.toInt())
                       .arg(it->flags.toInt())
                       .arg(l.streetShare.fen())
                       .arg(it->streetShare.fen());
            return false;
        }
    }
    return true;
}

} // namespace sl::bench
