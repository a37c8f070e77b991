#pragma once

#include <QDialog>
#include <QStringList>

namespace sl::ui {

// A form that keeps what the clerk typed: closed with changes (Cancel, Esc, the window's ×), it asks first —
// 保存 (save as the Save button would, staying open if a value is refused), 不保存, or 取消 (go on editing). What
// "changed" means is read from the form's own fields when it was first shown, so every form gets it by deriving
// from this class.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget* parent = nullptr);

    bool hasChanges() const;

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    // Takes the fields as they are now as the unchanged state (after a dialog reloads what it shows).
    void markUnchanged();

private:
    QStringList snapshot() const;

    QStringList m_initial;
    bool m_snapshotTaken = false;
};

} // namespace sl::ui
