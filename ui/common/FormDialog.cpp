#include "FormDialog.h"

#include "MessageBox.h"
#include "ScreenFit.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace sl::ui {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
{
}

void FormDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_snapshotTaken) {
        markUnchanged();
        // Every form fits the screen's free area (the taskbar not counted) when it first opens.
        ScreenFit::fitToScreen(this);
    }
}

void FormDialog::markUnchanged()
{
    m_initial = snapshot();
    m_snapshotTaken = true;
}

QStringList FormDialog::snapshot() const
{
    QStringList out;
    const QList<QWidget*> widgets = findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        // The line edits inside spin boxes and combo boxes are read through their owners.
        if (qobject_cast<const QAbstractSpinBox*>(w->parentWidget())
            || qobject_cast<const QComboBox*>(w->parentWidget())) {
            continue;
        }
        if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
            if (!e->isReadOnly()) {
                out << e->text();
            }
        } else if (const auto* t = qobject_cast<const QPlainTextEdit*>(w)) {
            if (!t->isReadOnly()) {
                out << t->toPlainText();
            }
        } else if (const auto* t = qobject_cast<const QTextEdit*>(w)) {
            if (!t->isReadOnly()) {
                out << t->toPlainText();
            }
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            out << QString::number(c->currentIndex()) + QLatin1Char(':') + c->currentText();
        } else if (const auto* s = qobject_cast<const QAbstractSpinBox*>(w)) {
            out << s->text();
        } else if (const auto* b = qobject_cast<const QCheckBox*>(w)) {
            out << QString::number(b->checkState());
        } else if (const auto* r = qobject_cast<const QRadioButton*>(w)) {
            out << (r->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    return out;
}

bool FormDialog::hasChanges() const
{
    return m_snapshotTaken && snapshot() != m_initial;
}

FormFrame* FormDialog::addFrame(QVBoxLayout* layout, FormFrame::Hint hint)
{
    m_frame = new FormFrame(this, FormFrame::Accept::Save, hint);
    layout->addWidget(m_frame);
    return m_frame;
}

QString FormDialog::problem() const
{
    return {};
}

bool FormDialog::save(QString* /*error*/)
{
    return true;
}

void FormDialog::accept()
{
    // A form without the frame checks and writes in its own accept(), which ends here.
    if (!m_frame || m_frame->run([this] { return problem(); }, [this](QString* error) { return save(error); })) {
        QDialog::accept();
    }
}

void FormDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    switch (MessageBox::askToSave(this, windowTitle(), tr("This form has changes that are not saved. Save them?"))) {
    case QMessageBox::Save: {
        // As the Save button would: a refused value keeps the form open with its reason shown.
        QAbstractButton* saveButton = nullptr;
        for (QDialogButtonBox* box : findChildren<QDialogButtonBox*>()) {
            for (QDialogButtonBox::StandardButton which : { QDialogButtonBox::Save, QDialogButtonBox::Ok }) {
                if (!saveButton && box->button(which) && box->button(which)->isEnabled()) {
                    saveButton = box->button(which);
                }
            }
        }
        if (saveButton) {
            saveButton->click();
        } else {
            MessageBox::warning(
                this, windowTitle(),
                tr("The form cannot be saved as it is; the reasons are shown in red next to the fields."));
        }
        return;
    }
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return; // go on editing
    }
}

} // namespace sl::ui
