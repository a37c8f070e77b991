#pragma once

#include <QScrollArea>

class QLabel;

namespace sl::ui {

// The selected record's details beside a list (an agency, an enterprise): its name big and bold at the top
// (detailName), below it the details as selectable plain text (detailBody), scrolled when they are long.
class DetailPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPane(int minimumWidth, QWidget* parent = nullptr);

    QLabel* name() const { return m_name; }
    QLabel* body() const { return m_body; }

private:
    QLabel* m_name = nullptr;
    QLabel* m_body = nullptr;
};

} // namespace sl::ui
