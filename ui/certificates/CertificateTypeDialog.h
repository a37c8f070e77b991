#pragma once

#include "model/CertificateType.h"

#include "common/FormDialog.h"
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Adds or edits one certificate type: its name, usual validity and review interval in months.
class CertificateTypeDialog : public FormDialog
{
    Q_OBJECT

public:
    CertificateTypeDialog(core::Database& db, const core::CertificateType& type, QWidget* parent = nullptr);

    core::CertificateType type() const { return m_saved; }

public slots:
    void accept() override;

private:
    core::CertificateType collect() const;
    void revalidate();

    core::Database& m_db;
    core::CertificateType m_original;
    core::CertificateType m_saved;
    QStringList m_otherNames;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QSpinBox* m_validity = nullptr;
    QSpinBox* m_review = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl::ui
