#pragma once

#include "rules/Scorecard.h"

#include <QStringList>

namespace sl::core {

class ScorecardYear;

// The scorecard as the street files it: fixed Chinese header, rates with one decimal.
class ScorecardTable
{
public:
    static QStringList header();
    static QStringList row(const ScorecardYear& year, const Scorecard::Row& row);
    static bool writeCsv(const ScorecardYear& year, const QString& path, QString* error);
};

} // namespace sl::core
