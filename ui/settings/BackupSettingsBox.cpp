#include "BackupSettingsBox.h"

#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

BackupSettingsBox::BackupSettingsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Backups"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("backupSettings"));
    m_daily = new QSpinBox;
    m_daily->setObjectName(QStringLiteral("dailySpin"));
    m_daily->setRange(1, 365);
    m_weekly = new QSpinBox;
    m_weekly->setObjectName(QStringLiteral("weeklySpin"));
    m_weekly->setRange(1, 520);
    auto* save = new QPushButton(tr("Save"));
    save->setObjectName(QStringLiteral("saveBackupPolicyButton"));
    auto* now = new QPushButton(tr("Back up now"));
    now->setObjectName(QStringLiteral("backUpNowButton"));
    auto* restore = new QPushButton(tr("Restore from a backup…"));
    restore->setObjectName(QStringLiteral("restoreButton"));
    connect(save, &QPushButton::clicked, this, &BackupSettingsBox::savePolicy);
    connect(now, &QPushButton::clicked, this, &BackupSettingsBox::backUpNow);
    connect(restore, &QPushButton::clicked, this, &BackupSettingsBox::chooseRestore);
    m_status = FormErrors::makeLabel(QStringLiteral("backupStatus"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Keep daily copies")));
    row->addWidget(m_daily);
    row->addWidget(new QLabel(tr("weekly copies")));
    row->addWidget(m_weekly);
    row->addWidget(save);
    row->addStretch(1);
    row->addWidget(now);
    row->addWidget(restore);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    reload();
}

void BackupSettingsBox::reload()
{
    const core::BackupManager::Policy p = core::BackupManager(m_db).policy();
    m_daily->setValue(p.daily);
    m_weekly->setValue(p.weekly);
}

void BackupSettingsBox::savePolicy()
{
    QString error;
    if (!core::BackupManager(m_db).setPolicy({m_daily->value(), m_weekly->value()}, &error)) {
        FormErrors::show(m_status, error);
        return;
    }
    FormErrors::show(m_status, QString());
}

void BackupSettingsBox::backUpNow()
{
    QString error;
    const QString path = core::BackupManager(m_db).take(QStringLiteral("manual"), &error);
    if (path.isEmpty()) {
        FormErrors::show(m_status, error);
        return;
    }
    FormErrors::show(m_status, QString());
    MessageBox::information(this, tr("Backup"), tr("A copy was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void BackupSettingsBox::chooseRestore()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Restore from a backup"),
                                                     tr("SafeLedger backups (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // Checked before the clerk is asked, so she is never asked about a copy that cannot be restored.
    const QString problem = core::BackupManager::verify(path);
    if (!problem.isEmpty()) {
        FormErrors::show(m_status, problem);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Restore"),
        tr("Replace the current database with the backup %1?\n\nThe current file is kept in the backups folder, so "
           "this can be undone by restoring it.")
            .arg(QDir::toNativeSeparators(path)));
    if (answer == QMessageBox::Yes) {
        FormErrors::show(m_status, QString());
        emit restoreRequested(path);
    }
}

} // namespace sl::ui
