#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sl::core {

class SubsidyYear;

// Saves the subsidy list of one year for the finance office as CSV, XLSX or PDF, all three from SubsidyListTable so
// that they hold the same rows and totals. Each writer leaves the target untouched when it fails and sets *error to
// a sentence for the clerk.
class SubsidyListExport
{
    Q_DECLARE_TR_FUNCTIONS(SubsidyListExport)

public:
    enum class Format { Csv, Xlsx, Pdf };

    // By the file's suffix, in any letter case; nothing for any other suffix.
    static std::optional<Format> formatForPath(const QString& path);

    // Chooses the writer by the suffix of path; refuses any other suffix.
    static bool write(const SubsidyYear& year, const QString& streetName, const QString& path, QString* error);

    // UTF-8 with byte-order mark, the finance office's header, one row per line and the totals row.
    static bool writeCsv(const SubsidyYear& year, const QString& path, QString* error);
    // The same rows on one sheet under the title and the unit (marked draft while unconfirmed): amounts as numbers
    // shown with two decimals, the header row frozen; the total in capitals and the signature lines below. Printed
    // on A4 landscape, fitted to the width, the header row on every page, page x / y in the footer.
    static bool writeXlsx(const SubsidyYear& year, const QString& streetName, const QString& path, QString* error);
    // SubsidyListDocument on A4 landscape pages headed with the street name. Needs a QGuiApplication (fonts).
    static bool writePdf(const SubsidyYear& year, const QString& streetName, const QString& path, QString* error);
};

} // namespace sl::core
