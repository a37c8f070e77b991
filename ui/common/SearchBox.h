#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace sl::ui {

// The search box every list page has: filters as the clerk types, a clear button, and Ctrl+F on the
// page puts the cursor in it with its text selected, as in Excel.
class SearchBox
{
public:
    static QLineEdit* create(QWidget* page, const QString& placeholder);
};

} // namespace sl::ui
