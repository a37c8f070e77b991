#include "DialogFit.h"

#include "ScreenFit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>

namespace sl::ui {

namespace {

const char* const kFitted = "sl_dialogFitted";

} // namespace

void DialogFit::install()
{
    static DialogFit* installed = nullptr;
    if (!installed && qApp) {
        installed = new DialogFit(qApp);
        qApp->installEventFilter(installed);
    }
}

bool DialogFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (dialog && dialog->isWindow() && !dialog->property(kFitted).toBool()) {
            dialog->setProperty(kFitted, true);
            ScreenFit::fitToScreen(dialog);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sl::ui
