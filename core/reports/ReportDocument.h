#pragma once

#include <QString>
#include <QTextDocument>

#include <memory>

namespace sl::core {

// A report's document made from its HTML: the report font at the body size, no margin of its own (the printer's
// page margins are the only ones).
class ReportDocument
{
public:
    static std::unique_ptr<QTextDocument> fromHtml(const QString& html, qreal pointSize);
};

} // namespace sl::core
