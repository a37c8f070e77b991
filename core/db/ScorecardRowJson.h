#pragma once

#include "rules/Scorecard.h"

#include <QString>

namespace sl::core {

// A scorecard row as the JSON text a confirmed appraisal year keeps of it (appraisal_result.figures):
// every count it was scored from, and the spot-check evaluations, so the frozen sheet prints as it was.
class ScorecardRowJson
{
public:
    static QString toJson(const Scorecard::Row& row);
    static Scorecard::Row fromJson(const QString& json);
};

} // namespace sl::core
