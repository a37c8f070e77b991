#pragma once

#include "model/SubsidyPolicy.h"

#include "common/FormDialog.h"
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormNotes;

// Add or edit one version of the subsidy policy. A confirmed year keeps its frozen lines, so the
// dialog says so rather than forbidding edits.
class PolicyDialog : public FormDialog
{
    Q_OBJECT

public:
    PolicyDialog(core::Database& db, const core::SubsidyPolicy& policy, QWidget* parent = nullptr);

private:
    core::SubsidyPolicy collect(QString* problem) const;
    void revalidate();
    QString problem() const override;
    bool save(QString* error) override;

    core::Database& m_db;
    core::SubsidyPolicy m_policy;
    qint64 m_version = 0; // the policy's version as the form has it (RecordVersion)
    QDateEdit* m_from = nullptr;
    QLineEdit* m_share = nullptr;
    QLabel* m_shareError = nullptr;
    QSpinBox* m_years = nullptr;
    QList<QCheckBox*> m_partial;
    QList<QCheckBox*> m_full;
    FormNotes* m_notes = nullptr;
};

} // namespace sl::ui
