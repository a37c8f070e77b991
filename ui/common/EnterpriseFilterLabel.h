#pragma once

#include <QObject>

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The "one enterprise" filter of a list page (its certificates, its service records): the enterprise's name
// ("Enterprise: …", enterpriseFilterLabel) and a button back to all enterprises (clearEnterpriseButton), both shown
// only while the page shows one enterprise.
class EnterpriseFilterLabel : public QObject
{
    Q_OBJECT

public:
    // Adds the label and the button at the end of filters; the button runs showAll.
    EnterpriseFilterLabel(QWidget* page, QBoxLayout* filters, std::function<void()> showAll);

    // Names enterpriseId (0: all enterprises are shown, the label and the button hide).
    void show(core::Database& db, qint64 enterpriseId);

private:
    QLabel* m_label = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace sl::ui
