#include "EnterpriseFilterLabel.h"

#include "db/EnterpriseRepository.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sl::ui {

EnterpriseFilterLabel::EnterpriseFilterLabel(QWidget* page, QBoxLayout* filters, std::function<void()> showAll)
    : QObject(page)
{
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("enterpriseFilterLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(tr("All enterprises"));
    m_clear->setObjectName(QStringLiteral("clearEnterpriseButton"));
    connect(m_clear, &QPushButton::clicked, page, std::move(showAll));
    filters->addWidget(m_label);
    filters->addWidget(m_clear);
}

void EnterpriseFilterLabel::show(core::Database& db, qint64 enterpriseId)
{
    if (enterpriseId != 0) {
        const auto e = core::EnterpriseRepository(db).find(enterpriseId);
        m_label->setText(tr("Enterprise: %1").arg(e ? e->name : QString()));
    }
    m_label->setVisible(enterpriseId != 0);
    m_clear->setVisible(enterpriseId != 0);
}

} // namespace sl::ui
