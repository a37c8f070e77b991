#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class SubsidyListTable;
class SubsidyYear;

// The printed subsidy list for the finance office (bu zhu zi jin fa fang ming xi biao) of one year: title, street,
// the table with its totals row, the street-share total in capital numerals, and the lines for the signatures of
// who drew it up, who checked it and who is responsible. Its texts are the finance office's fixed format, Chinese
// whatever the interface language. Print it with PagedDocumentPrinter, A4 landscape.
class SubsidyListDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const SubsidyYear& year, const QString& streetName);

    // "<year> nian du bu zhu zi jin fa fang ming xi biao": the document's title, also for the page header.
    static QString title(int year);
    // "tian bao dan wei: <street>   <draft or confirmed on>": the line under the title (the XLSX has it too).
    static QString unitLine(const SubsidyYear& year, const QString& streetName);
    // The street-share total in capitals and in figures, a line of its own under the table.
    static QString capitalsLine(const SubsidyListTable& table);
    // Drawn up by, checked by, responsible, date: each with room to sign.
    static QString signatureLine();
};

} // namespace sl::core
