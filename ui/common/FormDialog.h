#pragma once

#include "FormFrame.h"

#include <QDialog>
#include <QStringList>

class QVBoxLayout;

namespace sl::ui {

// A form that keeps what the clerk typed: closed with changes (Cancel, Esc, the window's ×), it asks first —
// 保存 (save as the Save button would, staying open if a value is refused), 不保存, or 取消 (go on editing). What
// "changed" means is read from the form's own fields when it was first shown, so every form gets it by deriving
// from this class. Its frame (FormFrame: the required line, the form's error line, Save and Cancel) goes under
// the form's own fields with addFrame(), and Save runs the form's check, problem(), then its write, save().
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget* parent = nullptr);

    bool hasChanges() const;

public slots:
    // Through the frame: nothing while Save is disabled; else problem(), then save(); a refusal keeps the form open
    // with its reason on the form's error line.
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    // Takes the fields as they are now as the unchanged state (after a dialog reloads what it shows).
    void markUnchanged();
    // Puts the frame under what `layout` (the dialog's own layout) holds so far.
    FormFrame* addFrame(QVBoxLayout* layout, FormFrame::Hint hint = FormFrame::Hint::None);
    FormFrame* frame() const { return m_frame; }
    // Why the form cannot be saved as it is (checked on Save, before the write); empty when it can.
    virtual QString problem() const;
    // Writes the form; false, with the reason in *error, when it is refused.
    virtual bool save(QString* error);

private:
    QStringList snapshot() const;

    QStringList m_initial;
    bool m_snapshotTaken = false;
    FormFrame* m_frame = nullptr;
};

} // namespace sl::ui
