#pragma once

#include "model/Hazard.h"

#include <QStringList>

namespace sl::core {

class HazardYear;

// The hazard list as the street files it: fixed Chinese header and words whatever the interface language.
class HazardTable
{
public:
    static QStringList header();
    static QStringList row(const HazardYear& year, const Hazard& hazard);
    // UTF-8 with BOM, one row per hazard found in the year.
    static bool writeCsv(const HazardYear& year, const QString& path, QString* error);
};

} // namespace sl::core
