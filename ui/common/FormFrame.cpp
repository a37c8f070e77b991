#include "FormFrame.h"

#include "FormErrors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl::ui {

FormFrame::FormFrame(QDialog* dialog, Accept accept, Hint hint)
    : QWidget(dialog)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (hint == Hint::Required) {
        auto* required = new QLabel(tr("Fields marked * are required."));
        required->setTextFormat(Qt::PlainText);
        layout->addWidget(required);
    }
    m_error = FormErrors::makeLabel(QStringLiteral("formError"));
    layout->addWidget(m_error);

    const QDialogButtonBox::StandardButton which
        = accept == Accept::Save ? QDialogButtonBox::Save : QDialogButtonBox::Ok;
    auto* buttons = new QDialogButtonBox(which | QDialogButtonBox::Cancel);
    m_accept = buttons->button(which);
    m_accept->setObjectName(accept == Accept::Save ? QStringLiteral("saveButton") : QStringLiteral("okButton"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

void FormFrame::setAcceptEnabled(bool enabled) const
{
    m_accept->setEnabled(enabled);
}

void FormFrame::showError(const QString& text) const
{
    FormErrors::show(m_error, text);
}

bool FormFrame::run(const std::function<QString()>& problem, const std::function<bool(QString*)>& save) const
{
    if (!m_accept->isEnabled()) {
        return false;
    }
    QString error = problem ? problem() : QString();
    if (error.isEmpty() && save(&error)) {
        return true;
    }
    showError(error);
    return false;
}

} // namespace sl::ui
