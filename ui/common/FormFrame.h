#pragma once

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;

namespace sl::ui {

// The frame every form dialog has under its own fields, in one place: the line "Fields marked * are required."
// (for a form with starred fields), the form's error line (a reason no single field shows, or the repository's
// refusal) and the accept button beside Cancel, wired to the dialog's accept() and reject(). The accept button is
// Save (objectName saveButton) or OK (okButton, which the dialog names for what it does), and the default one.
class FormFrame : public QWidget
{
    Q_OBJECT

public:
    enum class Accept { Save, Ok };
    enum class Hint { None, Required };

    explicit FormFrame(QDialog* dialog, Accept accept = Accept::Save, Hint hint = Hint::None);

    QPushButton* acceptButton() const { return m_accept; }
    // A form disables its accept button while what it shows would be refused.
    void setAcceptEnabled(bool enabled) const;
    // Shows the reason on the form's error line (empty hides it); the dialog grows when the text needs the room.
    void showError(const QString& text) const;
    // What accepting a form does: nothing while the accept button is disabled (the reasons are in sight), else the
    // form's own check, then the write. A refusal of either is shown on the error line and false returned, so the
    // dialog stays open; true means the form is saved.
    bool run(const std::function<QString()>& problem, const std::function<bool(QString*)>& save) const;

private:
    QLabel* m_error = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace sl::ui
