#include "SettingRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace sl::core
