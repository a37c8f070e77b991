#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

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
};

} // namespace sl::core
