#pragma once

#include "model/Certificate.h"
#include "model/CertificateType.h"

#include "common/RecordFormDialog.h"
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sl::ui {

class EnterpriseCombo;
class FormNotes;
class FormOptionalDate;

// Enters or edits one certificate. Choosing a type and an issue date proposes the expiry from the type's
// validity; the clerk may overwrite it, and a typed expiry is not replaced. A refused value is explained in
// red under its field and Save stays disabled until the certificate can be written.
class CertificateDialog : public RecordFormDialog<core::Certificate>
{
    Q_OBJECT

public:
    // A certificate with enterpriseId 0 lets the clerk choose the enterprise.
    CertificateDialog(core::Database& db, const core::Certificate& certificate, QWidget* parent = nullptr);

    core::Certificate certificate() const { return saved(); }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void revalidate();
    void proposeExpiry();

private:
    void buildForm();
    void loadTypes();
    qint64 enterpriseId() const;
    const core::CertificateType* currentType() const;
    QDate expiry() const; // invalid while not entered
    QDate issued() const; // invalid when unknown
    void updateHint();
    core::Certificate collect() const override;
    bool write(core::Certificate& c, QString* error) override;

    QList<core::CertificateType> m_types;
    // Whether the expiry is the clerk's own (typed or picked), which no proposal replaces.
    bool m_expiryByClerk = false;
    bool m_proposing = false;
    // The expiry field shows a date to type over, which the clerk has not given yet.
    bool m_expiryPlaceholder = false;

    EnterpriseCombo* m_enterprise = nullptr;
    QLabel* m_enterpriseLabel = nullptr;
    QLabel* m_enterpriseError = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_typeError = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_holder = nullptr;
    QLineEdit* m_issuer = nullptr;
    FormOptionalDate* m_issued = nullptr;
    QDateEdit* m_expires = nullptr;
    QLabel* m_expiresError = nullptr;
    QLabel* m_hint = nullptr;
    FormNotes* m_notes = nullptr;
};

} // namespace sl::ui
