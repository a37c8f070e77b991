#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sl::core {

// While one lives, the audit entries written say what they were part of ("import", "return"), so the log can
// say 导入 instead of 新增 for each enterprise of a list. Declared after the transaction it belongs to, it is
// undone inside it.
class AuditActivity
{
public:
    AuditActivity(QSqlDatabase db, const QString& activity);
    ~AuditActivity();
    AuditActivity(const AuditActivity&) = delete;
    AuditActivity& operator=(const AuditActivity&) = delete;

    static const QString kImport;
    static const QString kReturn;

private:
    QSqlDatabase m_db;
};

} // namespace sl::core
