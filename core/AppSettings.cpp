#include "AppSettings.h"

namespace sl::core {

namespace {

struct Entry
{
    AppSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(AppSettings::Key key)
{
    static const Entry entries[] = {
        // "system" follows the operating system's language; "zh_CN" and "en" force one.
        { AppSettings::Key::Language, "General/Language", QStringLiteral("system") },
        { AppSettings::Key::MainWindowGeometry, "MainWindow/Geometry", QByteArray() },
        { AppSettings::Key::MainWindowState, "MainWindow/State", QByteArray() },
        { AppSettings::Key::EnterpriseTableHeader, "Enterprises/HeaderState", QByteArray() },
        { AppSettings::Key::LastDatabase, "General/LastDatabase", QString() },
    };
    for (const Entry& e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    return entries[0];
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QVariant AppSettings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}

namespace {

QString tableKey(const QString& table)
{
    // The enterprises' list kept its layout under its own key before every list did.
    return table == QLatin1String("enterpriseTable")
        ? QString::fromLatin1(entry(AppSettings::Key::EnterpriseTableHeader).name)
        : QStringLiteral("Tables/%1/HeaderState").arg(table);
}

} // namespace

QByteArray AppSettings::tableHeader(const QString& table) const
{
    return m_settings->value(tableKey(table)).toByteArray();
}

void AppSettings::setTableHeader(const QString& table, const QByteArray& state)
{
    m_settings->setValue(tableKey(table), state);
}

} // namespace sl::core
