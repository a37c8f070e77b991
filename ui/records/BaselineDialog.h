#pragma once

#include "model/BaselineDocument.h"

#include "common/FormDialog.h"
#include <QList>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The five baseline documents of one enterprise: tick each one done and give its date.
class BaselineDialog : public FormDialog
{
    Q_OBJECT

public:
    BaselineDialog(core::Database& db, qint64 enterpriseId, QWidget* parent = nullptr);

private:
    bool save(QString* error) override;

    struct Row
    {
        core::BaselineKind kind;
        QCheckBox* done = nullptr;
        QDateEdit* date = nullptr;
        QLineEdit* notes = nullptr;
        core::BaselineDocument original;
    };

    core::Database& m_db;
    qint64 m_enterpriseId = 0;
    QList<Row> m_rows;
};

} // namespace sl::ui
