#include "FormNotes.h"

#include "FormErrors.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sl::ui {

FormNotes::FormNotes(int lines, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit)
    , m_error(FormErrors::makeLabel(QStringLiteral("notesError")))
{
    m_edit->setObjectName(QStringLiteral("notesEdit"));
    m_edit->setTabChangesFocus(true);
    if (lines > 0) {
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FormNotes::changed);
}

QString FormNotes::text() const
{
    return m_edit->toPlainText();
}

void FormNotes::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void FormNotes::showError(const QString& text) const
{
    FormErrors::show(m_error, text);
}

} // namespace sl::ui
