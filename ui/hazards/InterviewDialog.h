#pragma once

#include "model/Interview.h"

#include "common/FormDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// 约谈 / 通报 of the enterprise or the agency of the selected hazards.
class InterviewDialog : public FormDialog
{
    Q_OBJECT

public:
    // The interview comes prefilled with the enterprise, agency and hazards it is about.
    InterviewDialog(core::Database& db, const core::Interview& interview, const QString& enterpriseName,
                    const QString& agencyName, QWidget* parent = nullptr);

private:
    core::Interview collect() const;
    QString problem() const override;
    bool save(QString* error) override;

    core::Database& m_db;
    core::Interview m_interview;
    QComboBox* m_kind = nullptr;
    QComboBox* m_subject = nullptr;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_people = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
};

} // namespace sl::ui
