#include "BackupSettingsBox.h"

#include "Clock.h"

#include "common/BackupTask.h"
#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/Database.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sl::ui {

BackupSettingsBox::BackupSettingsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Backups"), parent)
    , m_db(db)
    , m_task(new BackupTask(this))
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
    m_now = new QPushButton(tr("Back up now"));
    m_now->setObjectName(QStringLiteral("backUpNowButton"));
    m_toFile = new QPushButton(tr("Back up to a file…"));
    m_toFile->setObjectName(QStringLiteral("backUpToFileButton"));
    m_toFile->setToolTip(tr("One file with the database and every evidence file, to keep on a USB stick or to "
                            "move to another PC."));
    auto* restore = new QPushButton(tr("Restore from a backup…"));
    restore->setObjectName(QStringLiteral("restoreButton"));
    connect(save, &QPushButton::clicked, this, &BackupSettingsBox::savePolicy);
    connect(m_now, &QPushButton::clicked, this, &BackupSettingsBox::backUpNow);
    connect(m_toFile, &QPushButton::clicked, this, &BackupSettingsBox::backUpToFile);
    connect(restore, &QPushButton::clicked, this, &BackupSettingsBox::chooseRestore);
    connect(m_task, &BackupTask::finished, this, [this](const BackupTask::Outcome& outcome) {
        m_now->setEnabled(true);
        m_toFile->setEnabled(true);
        if (!outcome.ok) {
            m_done->clear();
            FormErrors::show(m_status, tr("No backup was written: %1").arg(outcome.error));
            return;
        }
        FormErrors::show(m_status, outcome.warnings.join(QLatin1Char('\n')));
        m_done->setText(tr("A backup of the database and its evidence files was written to %1.")
                            .arg(QDir::toNativeSeparators(outcome.paths.value(0))));
        emit backupWritten();
    });
    m_status = FormErrors::makeLabel(QStringLiteral("backupStatus"));
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("backupDone"));
    m_done->setTextFormat(Qt::PlainText);
    m_done->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Keep daily copies")));
    row->addWidget(m_daily);
    row->addWidget(new QLabel(tr("weekly copies")));
    row->addWidget(m_weekly);
    row->addWidget(save);
    row->addStretch(1);
    row->addWidget(m_now);
    row->addWidget(m_toFile);
    row->addWidget(restore);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_done);
    layout->addWidget(m_status);
    reload();
}

void BackupSettingsBox::reload()
{
    const core::BackupManager::Policy p = core::BackupManager::policy(m_db);
    m_daily->setValue(p.daily);
    m_weekly->setValue(p.weekly);
}

void BackupSettingsBox::waitForBackup()
{
    m_task->wait();
}

void BackupSettingsBox::savePolicy()
{
    QString error;
    if (!core::BackupManager::setPolicy(m_db, { m_daily->value(), m_weekly->value() }, &error)) {
        FormErrors::show(m_status, error);
        return;
    }
    FormErrors::show(m_status, QString());
}

void BackupSettingsBox::backUpNow()
{
    if (!m_task->startManual(m_db.location())) {
        return;
    }
    m_now->setEnabled(false);
    m_toFile->setEnabled(false);
    FormErrors::show(m_status, QString());
    m_done->setText(tr("Backing up the database and its evidence files…"));
}

void BackupSettingsBox::backUpToFile()
{
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QString suggested
        = QStringLiteral("%1-%2.zip").arg(base, core::Clock::today().toString(QStringLiteral("yyyyMMdd")));
    const QString target
        = FileDialog::getSaveFileName(this, tr("Back up to a file"), suggested, tr("SafeLedger backups (*.zip)"));
    if (target.isEmpty() || !m_task->startToFile(m_db.location(), target)) {
        return;
    }
    m_now->setEnabled(false);
    m_toFile->setEnabled(false);
    FormErrors::show(m_status, QString());
    m_done->setText(tr("Backing up the database and its evidence files…"));
}

void BackupSettingsBox::chooseRestore()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Restore from a backup"),
                                                     tr("SafeLedger backups (*.zip *.sqlite);;All files (*)"),
                                                     core::BackupManager(m_db.path()).folder());
    if (path.isEmpty()) {
        return;
    }
    // Checked whole before the clerk is asked, so she is never asked about a copy that cannot be restored.
    core::BackupRestorer::Summary summary;
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool good = core::BackupRestorer::verify(path, &summary, &problem);
    QApplication::restoreOverrideCursor();
    if (!good) {
        FormErrors::show(m_status, problem);
        return;
    }
    const QString taken = summary.createdUtc.isValid()
        ? summary.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QFileInfo(path).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = tr("Replace the current database with the backup %1 of %2, with its %n evidence file(s)?", nullptr,
                      summary.evidenceFiles)
                       .arg(QDir::toNativeSeparators(path), taken);
    if (summary.missingEvidence > 0) {
        text += QLatin1Char('\n')
            + tr("%n evidence file(s) were missing already when this backup was taken.", nullptr,
                 summary.missingEvidence);
    }
    text += QStringLiteral("\n\n")
        + tr("The current database and its evidence are kept as a backup in the backups folder, so this can be "
             "undone by restoring that one.");
    const bool broken = !summary.auditProblems.isEmpty();
    if (broken) {
        text += QStringLiteral("\n\n")
            + tr("Warning: the audit trail of this backup is broken, so its records cannot be trusted as the street's "
                 "record (%1). Restore it all the same? Check will go on reporting the break.")
                  .arg(summary.auditProblems.first());
    }
    if (MessageBox::question(this, tr("Restore"), text) == QMessageBox::Yes) {
        FormErrors::show(m_status, QString());
        emit restoreRequested(path, broken);
    }
}

} // namespace sl::ui
