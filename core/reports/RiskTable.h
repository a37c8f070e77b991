#pragma once

#include <QStringList>

namespace sl::core {

class RiskYear;

// The risk register as the street files it (command line `risks`): one row per risk point of the assessments
// in force in the year, fixed Chinese header and words whatever the interface language; L, E, C and D empty for
// the matrix method.
class RiskTable
{
public:
    static QStringList header();
    static QList<QStringList> rows(const RiskYear& year);
    // UTF-8 with BOM.
    static bool writeCsv(const RiskYear& year, const QString& path, QString* error);
};

} // namespace sl::core
