#pragma once

#include "model/Enterprise.h"

#include "common/RecordFormDialog.h"
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sl::ui {

class FormNotes;
class FormOptionalDate;

// Add or edit one enterprise. Each refused value is explained in red under its field, and Save stays
// disabled until the record is acceptable; the repository checks the same rules again on save.
class EnterpriseDialog : public RecordFormDialog<core::Enterprise>
{
    Q_OBJECT

public:
    EnterpriseDialog(core::Database& db, const core::Enterprise& enterprise, QWidget* parent = nullptr);

    core::Enterprise enterprise() const { return saved(); }

private:
    void buildForm();
    void load(const core::Enterprise& e);
    core::Enterprise collect() const override;
    void revalidate();
    bool write(core::Enterprise& e, QString* error) override;

    QList<qint64> m_landlordIds;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_creditCode = nullptr;
    QLabel* m_creditCodeError = nullptr;
    QCheckBox* m_override = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QLabel* m_overrideReasonError = nullptr;
    QComboBox* m_community = nullptr;
    QLabel* m_communityError = nullptr;
    QComboBox* m_sizeClass = nullptr;
    QWidget* m_sizeClassFromRow = nullptr;
    QDateEdit* m_sizeClassFrom = nullptr;
    QList<QCheckBox*> m_categories;
    QComboBox* m_hazard = nullptr;
    QComboBox* m_landlord = nullptr;
    QLabel* m_landlordError = nullptr;
    QComboBox* m_participation = nullptr;
    FormOptionalDate* m_joinDate = nullptr;
    QLabel* m_joinDateError = nullptr;
    QSpinBox* m_employees = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_legalRepresentative = nullptr;
    QLineEdit* m_safetyContact = nullptr;
    QLineEdit* m_safetyContactPhone = nullptr;
    QLineEdit* m_bankAccountName = nullptr;
    QLineEdit* m_bankName = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    FormNotes* m_notes = nullptr;
};

} // namespace sl::ui
