#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace sl::core {

// The font every printed report uses, chosen in one place.
//
// A PDF is only useful to the finance office if its text can be searched and copied as the characters on screen.
// Qt 6.4 writes the text of a PDF through the font's character map read backwards, and Noto Sans/Serif CJK map the
// Kangxi radicals (U+2F00-U+2FDF) onto the same glyphs as the common characters: "he ji" then comes out of
// pdftotext as radicals that look right and match nothing. The fonts preferred here map each glyph to one
// character. Windows uses its own Chinese system fonts.
class ReportFont
{
public:
    // The families tried in order on this platform, best first.
    static QStringList preferredFamilies();
    // The first preferred family installed here; the first preferred family when none is (Qt then substitutes).
    static QString family();
    // Whether one of the preferred families is installed, so a caller can warn about a poor substitute.
    static bool isPreferredFamilyInstalled();
    // The report font at the given size, with the other preferred families as fallbacks for missing glyphs.
    static QFont font(qreal pointSize = 9.0, bool bold = false);
};

} // namespace sl::core
