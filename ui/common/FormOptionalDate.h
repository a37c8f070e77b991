#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace sl::ui {

// A date a form may leave out (signed on, valid until, joined on): a box to tick beside an ISO date field, the
// date counting only while the box is ticked. For the name "expiry" the box is expiryCheck, the field expiryEdit.
class FormOptionalDate : public QWidget
{
    Q_OBJECT

public:
    FormOptionalDate(const QString& checkText, const QString& name, QWidget* parent = nullptr);

    QCheckBox* check() const { return m_check; }
    QDateEdit* edit() const { return m_edit; }
    // The date while ticked, else an invalid date.
    QDate date() const;

private:
    QCheckBox* m_check = nullptr;
    QDateEdit* m_edit = nullptr;
};

} // namespace sl::ui
