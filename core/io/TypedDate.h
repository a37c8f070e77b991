#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// A date as people type it into a spreadsheet cell: 2026-10-08, 2026/10/8, 2026.10.8, 2026年10月8日 or 20261008,
// with spaces around. The enterprise import and the agencies' returns read dates alike.
class TypedDate
{
public:
    // Invalid when the text is none of those forms or no real day.
    static QDate parse(const QString& text);
};

} // namespace sl::core
