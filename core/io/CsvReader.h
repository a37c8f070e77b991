#pragma once

#include "TextTable.h"

#include <QCoreApplication>

namespace sl::core {

// Reads the CSV files the clerk has: UTF-8 with or without a byte-order mark, or GB18030 (what Excel
// and WPS write on a Chinese Windows PC), told apart without asking; RFC 4180 quotes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };

    static bool read(const QString& path, const ReadLimits& limits, TextTable* table, QString* error,
                     Encoding* encoding = nullptr);
    static bool parse(const QByteArray& bytes, const ReadLimits& limits, TextTable* table, QString* error,
                      Encoding* encoding = nullptr);
};

} // namespace sl::core
