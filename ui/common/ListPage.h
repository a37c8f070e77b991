#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLayout;
class QLineEdit;
class QTableView;
class QToolBar;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;

// A page around one list (enterprises, service records, hazards…): the list with its search box, read when the
// clerk looks at the page (LoadWhenShown), a count line below it, and what every list offers (ListActions): export
// and print of the rows shown on the toolbar, copy, and the right-click menu.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    QTableView* table() const { return m_table; }

protected:
    // load: what the page's next show reads while it is out of date (see LoadWhenShown).
    ListPage(core::Database& db, core::AppSettings& settings, const QString& objectName, std::function<void()> load,
             QWidget* parent);

    // The toolbar, then export and print of the rows shown on it, the rows of filters, body and the count line.
    // title: what the list is called now (file name, sheet and print heading); recordActions: the record's own
    // actions, first in the right-click menu (null: a separator); copy: the page's copy action (null: one is made).
    void layOutList(QToolBar* toolbar, const QList<QLayout*>& filters, QWidget* body, std::function<QString()> title,
                    const QList<QAction*>& recordActions, QAction* copy);

    core::Database& m_db;
    core::AppSettings& m_settings;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui
