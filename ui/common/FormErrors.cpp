#include "FormErrors.h"

#include "StatusStyle.h"
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace sl::ui {

QLabel* FormErrors::makeLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Bad));
    label->setVisible(false);
    return label;
}

void FormErrors::show(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    growToFit(label->window());
}

QWidget* FormErrors::withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void FormErrors::growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!window->isVisible() || !layout) {
        return;
    }
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > window->height()) {
        window->resize(window->width(), needed);
    }
}

QDateEdit* FormErrors::makeDate(const QString& objectName)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace sl::ui
