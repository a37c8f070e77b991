#pragma once

#include <QGroupBox>
#include <QStringList>

class QListWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The evidence files of one record in a form: the files already attached (owner kind and id, 0 for a record not
// saved yet) and the files chosen now, which the form attaches when it saves. Open shows a file with the system's
// viewer.
class EvidenceBox : public QGroupBox
{
    Q_OBJECT

public:
    EvidenceBox(core::Database& db, const QString& ownerKind, qint64 ownerId, QWidget* parent = nullptr);

    // The files chosen in the form, not attached yet.
    QStringList pendingPaths() const { return m_pending; }
    // After the form saved: the record's id, and the pending files (attached by the caller) are now its files.
    void setSaved(qint64 ownerId);
    // Attaches every pending file to the owner, each on its own; the reasons of those that failed.
    QStringList attachPending(qint64 ownerId);

public slots:
    void attachFile();
    void openCurrent();
    void refresh();

private:
    core::Database& m_db;
    QString m_ownerKind;
    qint64 m_ownerId = 0;
    QStringList m_pending;
    QListWidget* m_list = nullptr;
};

} // namespace sl::ui
