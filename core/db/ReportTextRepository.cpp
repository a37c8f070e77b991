#include "ReportTextRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {
constexpr int kMaxText = 20000;
}

ReportTextRepository::ReportTextRepository(Database& db)
    : m_db(db)
{
}

AnnualReportTexts ReportTextRepository::annualTexts(int year) const
{
    AnnualReportTexts t;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT section, body FROM report_text WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next()) {
            const QString section = q.value(0).toString();
            const QString body = q.value(1).toString();
            if (section == QLatin1String("typical_problems")) {
                t.typicalProblems = body;
            } else if (section == QLatin1String("shortcomings")) {
                t.shortcomings = body;
            } else if (section == QLatin1String("next_steps")) {
                t.nextSteps = body;
            }
        }
    }
    return t;
}

bool ReportTextRepository::setAnnualTexts(int year, const AnnualReportTexts& t, QString* error)
{
    for (const QString& body : { t.typicalProblems, t.shortcomings, t.nextSteps }) {
        if (body.size() > kMaxText) {
            return failWith(error, tr("A section is longer than %1 characters.").arg(kMaxText));
        }
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO report_text (year, section, body, updated_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (year, section) DO UPDATE SET body = excluded.body,"
                             " updated_at = excluded.updated_at"));
    const QString now = SqlValue::nowUtc();
    for (const auto& [section, body] : { std::pair{ QStringLiteral("typical_problems"), t.typicalProblems },
                                         std::pair{ QStringLiteral("shortcomings"), t.shortcomings },
                                         std::pair{ QStringLiteral("next_steps"), t.nextSteps } }) {
        q.addBindValue(year);
        q.addBindValue(section);
        q.addBindValue(SqlValue::fromText(body.trimmed()));
        q.addBindValue(now);
        if (!q.exec()) {
            return failWith(error, tr("The report text could not be saved: %1").arg(q.lastError().text()));
        }
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The report text could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
