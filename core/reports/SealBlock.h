#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// The close of a document that leaves the office: the issuing office's name, the date, and room above them for
// the seal, right-aligned as Chinese official documents end. Shared by the annual report, the appraisal sheets and
// the notices to enterprises.
class SealBlock
{
public:
    // "锦北街道" -> "锦北街道办事处": the office that signs for the street; any other name as it is.
    static QString officeName(const QString& streetName);
    // "2026年11月29日"
    static QString chineseDate(const QDate& date);
    // The block as HTML for a QTextDocument.
    static QString html(const QString& streetName, const QDate& date);
};

} // namespace sl::core
