#pragma once

#include "model/AppraisalScheme.h"

#include "common/FormDialog.h"
#include <QList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormNotes;

// Add or edit one version of the appraisal scheme (考核评分细则): for every figure its points and how it
// scores, the deductions, the grade thresholds. The points must add up to 100 before it can be saved; a
// confirmed year keeps its frozen appraisal, so the dialog says so rather than forbidding edits.
class AppraisalSchemeDialog : public FormDialog
{
    Q_OBJECT

public:
    AppraisalSchemeDialog(core::Database& db, const core::AppraisalScheme& scheme, QWidget* parent = nullptr);

    core::AppraisalScheme scheme() const;

private:
    struct Row
    {
        core::AppraisalMeasure measure = core::AppraisalMeasure::InspectionCompletion;
        QDoubleSpinBox* weight = nullptr;
        QDoubleSpinBox* fullAt = nullptr;
        QDoubleSpinBox* zeroAt = nullptr;
        QDoubleSpinBox* perEvent = nullptr;
        QCheckBox* fullWhenEmpty = nullptr;
    };

    QDoubleSpinBox* makeSpin(const QString& objectName, double maximum, int tenths);
    void revalidate();
    bool save(QString* error) override;

    core::Database& m_db;
    core::AppraisalScheme m_scheme;
    qint64 m_version = 0; // the scheme's version as the form has it (RecordVersion)
    QSpinBox* m_fromYear = nullptr;
    QTableWidget* m_items = nullptr;
    QList<Row> m_rows;
    QDoubleSpinBox* m_excellent = nullptr;
    QDoubleSpinBox* m_qualified = nullptr;
    QDoubleSpinBox* m_basic = nullptr;
    FormNotes* m_notes = nullptr;
    QLabel* m_sum = nullptr;
};

} // namespace sl::ui
