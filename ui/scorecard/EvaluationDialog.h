#pragma once

#include "common/FormDialog.h"

class QDateEdit;
class QDoubleSpinBox;
class QPlainTextEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The clerk's spot-check evaluation of an agency: date, score out of 100, remarks.
class EvaluationDialog : public FormDialog
{
    Q_OBJECT

public:
    EvaluationDialog(core::Database& db, qint64 agencyId, const QString& agencyName, QWidget* parent = nullptr);

private:
    bool save(QString* error) override;

    core::Database& m_db;
    qint64 m_agencyId = 0;
    QDateEdit* m_day = nullptr;
    QDoubleSpinBox* m_score = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
};

} // namespace sl::ui
