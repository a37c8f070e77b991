#pragma once

#include "model/Agency.h"

#include "common/FormDialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Add or edit one agency. A refused value is explained in red under its field and Save stays
// disabled until the record is acceptable; the repository checks the same rules again on save.
class AgencyDialog : public FormDialog
{
    Q_OBJECT

public:
    AgencyDialog(core::Database& db, const core::Agency& agency, QWidget* parent = nullptr);

    core::Agency agency() const { return m_saved; }

public slots:
    void accept() override;

private:
    void buildForm();
    core::Agency collect() const;
    void revalidate();

    core::Database& m_db;
    core::Agency m_original;
    core::Agency m_saved;
    QStringList m_otherNames; // names of the other agencies, which must differ

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_creditCode = nullptr;
    QLabel* m_creditCodeError = nullptr;
    QLineEdit* m_qualification = nullptr;
    QLineEdit* m_contactPerson = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_notesError = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl::ui
