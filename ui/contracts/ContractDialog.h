#pragma once

#include "model/Contract.h"

#include "common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Add or edit one tender contract. The unit price is typed as the clerk reads it off the contract
// ("3,500.00") and parsed to the fen; a refused value is explained in red under its field, and the
// repository checks the same rules again on save.
class ContractDialog : public FormDialog
{
    Q_OBJECT

public:
    ContractDialog(core::Database& db, const core::Contract& contract, QWidget* parent = nullptr);

    core::Contract contract() const { return m_saved; }

public slots:
    void accept() override;

private:
    void buildForm();
    void load(const core::Contract& c);
    core::Contract collect() const;
    void revalidate();

    core::Database& m_db;
    core::Contract m_original;
    core::Contract m_saved;

    QComboBox* m_agency = nullptr;
    QLabel* m_agencyError = nullptr;
    QLineEdit* m_contractNo = nullptr;
    QLineEdit* m_tenderLot = nullptr;
    QCheckBox* m_hasSignedOn = nullptr;
    QDateEdit* m_signedOn = nullptr;
    QDateEdit* m_periodStart = nullptr;
    QDateEdit* m_periodEnd = nullptr;
    QLabel* m_periodError = nullptr;
    QLineEdit* m_unitPrice = nullptr;
    QLabel* m_unitPriceError = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_notesError = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl::ui
