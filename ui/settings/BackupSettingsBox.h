#pragma once

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Backups in the settings: how many daily and weekly copies to keep, a copy now, and a restore from a
// copy (checked first; the main window closes and reopens the file around it).
class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSettingsBox(core::Database& db, QWidget* parent = nullptr);

    void reload();

public slots:
    void savePolicy();
    void backUpNow();
    void chooseRestore();

signals:
    // A checked backup the clerk confirmed; the main window puts it in place.
    void restoreRequested(const QString& backupPath);

private:
    core::Database& m_db;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace sl::ui
