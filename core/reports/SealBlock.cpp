#include "SealBlock.h"

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

QString SealBlock::officeName(const QString& streetName)
{
    const QString street = streetName.trimmed();
    // jie dao -> jie dao ban shi chu: street -> street office
    if (street.endsWith(QStringLiteral("\u8857\u9053"))) {
        return street + QStringLiteral("\u529e\u4e8b\u5904");
    }
    return street;
}

QString SealBlock::chineseDate(const QDate& date)
{
    // nian, yue, ri
    return QStringLiteral("%1\u5e74%2\u6708%3\u65e5").arg(date.year()).arg(date.month()).arg(date.day());
}

QString SealBlock::html(const QString& streetName, const QDate& date)
{
    // Room for the seal, which is pressed over the name and the date. (gai zhang: seal) The lines before the date
    // are headings in form only: PagedDocumentPrinter keeps a heading with what follows it, so the block is never
    // split across a page end.
    const QString line
        = QStringLiteral("<h6 align=\"right\" style=\"font-weight:normal; font-size:10pt; margin:0\">%1</h6>");
    const QString seal = officeName(streetName).toHtmlEscaped() + QStringLiteral("\uff08\u76d6\u7ae0\uff09");
    return QStringLiteral("<p>&nbsp;</p>") + line.arg(QStringLiteral("&nbsp;")) + line.arg(QStringLiteral("&nbsp;"))
        + line.arg(seal) + QStringLiteral("<p align=\"right\" style=\"margin:0\">%1</p>").arg(chineseDate(date));
}

} // namespace sl::core
