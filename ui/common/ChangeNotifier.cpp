#include "ChangeNotifier.h"

#include <QList>

namespace sl::ui {

ChangeNotifier::ChangeNotifier(QObject* parent)
    : QObject(parent)
{
}

void ChangeNotifier::notify(Area area)
{
    emit changed(area);
}

void ChangeNotifier::subscribe(QObject* receiver, std::initializer_list<Area> areas,
                               const std::function<void()>& onChange)
{
    const QList<Area> watched(areas);
    connect(this, &ChangeNotifier::changed, receiver, [watched, onChange](Area area) {
        if (watched.contains(area)) {
            onChange();
        }
    });
}

} // namespace sl::ui
