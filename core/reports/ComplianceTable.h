#pragma once

#include "model/Obligation.h"

#include <QStringList>

namespace sl::core {

class ComplianceYear;

// The compliance list as the street files it: fixed Chinese header and words, whatever the interface
// language, so that a finance or district office can read it the same way every year.
class ComplianceTable
{
public:
    static QStringList header();
    static QStringList row(const ComplianceYear& year, const Obligation& obligation);
    // UTF-8 with BOM, one row per enterprise × obligation × period.
    static bool writeCsv(const ComplianceYear& year, const QString& path, QString* error);
};

} // namespace sl::core
