#pragma once

#include "model/Hazard.h"
#include "model/ServiceRecord.h"

#include "common/FormDialog.h"
#include <QStringList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class EnterpriseCombo;
class EvidenceBox;

// Enters or edits one service record: the fields its kind needs, the experts of the agency serving
// that day, the hazards an inspection found, and evidence files. Save stays disabled, with the reason
// shown, until the record can be written.
class RecordDialog : public FormDialog
{
    Q_OBJECT

public:
    // A record with enterpriseId 0 lets the clerk choose the enterprise.
    RecordDialog(core::Database& db, const core::ServiceRecord& record, QWidget* parent = nullptr);

    core::ServiceRecord savedRecord() const { return m_saved; }

public slots:
    void accept() override;

private slots:
    void revalidate();
    void updateAgency();
    void addHazard();
    void removeHazard();

private:
    void buildForm();
    void showKindFields();
    void sizeToForm();
    core::Inspector inspector() const;
    void refreshHazards();
    qint64 enterpriseId() const;
    core::ServiceRecord collect() const;
    QString problem() const override;
    bool save(QString* error) override;

    core::Database& m_db;
    core::ServiceRecord m_original;
    qint64 m_version = 0; // the record's version as the form has it (RecordVersion)
    core::ServiceRecord m_saved;
    qint64 m_agencyId = 0; // the agency of the record: the serving one, the joint one chosen, 0 for the street's own
    qint64 m_servingId = 0; // the agency serving the enterprise on the day
    QList<core::Hazard> m_hazards;

    QFormLayout* m_form = nullptr;
    EnterpriseCombo* m_enterprise = nullptr;
    QLabel* m_enterpriseLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_inspector = nullptr;
    QComboBox* m_jointAgency = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_agency = nullptr;
    QListWidget* m_experts = nullptr;
    QLineEdit* m_topic = nullptr;
    QSpinBox* m_people = nullptr;
    QSpinBox* m_reportYear = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    QLineEdit* m_notes = nullptr;
    QGroupBox* m_hazardBox = nullptr;
    QLineEdit* m_hazardPlace = nullptr;
    QLineEdit* m_hazardDescription = nullptr;
    QComboBox* m_hazardGrade = nullptr;
    QDateEdit* m_hazardDeadline = nullptr;
    QLineEdit* m_hazardDemand = nullptr;
    QComboBox* m_hazardCategory = nullptr;
    QLineEdit* m_hazardResponsible = nullptr;
    QTableWidget* m_hazardTable = nullptr;
    EvidenceBox* m_evidence = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_formPage = nullptr;
};

} // namespace sl::ui
