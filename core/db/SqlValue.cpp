#include "SqlValue.h"

namespace sl::core {

QVariant SqlValue::fromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QVariant(QStringLiteral("")) : QVariant(trimmed);
}

QVariant SqlValue::fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate SqlValue::toDate(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    // Every date column holds exactly YYYY-MM-DD; reading the digits directly is several times faster
    // than the general ISO parser, which matters when the engines read a year of records. Anything
    // else goes to the parser, which says no to what is not a date.
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        int digits[8];
        int n = 0;
        for (int i : { 0, 1, 2, 3, 5, 6, 8, 9 }) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return QDate::fromString(text, Qt::ISODate);
            }
            digits[n++] = c - u'0';
        }
        return QDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                     digits[6] * 10 + digits[7]);
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant SqlValue::fromTimestamp(const QDateTime& timestamp)
{
    return timestamp.isValid() ? QVariant(timestamp.toUTC().toString(Qt::ISODate))
                               : QVariant(QMetaType(QMetaType::QString));
}

QDateTime SqlValue::toTimestamp(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    // Stored with a trailing Z, so the parsed value is already UTC.
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QVariant SqlValue::fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 SqlValue::toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QString SqlValue::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace sl::core
