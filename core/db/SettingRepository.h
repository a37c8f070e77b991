#pragma once

#include "model/ObligationSettings.h"

#include <QCoreApplication>
#include <QString>

namespace sl::core {

class Database;

// Street-wide settings that belong with the data (they travel with the file to another PC),
// as opposed to per-user preferences in AppSettings.
class SettingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingRepository)

public:
    enum class Key { StreetName };

    explicit SettingRepository(Database& db);

    QString value(Key key) const;
    bool setValue(Key key, const QString& value, QString* error);

    // The obligation minimums and windows; the plan's numbers until the clerk changes them.
    ObligationSettings obligationSettings() const;
    bool setObligationSettings(const ObligationSettings& settings, QString* error);

private:
    static QString keyName(Key key);
    static QString defaultValue(Key key);

    Database& m_db;
};

} // namespace sl::core
