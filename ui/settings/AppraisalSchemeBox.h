#pragma once

#include <QGroupBox>

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormList;

// The settings' appraisal scheme (考核评分细则): its versions by first year, what the default reads from
// the plan, and buttons to add or edit a version.
class AppraisalSchemeBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppraisalSchemeBox(core::Database& db, QWidget* parent = nullptr);

    void reload();

public slots:
    void addVersion();
    void editVersion();

signals:
    void changed();

private:
    core::Database& m_db;
    FormList* m_versions = nullptr;
};

} // namespace sl::ui
