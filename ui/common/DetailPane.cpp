#include "DetailPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sl::ui {

DetailPane::DetailPane(int minimumWidth, QWidget* parent)
    : QScrollArea(parent)
{
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_name->setFont(big);
    m_body = new QLabel;
    m_body->setObjectName(QStringLiteral("detailBody"));
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* detail = new QWidget;
    auto* layout = new QVBoxLayout(detail);
    layout->addWidget(m_name);
    layout->addWidget(m_body, 1);
    setWidget(detail);
    setWidgetResizable(true);
    setMinimumWidth(minimumWidth);
}

} // namespace sl::ui
