#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace sl::core {
class Database;
class AppSettings;
} // namespace sl::core

namespace sl::ui {

// The quarter's returns: for each agency serving enterprises that quarter, whether its return came in,
// when, from which file, how many rows were imported and how many refused; below, every file received.
// From here the clerk writes an agency's return workbook and imports a filled-in one.
class ReturnsPage : public QWidget
{
    Q_OBJECT

public:
    ReturnsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

public slots:
    void reload();
    void writeTemplate();
    // Asks for the file unless one is given; shows the preview; imports when the clerk confirms.
    void importReturn(const QString& path = QString());

signals:
    // Records, hazards and baseline documents came in: the derived pages recompute.
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedAgency(QString* name) const;

    core::Database& m_db;
    core::AppSettings& m_settings;
    QSpinBox* m_year = nullptr;
    QComboBox* m_quarter = nullptr;
    QTableWidget* m_agencies = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_templateAction = nullptr;
    QAction* m_importAction = nullptr;
};

} // namespace sl::ui
