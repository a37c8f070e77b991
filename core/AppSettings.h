#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

namespace sl::core {

// The clerk's own preferences (language, window layout): enum keys with their defaults in one
// table, so no string key is spelled twice. Street data lives in the database (SettingRepository).
class AppSettings
{
public:
    enum class Key { Language, MainWindowGeometry, MainWindowState, EnterpriseTableHeader, LastDatabase };

    AppSettings();
    // For tests: a private INI file instead of the user's settings.
    explicit AppSettings(const QString& iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    // A list's column widths, order, hidden columns and sort (QHeaderView::saveState), by the table's object name.
    QByteArray tableHeader(const QString& table) const;
    void setTableHeader(const QString& table, const QByteArray& state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sl::core
