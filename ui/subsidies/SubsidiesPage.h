#pragma once

#include "reports/SubsidyYear.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;
class RecordFilterProxy;
class SubsidyLineModel;

// The subsidy list of a year (补助核算): computed lines, or the frozen lines of a confirmed year, with
// totals, confirmation and reopening, print preview and export for the finance office.
class SubsidiesPage : public QWidget
{
    Q_OBJECT

public:
    SubsidiesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload();
    void setYear(int year);
    int year() const;
    const core::SubsidyYear& subsidyYear() const { return m_year; }
    QTableView* table() const { return m_table; }

public slots:
    void confirmYear();
    void reopenYear();
    void printPreview();
    void exportList();

signals:
    void dataChanged();

private:
    void updateState();
    QString streetName() const;

    core::Database& m_db;
    core::AppSettings& m_settings;
    core::SubsidyYear m_year;
    SubsidyLineModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_totals = nullptr;
    QAction* m_confirm = nullptr;
    QAction* m_reopen = nullptr;
    QAction* m_print = nullptr;
    QAction* m_export = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui
