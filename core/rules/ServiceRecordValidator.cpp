#include "ServiceRecordValidator.h"

namespace sl::core {

QString ServiceRecordValidator::problem(const ServiceRecord& r, const QDate& today)
{
    if (r.enterpriseId <= 0) {
        return tr("Choose the enterprise.");
    }
    if (!r.doneOn.isValid()) {
        return tr("Enter the date it was done.");
    }
    if (r.doneOn > today) {
        return tr("The date %1 is in the future; enter what has been done.").arg(r.doneOn.toString(Qt::ISODate));
    }
    for (const QString& t : { r.topic, r.content, r.problems, r.measures, r.notes }) {
        if (t.size() > kMaxTextLength) {
            return tr("A field is longer than %1 characters.").arg(kMaxTextLength);
        }
    }
    if (r.kind != RecordKind::Inspection && r.inspector != Inspector::Agency) {
        return tr("Only an inspection can be made by the street.");
    }
    switch (r.kind) {
    case RecordKind::Training:
        if (r.topic.trimmed().isEmpty()) {
            return tr("Enter the training's topic.");
        }
        if (r.peopleCount <= 0 || r.peopleCount > kMaxPeople) {
            return tr("Enter the number of attendees (at least 1).");
        }
        break;
    case RecordKind::Drill:
        if (r.topic.trimmed().isEmpty()) {
            return tr("Enter the drill's scenario.");
        }
        if (r.peopleCount <= 0 || r.peopleCount > kMaxPeople) {
            return tr("Enter the number of participants (at least 1).");
        }
        break;
    case RecordKind::YearEndReport:
        if (r.reportYear < kFirstReportYear || r.reportYear > r.doneOn.year()) {
            return tr("The year-end report must name the year it reports on, not later than its date.");
        }
        if (r.content.trimmed().isEmpty()) {
            return tr("Enter the summary of the year's work.");
        }
        break;
    case RecordKind::Survey:
    case RecordKind::Inspection:
        break;
    }
    return {};
}

QString ServiceRecordValidator::hazardProblem(const Hazard& h)
{
    if (h.description.trimmed().isEmpty()) {
        return tr("Describe each hazard.");
    }
    if (h.description.size() > kMaxTextLength || h.place.size() > kMaxTextLength || h.demand.size() > kMaxTextLength) {
        return tr("A hazard's text is longer than %1 characters.").arg(kMaxTextLength);
    }
    if (h.deadline.isValid() && h.foundOn.isValid() && h.deadline < h.foundOn) {
        return tr("A hazard's rectification deadline is before the day it was found.");
    }
    return {};
}

} // namespace sl::core
