#pragma once

#include "model/Expert.h"

#include "common/FormDialog.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Add or edit one expert of an agency, with the certificate that qualifies them. An expired
// certificate is recorded as it is (the clerk keeps the facts) but is pointed out under the field.
class ExpertDialog : public FormDialog
{
    Q_OBJECT

public:
    ExpertDialog(core::Database& db, const core::Expert& expert, const QString& agencyName, QWidget* parent = nullptr);

    core::Expert expert() const { return m_saved; }

public slots:
    void accept() override;

private:
    void buildForm(const QString& agencyName);
    core::Expert collect() const;
    void revalidate();

    core::Database& m_db;
    core::Expert m_original;
    core::Expert m_saved;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_specialty = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_certificateNo = nullptr;
    QCheckBox* m_hasExpiry = nullptr;
    QDateEdit* m_expiry = nullptr;
    QLabel* m_expiryNote = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl::ui
