#include "ServiceKindsBox.h"

#include "common/FormErrors.h"
#include "db/OtherServiceRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl::ui {

ServiceKindsBox::ServiceKindsBox(core::Database& db, QWidget* parent)
    : QGroupBox(tr("Other service kinds"), parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("serviceKinds"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("serviceKindList"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("serviceKindName"));
    m_name->setPlaceholderText(tr("Name of the service kind"));
    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("addServiceKindButton"));
    m_rename = new QPushButton(tr("Rename"));
    m_rename->setObjectName(QStringLiteral("renameServiceKindButton"));
    m_archive = new QPushButton(tr("Archive"));
    m_archive->setObjectName(QStringLiteral("archiveServiceKindButton"));
    m_status = FormErrors::makeLabel(QStringLiteral("serviceKindStatus"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_name);
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_status);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ServiceKindsBox::add);
    connect(m_rename, &QPushButton::clicked, this, &ServiceKindsBox::rename);
    connect(m_archive, &QPushButton::clicked, this, &ServiceKindsBox::toggleArchived);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServiceKindsBox::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem* it = m_list->item(row)) {
            m_name->setText(it->data(Qt::UserRole + 1).toString());
        }
    });
    reload();
}

void ServiceKindsBox::reload()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const core::ServiceKind& k : core::OtherServiceRepository(m_db).kinds(true)) {
        auto* it = new QListWidgetItem(k.archived ? tr("%1 (archived)").arg(k.name) : k.name);
        it->setData(Qt::UserRole, k.id);
        it->setData(Qt::UserRole + 1, k.name);
        it->setData(Qt::UserRole + 2, k.archived);
        it->setData(Qt::UserRole + 3, k.sortOrder);
        if (k.archived) {
            it->setForeground(Qt::gray);
        }
        m_list->addItem(it);
        if (k.id == current) {
            m_list->setCurrentItem(it);
        }
    }
    updateButtons();
}

void ServiceKindsBox::add()
{
    core::ServiceKind kind;
    kind.name = m_name->text();
    kind.sortOrder = m_list->count() + 1;
    if (save(kind)) {
        m_name->clear();
        reload();
    }
}

void ServiceKindsBox::rename()
{
    const QListWidgetItem* it = m_list->currentItem();
    if (!it) {
        return;
    }
    core::ServiceKind kind = kindOf(*it);
    kind.name = m_name->text();
    if (save(kind)) {
        reload();
    }
}

void ServiceKindsBox::toggleArchived()
{
    const QListWidgetItem* it = m_list->currentItem();
    if (!it) {
        return;
    }
    core::ServiceKind kind = kindOf(*it);
    kind.archived = !kind.archived;
    if (save(kind)) {
        reload();
    }
}

core::ServiceKind ServiceKindsBox::kindOf(const QListWidgetItem& it)
{
    core::ServiceKind kind;
    kind.id = it.data(Qt::UserRole).toLongLong();
    kind.name = it.data(Qt::UserRole + 1).toString();
    kind.archived = it.data(Qt::UserRole + 2).toBool();
    kind.sortOrder = it.data(Qt::UserRole + 3).toInt();
    return kind;
}

bool ServiceKindsBox::save(core::ServiceKind& kind)
{
    QString error;
    const bool saved = core::OtherServiceRepository(m_db).saveKind(kind, &error);
    FormErrors::show(m_status, saved ? QString() : error);
    return saved;
}

void ServiceKindsBox::updateButtons()
{
    const QListWidgetItem* it = m_list->currentItem();
    m_rename->setEnabled(it != nullptr);
    m_archive->setEnabled(it != nullptr);
    m_archive->setText(it && it->data(Qt::UserRole + 2).toBool() ? tr("Restore") : tr("Archive"));
}

} // namespace sl::ui
