#pragma once

#include "reports/AnnualReport.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextDocument;
class QTimer;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class EnterpriseCombo;

// 报表打印: the street's annual report (with the three sections the clerk writes and the report
// keeps), one enterprise's year-end file, and the quarter's inspection progress — previewed or saved as
// PDF, with progress and a Cancel button for long ones.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Annual, Enterprise, Quarter };

    ReportsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    Kind kind() const;
    // The document of the chosen report, or null with the reason shown (tests read it too).
    std::unique_ptr<QTextDocument> buildDocument(QString* title);

public slots:
    void reload();
    void saveTexts();
    void printPreview();
    void savePdf();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void buildUi();
    void loadTexts();
    // A key press in a section: its draft is written at once (TextDrafts), the texts saved once typing pauses.
    void textEdited(QPlainTextEdit* edit, const QString& section);
    QString draftKey(const QString& section) const;
    void updateFields();
    qint64 enterpriseId() const;
    QString streetName() const;

    core::Database& m_db;
    core::AppSettings& m_settings;
    QRadioButton* m_annual = nullptr;
    QRadioButton* m_enterprise = nullptr;
    QRadioButton* m_quarter = nullptr;
    QSpinBox* m_year = nullptr;
    QSpinBox* m_quarterSpin = nullptr;
    EnterpriseCombo* m_enterpriseCombo = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPlainTextEdit* m_shortcomings = nullptr;
    QPlainTextEdit* m_nextSteps = nullptr;
    QWidget* m_textsBox = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_saveTimer = nullptr;
    int m_textsYear = 0; // the year the sections on screen belong to
    bool m_loadingTexts = false;
    core::AnnualReport::Texts m_savedTexts;
};

} // namespace sl::ui
