#include "FormOptionalDate.h"

#include "FormErrors.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace sl::ui {

FormOptionalDate::FormOptionalDate(const QString& checkText, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText))
    , m_edit(FormErrors::makeDate(name + QStringLiteral("Edit")))
{
    m_check->setObjectName(name + QStringLiteral("Check"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
}

QDate FormOptionalDate::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

} // namespace sl::ui
