#pragma once

#include "returns/ReturnImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// What an agency's return would bring: every row it adds, every row of an earlier return it takes back,
// and each refused row with its sheet, row and reason in red. Nothing is written until the clerk presses
// Import, which is possible only when no row is refused; a refused file can be noted as such for the
// quarter's list.
class ReturnPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnPreviewDialog(core::Database& db, const QString& path, QWidget* parent = nullptr);

    const core::ReturnImport::Preview& preview() const { return m_preview; }

public slots:
    void accept() override;

private:
    void recordRefusal();
    void addRow(const QString& sheet, int row, const QString& action, const QString& text, bool refused);

    core::Database& m_db;
    core::ReturnImport::Preview m_preview;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace sl::ui
