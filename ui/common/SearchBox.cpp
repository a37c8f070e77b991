#include "SearchBox.h"

#include <QAction>
#include <QLineEdit>
#include <QWidget>

namespace sl::ui {

QLineEdit* SearchBox::create(QWidget* page, const QString& placeholder)
{
    auto* search = new QLineEdit;
    search->setObjectName(QStringLiteral("searchEdit"));
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto* findAction = new QAction(page);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(findAction, &QAction::triggered, search, [search] {
        search->setFocus();
        search->selectAll();
    });
    page->addAction(findAction);
    return search;
}

} // namespace sl::ui
