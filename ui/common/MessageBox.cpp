#include "MessageBox.h"

#include <QAbstractButton>

namespace sl::ui {

namespace {

QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
Qt::TextFormat s_lastFormat = Qt::AutoText;

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, bool saveWords)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    if (saveWords) {
        box.button(QMessageBox::Save)->setText(tr("Save"));
        box.button(QMessageBox::Discard)->setText(tr("Don't save"));
        box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    }
    s_lastText = box.text();
    s_lastFormat = box.textFormat();
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::askToSave(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Question, title, text,
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, true);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

Qt::TextFormat MessageBox::lastTextFormat()
{
    return s_lastFormat;
}

} // namespace sl::ui
