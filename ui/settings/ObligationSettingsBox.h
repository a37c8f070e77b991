#pragma once

#include <QGroupBox>

class QFormLayout;
class QCheckBox;
class QLabel;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The agencies' minimums and windows (plan section 五.5) as the street sets them.
class ObligationSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ObligationSettingsBox(core::Database& db, QWidget* parent = nullptr);

    void reload();

public slots:
    void save();

signals:
    void changed();

private:
    QSpinBox* addSpin(QFormLayout* form, const QString& objectName, const QString& label, int maximum,
                      const QString& suffix);

    core::Database& m_db;
    QSpinBox* m_inspections = nullptr;
    QSpinBox* m_trainings = nullptr;
    QSpinBox* m_drills = nullptr;
    QSpinBox* m_baselineMonths = nullptr;
    QSpinBox* m_surveyDays = nullptr;
    QSpinBox* m_reportDays = nullptr;
    QSpinBox* m_minDays = nullptr;
    QSpinBox* m_riskMonths = nullptr;
    QCheckBox* m_riskReview = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace sl::ui
