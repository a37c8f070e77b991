#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

class BackupTask;

// Backups in the settings: how many daily and weekly copies to keep, a copy now into the backups folder or into
// one file that carries everything (for a USB stick), both taken in the background, and a restore from a copy —
// database and evidence, checked whole before the clerk is asked; the main window closes and reopens the file around
// it.
class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSettingsBox(core::Database& db, QWidget* parent = nullptr);

    void reload();
    // A backup being written holds the file open; a restore waits for it.
    void waitForBackup();

public slots:
    void savePolicy();
    void backUpNow();
    void backUpToFile();
    void chooseRestore();

signals:
    // A checked backup the clerk confirmed; the main window puts it in place.
    // acceptBrokenTrail: the clerk was told that its audit trail is broken and wants it all the same.
    void restoreRequested(const QString& backupPath, bool acceptBrokenTrail);
    void backupWritten();

private:
    core::Database& m_db;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QPushButton* m_now = nullptr;
    QPushButton* m_toFile = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_done = nullptr;
    BackupTask* m_task = nullptr;
};

} // namespace sl::ui
