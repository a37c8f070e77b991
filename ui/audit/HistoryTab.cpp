#include "HistoryTab.h"

#include "HistoryView.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTabWidget>

namespace sl::ui {

QTabWidget* HistoryTab::attach(QDialog* dialog, core::Database& db, const QString& table, qint64 recordId)
{
    return attach(dialog, db, table, recordId == 0 ? QList<qint64>() : QList<qint64>{ recordId });
}

QTabWidget* HistoryTab::attach(QDialog* dialog, core::Database& db, const QString& table,
                               const QList<qint64>& recordIds)
{
    auto* box = qobject_cast<QBoxLayout*>(dialog->layout());
    if (recordIds.isEmpty() || !box) {
        return nullptr;
    }
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("detailsPage"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    // The button box (or the form frame that holds it, with the error line) and what follows it stay below the
    // tabs, so that Save and Cancel are there on both.
    QList<QWidget*> below;
    bool afterButtons = false;
    while (box->count() > 0) {
        const int stretch = box->stretch(0);
        QLayoutItem* item = box->takeAt(0);
        if (QWidget* w = item->widget()) {
            delete item;
            if (qobject_cast<QDialogButtonBox*>(w)
                || w->findChild<QDialogButtonBox*>(QString(), Qt::FindDirectChildrenOnly)) {
                afterButtons = true;
            }
            if (afterButtons) {
                below << w;
            } else {
                pageLayout->addWidget(w, stretch);
            }
        } else if (QLayout* l = item->layout()) {
            l->setParent(nullptr);
            pageLayout->addLayout(l, stretch);
        } else {
            pageLayout->addItem(item);
        }
    }
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("recordTabs"));
    tabs->addTab(page, tr("Details"));
    auto* history = new HistoryView(db, table, recordIds);
    tabs->addTab(history, tr("History"));
    QObject::connect(tabs, &QTabWidget::currentChanged, history, [tabs, history](int index) {
        if (tabs->widget(index) == history) {
            history->reload();
        }
    });
    box->addWidget(tabs, 1);
    for (QWidget* w : std::as_const(below)) {
        box->addWidget(w);
    }
    return tabs;
}

} // namespace sl::ui
