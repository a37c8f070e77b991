#pragma once

#include "rules/HazardLifecycle.h"

#include "common/FormDialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// One closure step of a hazard: its date and remark; for closing, the "after" evidence or the reason
// it is closed without; for listed supervision, the five items. A refused step keeps the dialog open
// with the reason, and nothing is written.
class HazardStepDialog : public FormDialog
{
    Q_OBJECT

public:
    HazardStepDialog(core::Database& db, const core::Hazard& hazard, core::HazardLifecycle::Action action,
                     QWidget* parent = nullptr);

    static QString actionTitle(core::HazardLifecycle::Action action);

private slots:
    void attachAfter();

private:
    void updateEvidence();
    QString problem() const override;
    bool save(QString* error) override;

    core::Database& m_db;
    core::Hazard m_hazard;
    core::HazardLifecycle::Action m_action;
    QDateEdit* m_day = nullptr;
    QPlainTextEdit* m_remark = nullptr;
    QLineEdit* m_closeReason = nullptr;
    QLineEdit* m_recheckedBy = nullptr;
    QLabel* m_evidence = nullptr;
    QLineEdit* m_measures = nullptr;
    QLineEdit* m_funds = nullptr;
    QDateEdit* m_listedDeadline = nullptr;
    QLineEdit* m_responsible = nullptr;
    QLineEdit* m_plan = nullptr;
};

} // namespace sl::ui
