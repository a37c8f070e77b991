#include "SettingRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>
#include <utility>

namespace sl::core {

SettingRepository::SettingRepository(Database& db)
    : m_db(db)
{
}

QString SettingRepository::keyName(Key key)
{
    switch (key) {
    case Key::StreetName:
        break;
    }
    return QStringLiteral("street_name");
}

QString SettingRepository::defaultValue(Key key)
{
    switch (key) {
    case Key::StreetName:
        break;
    }
    return tr("Street office");
}

QString SettingRepository::value(Key key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(keyName(key));
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    return defaultValue(key);
}

bool SettingRepository::setValue(Key key, const QString& value, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keyName(key));
    q.addBindValue(value.trimmed());
    const bool ok = q.exec();
    const QString why = ok ? QString() : q.lastError().text();
    q.finish();
    if (!ok || !tx.commit()) {
        if (error) {
            *error = tr("The setting could not be saved: %1").arg(ok ? tx.errorText() : why);
        }
        return false;
    }
    return true;
}

namespace {

// Setting key and field, in one table so reading and writing cannot drift apart.
const std::initializer_list<std::pair<const char*, int ObligationSettings::*>>& obligationFields()
{
    static const std::initializer_list<std::pair<const char*, int ObligationSettings::*>> fields = {
        { "obligation.inspections_per_quarter", &ObligationSettings::inspectionsPerQuarter },
        { "obligation.trainings_per_year", &ObligationSettings::trainingsPerYear },
        { "obligation.drills_per_year", &ObligationSettings::drillsPerYear },
        { "obligation.baseline_months", &ObligationSettings::baselineMonths },
        { "obligation.survey_days", &ObligationSettings::surveyDays },
        { "obligation.year_end_report_days", &ObligationSettings::yearEndReportDays },
        { "obligation.min_service_days_in_quarter", &ObligationSettings::minServiceDaysInQuarter },
        { "obligation.risk_assessment_months", &ObligationSettings::riskAssessmentMonths },
        { "obligation.risk_review_yearly", &ObligationSettings::riskReviewYearly },
    };
    return fields;
}

} // namespace

ObligationSettings SettingRepository::obligationSettings() const
{
    ObligationSettings settings;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'obligation.%'"))) {
        while (q.next()) {
            for (const auto& [key, field] : obligationFields()) {
                bool ok = false;
                const int value = q.value(1).toInt(&ok);
                if (q.value(0).toString() == QLatin1String(key) && ok && value >= 0) {
                    settings.*field = value;
                }
            }
        }
    }
    return settings;
}

bool SettingRepository::setObligationSettings(const ObligationSettings& settings, QString* error)
{
    for (const auto& [key, field] : obligationFields()) {
        if (settings.*field < 0 || settings.*field > 366) {
            if (error) {
                *error = tr("Each minimum and window must be a whole number between 0 and 366.");
            }
            return false;
        }
    }
    if (settings.riskReviewYearly != 0 && settings.riskReviewYearly != 1) {
        if (error) {
            *error = tr("The yearly review of the risk assessment is either on or off.");
        }
        return false;
    }
    if (settings.minServiceDaysInQuarter < 1 || settings.minServiceDaysInQuarter > 92) {
        if (error) {
            *error = tr("The days of service that make a quarter count must be between 1 and 92.");
        }
        return false;
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, field] : obligationFields()) {
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(QString::number(settings.*field));
        if (!q.exec()) {
            if (error) {
                *error = tr("The setting could not be saved: %1").arg(q.lastError().text());
            }
            return false;
        }
    }
    q.finish();
    if (!tx.commit()) {
        if (error) {
            *error = tr("The setting could not be saved: %1").arg(tx.errorText());
        }
        return false;
    }
    return true;
}

} // namespace sl::core
