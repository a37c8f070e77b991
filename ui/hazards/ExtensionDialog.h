#pragma once

#include "model/Hazard.h"
#include "model/HazardExtension.h"

#include "common/FormDialog.h"

class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace sl::core {
class Database;
}

namespace sl::ui {

// A deadline extension: asked for (new deadline and reason), or decided (approve or refuse, with a
// remark). The original deadline always stays on the hazard.
class ExtensionDialog : public FormDialog
{
    Q_OBJECT

public:
    // Without a pending request the dialog asks for one; with one, it decides it.
    ExtensionDialog(core::Database& db, const core::Hazard& hazard, QWidget* parent = nullptr);

    bool isDecision() const { return m_pending.id != 0; }

private:
    bool save(QString* error) override;

    core::Database& m_db;
    core::Hazard m_hazard;
    core::HazardExtension m_pending;
    QDateEdit* m_day = nullptr;
    QDateEdit* m_newDeadline = nullptr;
    QLineEdit* m_text = nullptr;
    QRadioButton* m_approve = nullptr;
    QRadioButton* m_refuse = nullptr;
};

} // namespace sl::ui
