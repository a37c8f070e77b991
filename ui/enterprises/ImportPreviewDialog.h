#pragma once

#include "io/EnterpriseImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The enterprises a file would bring in, each bad row with its reason in red; nothing is written until
// the clerk presses Import, and then all the good rows at once, after a backup.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(core::Database& db, const QString& path, QWidget* parent = nullptr);

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }

public slots:
    void accept() override;

private:
    void prepare();

    core::Database& m_db;
    QString m_path;
    core::EnterpriseImport::Preview m_preview;
    int m_inserted = 0;
    int m_updated = 0;
    QCheckBox* m_update = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace sl::ui
