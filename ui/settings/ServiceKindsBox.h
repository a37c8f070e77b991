#pragma once

#include <QGroupBox>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QLabel;

namespace sl::core {
class Database;
struct ServiceKind;
} // namespace sl::core

namespace sl::ui {

// The service kinds beyond the obligations (标准化创建指导, 检测检验, …) as the clerk edits them: add, rename, archive
// and bring back. An archived kind keeps its delivered services and is not offered for new ones.
class ServiceKindsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServiceKindsBox(core::Database& db, QWidget* parent = nullptr);

    void reload();

private:
    void add();
    void rename();
    void toggleArchived();
    void updateButtons();
    // The kind an item of the list shows.
    static core::ServiceKind kindOf(const QListWidgetItem& it);
    // Writes kind; the status line tells why it was refused, or is cleared. True when written.
    bool save(core::ServiceKind& kind);

    core::Database& m_db;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_archive = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace sl::ui
