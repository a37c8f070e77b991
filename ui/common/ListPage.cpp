#include "ListPage.h"

#include "ListActions.h"
#include "LoadWhenShown.h"

#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

ListPage::ListPage(core::Database& db, core::AppSettings& settings, const QString& objectName,
                   std::function<void()> load, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(objectName);
    m_whenShown = new LoadWhenShown(this, std::move(load));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);
}

void ListPage::layOutList(QToolBar* toolbar, const QList<QLayout*>& filters, QWidget* body,
                          std::function<QString()> title, const QList<QAction*>& recordActions, QAction* copy)
{
    auto* layout = new QVBoxLayout(this);
    // Export and print what is shown, and the right-click menu, as on every list page.
    auto* listActions = new ListActions(this, m_table, m_db, std::move(title), copy);
    listActions->setRecordActions(recordActions);
    toolbar->addSeparator();
    toolbar->addAction(listActions->exportAction());
    toolbar->addAction(listActions->printAction());
    layout->addWidget(toolbar);
    for (QLayout* row : filters) {
        layout->addLayout(row);
    }
    layout->addWidget(body, 1);
    layout->addWidget(m_count);
}

} // namespace sl::ui
