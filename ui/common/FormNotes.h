#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace sl::ui {

// The notes row of a form: free text over a few lines (Tab moves on to the next field, it types no tab), with
// the reason in red under it when the text would be refused. The edit is named notesEdit, the reason notesError.
class FormNotes : public QWidget
{
    Q_OBJECT

public:
    // A height of `lines` text lines; 0 leaves the height to the layout.
    explicit FormNotes(int lines = 0, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // The reason under the notes; empty hides it.
    void showError(const QString& text) const;

signals:
    void changed();

private:
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace sl::ui
