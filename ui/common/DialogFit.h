#pragma once

#include <QObject>

namespace sl::ui {

// Every dialog of the program — forms, previews, pickers, Qt's own — fits the screen's free area when it first
// opens, not only those derived from FormDialog: an application-wide watcher of the dialogs' first show.
class DialogFit : public QObject
{
    Q_OBJECT

public:
    // Once per application (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace sl::ui
