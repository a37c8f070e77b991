#include "EnterpriseTitle.h"

#include "db/EnterpriseRepository.h"

#include <QLabel>

namespace sl::ui {

QLabel* EnterpriseTitle::make(core::Database& db, qint64 enterpriseId)
{
    const auto enterprise = core::EnterpriseRepository(db).find(enterpriseId);
    auto* title = new QLabel(enterprise ? enterprise->name : QString());
    title->setObjectName(QStringLiteral("enterpriseLabel"));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    return title;
}

} // namespace sl::ui
