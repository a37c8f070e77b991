#pragma once

#include "model/Contract.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sl::core {
class Database;
}

namespace sl::ui {

class EnterprisePickerModel;
class FormFrame;
class RecordFilterProxy;

// Adds enterprises to a contract: tick them in a searchable list, choose the first day of service,
// and all are added in one step (or none, with the repository's reason).
class EnterprisePickerDialog : public QDialog
{
    Q_OBJECT

public:
    EnterprisePickerDialog(core::Database& db, const core::Contract& contract, const QDate& today,
                           QWidget* parent = nullptr);

    EnterprisePickerModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The coverage ids added by a successful OK.
    QList<qint64> addedCoverageIds() const { return m_added; }

public slots:
    void accept() override;

private:
    void setAllShown(bool checked);
    void updateState();

    core::Database& m_db;
    core::Contract m_contract;
    EnterprisePickerModel* m_model = nullptr;
    QSortFilterProxyModel* m_availableOnly = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyAvailable = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_selected = nullptr;
    FormFrame* m_frame = nullptr;
    QList<qint64> m_added;
};

} // namespace sl::ui
