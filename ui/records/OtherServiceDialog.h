#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sl::core {
class Database;
}

namespace sl::ui {

class EvidenceBox;
class FormFrame;

// One service beyond the obligations (标准化创建指导, 检测检验, …) delivered to an enterprise, typed in from the
// agency's paper: its kind (the active kinds of the settings), the day (served that day, not in the future), the
// agency serving that day, topic, content, people reached and evidence files. Saved with its files in one
// transaction; a refusal is shown under the form and nothing is written.
class OtherServiceDialog : public QDialog
{
    Q_OBJECT

public:
    OtherServiceDialog(core::Database& db, qint64 enterpriseId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private slots:
    void updateAgency();

private:
    core::Database& m_db;
    qint64 m_enterpriseId = 0;
    qint64 m_savedId = 0;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_agency = nullptr;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QSpinBox* m_people = nullptr;
    EvidenceBox* m_evidence = nullptr;
    FormFrame* m_frame = nullptr;
};

} // namespace sl::ui
