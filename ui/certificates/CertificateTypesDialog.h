#pragma once

#include "model/CertificateType.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormList;

// The certificate types (证照类型) with their usual validity and review interval: add, edit, archive
// and restore. Types are never deleted, since certificates point at them.
class CertificateTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateTypesDialog(core::Database& db, QWidget* parent = nullptr);

    // Whether anything was saved while the dialog was open.
    bool hasChanges() const { return m_changed; }
    QTableWidget* table() const;

public slots:
    void addType();
    void editSelected();
    void archiveSelected();
    void restoreSelected();

private:
    void reload(qint64 selectId = 0);
    void updateButtons();
    const core::CertificateType* selectedType() const;
    void setArchived(bool archived);

    core::Database& m_db;
    QList<core::CertificateType> m_types;
    bool m_changed = false;

    FormList* m_list = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace sl::ui
