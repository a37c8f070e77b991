#pragma once

#include "model/Contract.h"

#include "common/RecordFormDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sl::ui {

class FormNotes;
class FormOptionalDate;

// Add or edit one tender contract. The unit price is typed as the clerk reads it off the contract
// ("3,500.00") and parsed to the fen; a refused value is explained in red under its field, and the
// repository checks the same rules again on save.
class ContractDialog : public RecordFormDialog<core::Contract>
{
    Q_OBJECT

public:
    ContractDialog(core::Database& db, const core::Contract& contract, QWidget* parent = nullptr);

    core::Contract contract() const { return saved(); }

private:
    void buildForm();
    void load(const core::Contract& c);
    core::Contract collect() const override;
    void revalidate();
    bool write(core::Contract& c, QString* error) override;

    QComboBox* m_agency = nullptr;
    QLabel* m_agencyError = nullptr;
    QLineEdit* m_contractNo = nullptr;
    QLineEdit* m_tenderLot = nullptr;
    FormOptionalDate* m_signedOn = nullptr;
    QDateEdit* m_periodStart = nullptr;
    QDateEdit* m_periodEnd = nullptr;
    QLabel* m_periodError = nullptr;
    QLineEdit* m_unitPrice = nullptr;
    QLabel* m_unitPriceError = nullptr;
    FormNotes* m_notes = nullptr;
};

} // namespace sl::ui
