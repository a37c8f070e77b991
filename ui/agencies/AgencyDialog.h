#pragma once

#include "model/Agency.h"

#include "common/RecordFormDialog.h"

class QLabel;
class QLineEdit;

namespace sl::ui {

class FormNotes;

// Add or edit one agency. A refused value is explained in red under its field and Save stays
// disabled until the record is acceptable; the repository checks the same rules again on save.
class AgencyDialog : public RecordFormDialog<core::Agency>
{
    Q_OBJECT

public:
    AgencyDialog(core::Database& db, const core::Agency& agency, QWidget* parent = nullptr);

    core::Agency agency() const { return saved(); }

private:
    void buildForm();
    core::Agency collect() const override;
    void revalidate();
    bool write(core::Agency& a, QString* error) override;

    QStringList m_otherNames; // names of the other agencies, which must differ

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_creditCode = nullptr;
    QLabel* m_creditCodeError = nullptr;
    QLineEdit* m_qualification = nullptr;
    QLineEdit* m_contactPerson = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_address = nullptr;
    FormNotes* m_notes = nullptr;
};

} // namespace sl::ui
