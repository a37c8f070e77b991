#pragma once

#include "model/Expert.h"

#include "common/RecordFormDialog.h"

class QLabel;
class QLineEdit;

namespace sl::ui {

class FormOptionalDate;

// Add or edit one expert of an agency, with the certificate that qualifies them. An expired
// certificate is recorded as it is (the clerk keeps the facts) but is pointed out under the field.
class ExpertDialog : public RecordFormDialog<core::Expert>
{
    Q_OBJECT

public:
    ExpertDialog(core::Database& db, const core::Expert& expert, const QString& agencyName, QWidget* parent = nullptr);

    core::Expert expert() const { return saved(); }

private:
    void buildForm(const QString& agencyName);
    core::Expert collect() const override;
    void revalidate();
    bool write(core::Expert& e, QString* error) override;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_specialty = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_certificateNo = nullptr;
    FormOptionalDate* m_expiry = nullptr;
    QLabel* m_expiryNote = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace sl::ui
