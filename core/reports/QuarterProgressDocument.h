#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace sl::core {

class Database;

// Quarterly progress: for each agency, the enterprises still without this quarter's inspection, with
// the days left, from the same compliance figures as the service records page. A4 portrait.
class QuarterProgressDocument
{
public:
    static std::unique_ptr<QTextDocument> build(Database& db, int year, int quarter, const QDate& asOf,
                                                const QString& streetName);
    static QString title(int year, int quarter);
    static QStringList sectionTitles();
};

} // namespace sl::core
