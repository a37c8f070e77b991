#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace sl::ui {

// All of SafeLedger's message boxes go through here: texts are always plain (an enterprise named
// "<b>x</b>" must not turn bold in a question), and tests can answer the next box without a click,
// as KeePassXC's MessageBox does.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // 保存 / 不保存 / 取消 before closing a form with changes: Save, Discard or Cancel.
    static QMessageBox::StandardButton askToSave(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box returns this answer at once. NoButton switches the hook off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box shown or answered, and whether it was plain text.
    static QString lastText();
    static Qt::TextFormat lastTextFormat();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, bool saveWords = false);
};

} // namespace sl::ui
