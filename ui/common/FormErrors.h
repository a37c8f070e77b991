#pragma once

#include <QString>

class QDateEdit;
class QLabel;
class QWidget;

namespace sl::ui {

// How every form shows a refused value: the reason in red text right under its field (not only a
// red border), as plain text, and a window that grows so the reason is never cut off.
class FormErrors
{
public:
    static QLabel* makeLabel(const QString& objectName);
    // Sets the reason (empty hides it) and grows the dialog when the text needs more room.
    static void show(QLabel* label, const QString& text);
    // The field with its reason label under it, as one row of a form layout.
    static QWidget* withError(QWidget* field, QLabel* error);
    // A top-level window does not grow by itself when a word-wrapped reason appears after it was
    // shown (Qt sizes windows by height-for-width only once); without this the reason is cut off.
    static void growToFit(QWidget* window);
    // Dates are shown and typed as ISO dates everywhere, with a calendar popup.
    static QDateEdit* makeDate(const QString& objectName);
};

} // namespace sl::ui
