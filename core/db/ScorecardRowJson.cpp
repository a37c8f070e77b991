#include "ScorecardRowJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sl::core {

namespace {

// Stable keys of the obligation kinds in the frozen text; never translated.
QString kindKey(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::Survey:
        return QStringLiteral("survey");
    case ObligationKind::Baseline:
        return QStringLiteral("baseline");
    case ObligationKind::Inspection:
        return QStringLiteral("inspection");
    case ObligationKind::Training:
        return QStringLiteral("training");
    case ObligationKind::Drill:
        return QStringLiteral("drill");
    case ObligationKind::RiskAssessment:
        return QStringLiteral("risk_assessment");
    case ObligationKind::YearEndReport:
        break;
    }
    return QStringLiteral("year_end_report");
}

} // namespace

QString ScorecardRowJson::toJson(const Scorecard::Row& row)
{
    QJsonObject o;
    o.insert(QStringLiteral("agency_id"), row.agencyId);
    o.insert(QStringLiteral("year"), row.year);
    o.insert(QStringLiteral("enterprises"), row.enterprises);
    o.insert(QStringLiteral("obligations_required"), row.obligationsRequired);
    o.insert(QStringLiteral("obligations_met"), row.obligationsMet);
    o.insert(QStringLiteral("hazards_found"), row.hazardsFound);
    o.insert(QStringLiteral("hazards_closed"), row.hazardsClosed);
    o.insert(QStringLiteral("hazards_closed_on_time"), row.hazardsClosedOnTime);
    o.insert(QStringLiteral("hazards_overdue"), row.hazardsOverdue);
    o.insert(QStringLiteral("interviews"), row.interviews);
    o.insert(QStringLiteral("other_services"), row.otherServices);
    o.insert(QStringLiteral("notices"), row.notices);
    QJsonObject kinds;
    for (ObligationKind kind : allObligationKinds()) {
        if (!row.obligations.contains(kind)) {
            continue;
        }
        const Scorecard::Count c = row.count(kind);
        kinds.insert(
            kindKey(kind),
            QJsonArray{ c.required, c.done, c.doneCapped, c.requiredDue, c.doneCappedDue, c.doneOnTimeCappedDue });
    }
    o.insert(QStringLiteral("obligations"), kinds);
    QJsonArray evaluations;
    for (const Evaluation& e : row.evaluations) {
        evaluations.append(QJsonObject{ { QStringLiteral("id"), e.id },
                                        { QStringLiteral("on"), e.evaluatedOn.toString(Qt::ISODate) },
                                        { QStringLiteral("score_tenths"), e.scoreTenths },
                                        { QStringLiteral("remarks"), e.remarks } });
    }
    o.insert(QStringLiteral("evaluations"), evaluations);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Scorecard::Row ScorecardRowJson::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Scorecard::Row row;
    row.agencyId = o.value(QStringLiteral("agency_id")).toInteger();
    row.year = o.value(QStringLiteral("year")).toInt();
    row.enterprises = o.value(QStringLiteral("enterprises")).toInt();
    row.obligationsRequired = o.value(QStringLiteral("obligations_required")).toInt();
    row.obligationsMet = o.value(QStringLiteral("obligations_met")).toInt();
    row.hazardsFound = o.value(QStringLiteral("hazards_found")).toInt();
    row.hazardsClosed = o.value(QStringLiteral("hazards_closed")).toInt();
    row.hazardsClosedOnTime = o.value(QStringLiteral("hazards_closed_on_time")).toInt();
    row.hazardsOverdue = o.value(QStringLiteral("hazards_overdue")).toInt();
    row.interviews = o.value(QStringLiteral("interviews")).toInt();
    row.otherServices = o.value(QStringLiteral("other_services")).toInt(); // 0 in rows confirmed before it existed
    row.notices = o.value(QStringLiteral("notices")).toInt();
    const QJsonObject kinds = o.value(QStringLiteral("obligations")).toObject();
    for (ObligationKind kind : allObligationKinds()) {
        const QJsonArray a = kinds.value(kindKey(kind)).toArray();
        if (a.size() == 6) {
            Scorecard::Count& c = row.obligations[kind];
            c.required = a.at(0).toInt();
            c.done = a.at(1).toInt();
            c.doneCapped = a.at(2).toInt();
            c.requiredDue = a.at(3).toInt();
            c.doneCappedDue = a.at(4).toInt();
            c.doneOnTimeCappedDue = a.at(5).toInt();
        }
    }
    for (const QJsonValue& v : o.value(QStringLiteral("evaluations")).toArray()) {
        const QJsonObject e = v.toObject();
        Evaluation ev;
        ev.id = e.value(QStringLiteral("id")).toInteger();
        ev.agencyId = row.agencyId;
        ev.evaluatedOn = QDate::fromString(e.value(QStringLiteral("on")).toString(), Qt::ISODate);
        ev.scoreTenths = e.value(QStringLiteral("score_tenths")).toInt();
        ev.remarks = e.value(QStringLiteral("remarks")).toString();
        row.evaluations.append(ev);
    }
    return row;
}

} // namespace sl::core
