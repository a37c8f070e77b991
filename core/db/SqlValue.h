#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace sl::core {

// How values travel into and out of columns: dates as ISO text, timestamps as UTC ISO text,
// "none" ids and dates as NULL. Kept in one place so every repository stores them alike.
class SqlValue
{
public:
    // Text columns are NOT NULL with '' for nothing; Qt would bind a null QString as NULL.
    static QVariant fromText(const QString& text);
    static QVariant fromDate(const QDate& date);
    static QDate toDate(const QVariant& value);
    static QVariant fromTimestamp(const QDateTime& timestamp);
    static QDateTime toTimestamp(const QVariant& value);
    static QVariant fromId(qint64 id);
    static qint64 toId(const QVariant& value);
    static QString nowUtc();
};

} // namespace sl::core
