#include "ReportDocument.h"

#include "ReportFont.h"

namespace sl::core {

std::unique_ptr<QTextDocument> ReportDocument::fromHtml(const QString& html, qreal pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(pointSize));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

} // namespace sl::core
