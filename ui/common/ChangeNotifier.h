#pragma once

#include <QObject>

#include <functional>
#include <initializer_list>

namespace sl::ui {

// The one place where pages learn that something they show is derived from data another page changed. A page
// that writes says which area changed (notify); a page that shows derived figures subscribes to the areas it is
// computed from, once, when it is made. Pages never connect to each other.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Area {
        Register, // enterprises: added, edited, archived, imported, moved
        Communities,
        Agencies,
        Contracts,
        Records,
        Hazards,
        Certificates,
        Returns, // an imported agency return: records, hazards and baseline documents at once
        Policy,
        Appraisal,
        Obligations
    };

    explicit ChangeNotifier(QObject* parent = nullptr);

    void notify(Area area);
    // Calls onChange (in receiver's thread, until receiver is gone) whenever one of areas changes.
    void subscribe(QObject* receiver, std::initializer_list<Area> areas, const std::function<void()>& onChange);

signals:
    void changed(sl::ui::ChangeNotifier::Area area);
};

} // namespace sl::ui
