#pragma once

#include "model/Certificate.h"
#include "rules/CertificateStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sl::core {

class Database;

// The list of expired and expiring certificates as the street files it: fixed Chinese header and status
// words, whatever the interface language, like the compliance list.
class CertificateTable
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTable)

public:
    static QStringList header();
    // 已过期 / 即将到期; 有效 for a certificate that needs nothing yet (never in the list itself).
    static QString statusText(CertificateStatus::State state);
    static QStringList row(const Certificate& certificate, const QString& enterpriseName, const QString& creditCode,
                           const QString& typeName, const QDate& asOf, int days);
    // One row per certificate of CertificateRepository::expiring(asOf, days), soonest expiry first.
    static QList<QStringList> rows(Database& db, const QDate& asOf, int days);
    // UTF-8 with BOM. Refuses a negative number of days.
    static bool writeCsv(Database& db, const QString& path, const QDate& asOf, int days, QString* error);
};

} // namespace sl::core
