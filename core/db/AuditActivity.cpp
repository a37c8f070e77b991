#include "AuditActivity.h"

#include "AuditTrail.h"

namespace sl::core {

const QString AuditActivity::kImport = QStringLiteral("import");
const QString AuditActivity::kReturn = QStringLiteral("return");

AuditActivity::AuditActivity(QSqlDatabase db, const QString& activity)
    : m_db(std::move(db))
{
    AuditTrail::setActivity(m_db, activity, nullptr);
}

AuditActivity::~AuditActivity()
{
    AuditTrail::setActivity(m_db, QString(), nullptr);
}

} // namespace sl::core
