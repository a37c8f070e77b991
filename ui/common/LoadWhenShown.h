#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sl::ui {

// A page reads its records when the clerk looks at it, not before: the window opens on the dashboard without
// reading 30,000 service records for a page nobody has opened, and a change elsewhere only marks a hidden page out
// of date. The page's reload() asks deferred() first and returns when the page is hidden; the page's next show
// then runs the load (the dashboard's way, for every page that reads much).
class LoadWhenShown : public QObject
{
    Q_OBJECT

public:
    LoadWhenShown(QWidget* page, std::function<void()> load);

    // True (and the load kept for the next show) while the page is hidden.
    bool deferred();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_load;
    bool m_stale = true;
};

} // namespace sl::ui
