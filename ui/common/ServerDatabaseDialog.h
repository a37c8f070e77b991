#pragma once

#include "common/FormDialog.h"

class QLineEdit;
class QSpinBox;

namespace sl::ui {

// File → Open a server database…: the office's PostgreSQL server, its port, the clerk's user name there and the
// street's database, put together as the address the program opens (postgresql://user@host:port/dbname). No
// password here: the program that opens it asks for one when the server wants it, and keeps it in memory only.
class ServerDatabaseDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ServerDatabaseDialog(QWidget* parent = nullptr);

    // The address, once the form was accepted.
    QString location() const { return m_location; }

private:
    QString problem() const override;
    bool save(QString* error) override;
    QString address() const;

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_preview = nullptr;
    QString m_location;
};

} // namespace sl::ui
