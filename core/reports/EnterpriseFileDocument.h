#pragma once

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class Database;

// 一企一档: one enterprise's year — contract and agency, every obligation with its status, what the
// agency did, the hazards and their closure, certificates and the subsidy — from the same sources as
// the pages. A4 portrait.
class EnterpriseFileDocument
{
public:
    // Null when the enterprise does not exist.
    static std::unique_ptr<QTextDocument> build(Database& db, qint64 enterpriseId, int year, const QDate& asOf);
    static QString title(const QString& enterpriseName, int year);
    static QStringList sectionTitles();
};

} // namespace sl::core
