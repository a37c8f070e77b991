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

// The enterprises a file would bring in, each bad row with its whole reason in red; nothing is written until
// the clerk chooses. Import all (the default) is all or nothing, as on the command line: while any row is
// refused it writes nothing and says so. Taking only the good rows is a second, deliberate button that says
// how many rows are left out and asks first; the left-out rows can be saved, with their reasons, as a file
// to correct and import again. A template with the columns import reads is one click away.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(core::Database& db, const QString& path, QWidget* parent = nullptr);

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }
    // Refused rows not imported because the clerk chose to import only the good ones.
    int leftOut() const { return m_leftOut; }

public slots:
    // Import all: every row, or nothing while a row is refused.
    void accept() override;

private:
    void prepare();
    void importGoodRows();
    void saveRefusedRows();
    void saveTemplate();
    void showReason();
    bool isWorkbook() const;

    core::Database& m_db;
    QString m_path;
    core::EnterpriseImport::Preview m_preview;
    int m_inserted = 0;
    int m_updated = 0;
    int m_leftOut = 0;
    QCheckBox* m_update = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_importGood = nullptr;
    QPushButton* m_saveRefused = nullptr;
    QPushButton* m_template = nullptr;
};

} // namespace sl::ui
