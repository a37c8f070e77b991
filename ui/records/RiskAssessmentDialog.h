#pragma once

#include "model/RiskAssessment.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormFrame;

// A risk assessment of one enterprise as the agency hands it in on paper: the day, the experts, and its risk
// points one per row (place, hazard factors, accident type, method LEC or matrix with its figures, control
// measures, responsible person). The ledger grades every point (RiskGrading) when it is saved; a refused figure is
// named with its row and nothing is written.
class RiskAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Place, Factors, Accident, Method, L, E, C, Likelihood, Severity, Measures, Responsible, ColumnCount };

    RiskAssessmentDialog(core::Database& db, qint64 enterpriseId, QWidget* parent = nullptr);

    QTableWidget* pointsTable() const { return m_points; }
    // Adds an empty point row (the "Add point" button).
    void addPoint();

public slots:
    void accept() override;

private:
    // The points as typed; false with the reason naming the row when a figure is not a number.
    bool readPoints(QList<core::RiskPoint>* points, QString* error) const;

    core::Database& m_db;
    qint64 m_enterpriseId = 0;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_assessors = nullptr;
    QTableWidget* m_points = nullptr;
    FormFrame* m_frame = nullptr;
};

} // namespace sl::ui
