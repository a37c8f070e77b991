#include "LoadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace sl::ui {

LoadWhenShown::LoadWhenShown(QWidget* page, std::function<void()> load)
    : QObject(page)
    , m_page(page)
    , m_load(std::move(load))
{
    page->installEventFilter(this);
}

bool LoadWhenShown::deferred()
{
    m_stale = !m_page->isVisible();
    return m_stale;
}

bool LoadWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_load();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sl::ui
