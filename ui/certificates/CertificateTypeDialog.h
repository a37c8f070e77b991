#pragma once

#include "model/CertificateType.h"

#include "common/RecordFormDialog.h"
#include <QStringList>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace sl::ui {

// Adds or edits one certificate type: its name, usual validity and review interval in months.
class CertificateTypeDialog : public RecordFormDialog<core::CertificateType>
{
    Q_OBJECT

public:
    CertificateTypeDialog(core::Database& db, const core::CertificateType& type, QWidget* parent = nullptr);

    core::CertificateType type() const { return saved(); }

public slots:
    void accept() override;

private:
    core::CertificateType collect() const override;
    void revalidate();
    bool write(core::CertificateType& t, QString* error) override;

    QStringList m_otherNames;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QSpinBox* m_validity = nullptr;
    QSpinBox* m_review = nullptr;
};

} // namespace sl::ui
