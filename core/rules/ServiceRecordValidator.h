#pragma once

#include "model/Hazard.h"
#include "model/ServiceRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sl::core {

// What makes a service record, and a hazard its inspection found, acceptable on its own fields. The form shows the
// first problem and stops the typing at the limits; the repository and the agencies' returns refuse a record that
// has one. That the enterprise was under service that day needs the file, so the repository checks it on top.
class ServiceRecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordValidator)

public:
    static constexpr int kMaxTextLength = 4000; // topic, content, problems, measures, notes; a hazard's texts
    static constexpr int kMaxPeople = 100000; // attendees of a training, participants of a drill
    static constexpr int kFirstReportYear = 2000;

    // Why the record cannot be saved, or an empty string. today: the last day a record may be dated.
    static QString problem(const ServiceRecord& record, const QDate& today);
    static QString hazardProblem(const Hazard& hazard);
};

} // namespace sl::core
