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
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
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
