#include "TypedDate.h"

#include <QRegularExpression>

namespace sl::core {

QDate TypedDate::parse(const QString& text)
{
    static const QRegularExpression separated(
        QStringLiteral("^\\s*(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?\\s*$"));
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch()) {
        m = compact.match(text);
    }
    if (!m.hasMatch()) {
        return QDate();
    }
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace sl::core
