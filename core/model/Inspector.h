#pragma once

#include <QList>
#include <QString>

namespace sl::core {

// By whom an inspection was made: an agency under its contract (服务机构检查), the street's own staff
// (街道检查), or the street together with an agency (联合检查).
//
// Why a field of the inspection record, not a record kind of its own or a table of its own: a street
// inspection is an inspection in every other respect — the same findings, experts or staff, evidence,
// voiding, and above all the same hazards, which hang off service_record by inspection_id and go through
// the same HazardLifecycle (整改, 复查, 销号), notices and interviews. A new kind would need the service_record
// table rebuilt (SQLite cannot widen a CHECK, and the hazards' ON DELETE RESTRICT forbids dropping it), and a
// table of its own would double every hazard query. So one column, 'agency' by default (every record before
// schema step 15 was an agency's), and the few readers that count an agency's work — the obligation engine's
// input (ComplianceRepository), the scorecard's hazards — take only Inspector::Agency. Where hazards are shown
// by agency, the street's own and the joint ones are a line of their own, never under the agency.
//
// A street inspection names no agency and needs no service contract that day (the street inspects any
// enterprise); a joint one names the agency that went along (the one serving the enterprise when not chosen).
enum class Inspector { Agency, Street, Joint };

QList<Inspector> allInspectors();
// Stable keys stored in the database; never translated.
QString inspectorKey(Inspector inspector);
bool inspectorFromKey(const QString& key, Inspector* out);
// The street's own work (街道检查 or 联合检查): never an agency's obligation or scorecard figure.
inline bool isStreetsOwn(Inspector inspector)
{
    return inspector != Inspector::Agency;
}

} // namespace sl::core
