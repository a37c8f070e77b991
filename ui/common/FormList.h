#pragma once

#include <QStringList>
#include <QVariant>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace sl::ui {

// A short list of records the clerk adds and edits through their form dialog (operators, versions of the appraisal
// scheme, certificate types): the list, whole rows one at a time, beside a column of buttons, the add and Edit…
// buttons first and any the owner adds under them; a double-click on a row edits it as Edit… does. For the name
// "Operator" the list is operatorTable, the buttons addOperatorButton and editOperatorButton. Each row keeps its
// record's key under Qt::UserRole.
class FormList : public QWidget
{
    Q_OBJECT

public:
    FormList(const QString& name, const QStringList& headers, const QString& addText, const QString& editText,
             QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* editButton() const { return m_edit; }
    // Another button in the column, under those already there.
    QPushButton* addButton(const QString& text, const QString& objectName);
    // Fills a row with the cells, each holding the record's key.
    void setRow(int row, const QStringList& cells, const QVariant& key);
    // The key of the current row; invalid when there is none.
    QVariant currentKey() const;

signals:
    void addRequested();
    void editRequested();

private:
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QVBoxLayout* m_buttons = nullptr;
};

} // namespace sl::ui
