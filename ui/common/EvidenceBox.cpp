#include "EvidenceBox.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "db/EvidenceRepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sl::ui {

EvidenceBox::EvidenceBox(core::Database& db, const QString& ownerKind, qint64 ownerId, QWidget* parent)
    : QGroupBox(tr("Evidence files"), parent)
    , m_db(db)
    , m_ownerKind(ownerKind)
    , m_ownerId(ownerId)
{
    setObjectName(QStringLiteral("evidenceBox"));
    auto* layout = new QHBoxLayout(this);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setFixedHeight(60);
    auto* buttons = new QVBoxLayout;
    auto* attach = new QPushButton(tr("Attach…"));
    attach->setObjectName(QStringLiteral("attachButton"));
    auto* open = new QPushButton(tr("Open"));
    open->setObjectName(QStringLiteral("openEvidenceButton"));
    buttons->addWidget(attach);
    buttons->addWidget(open);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(attach, &QPushButton::clicked, this, &EvidenceBox::attachFile);
    connect(open, &QPushButton::clicked, this, &EvidenceBox::openCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &EvidenceBox::openCurrent);
    refresh();
}

void EvidenceBox::setSaved(qint64 ownerId)
{
    m_ownerId = ownerId;
    m_pending.clear();
    refresh();
}

QStringList EvidenceBox::attachPending(qint64 ownerId)
{
    QStringList failed;
    core::EvidenceRepository evidence(m_db);
    for (const QString& path : std::as_const(m_pending)) {
        QString error;
        if (!evidence.attach(m_ownerKind, ownerId, path, nullptr, &error)) {
            failed << error;
        }
    }
    setSaved(ownerId);
    return failed;
}

void EvidenceBox::attachFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach evidence file"),
                                                     tr("Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc "
                                                        "*.docx *.xls *.xlsx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_pending.append(path);
    refresh();
}

void EvidenceBox::refresh()
{
    m_list->clear();
    if (m_ownerId != 0) {
        const core::EvidenceRepository evidence(m_db);
        for (const core::EvidenceFile& f : evidence.listOf(m_ownerKind, m_ownerId)) {
            auto* item = new QListWidgetItem(f.originalName, m_list);
            item->setData(Qt::UserRole, evidence.absolutePath(f));
        }
    }
    for (const QString& path : std::as_const(m_pending)) {
        auto* item = new QListWidgetItem(tr("%1 (attached when saved)").arg(QFileInfo(path).fileName()), m_list);
        item->setData(Qt::UserRole, path);
    }
}

void EvidenceBox::openCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString path = item->data(Qt::UserRole).toString();
    if (!QFileInfo::exists(path) || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        MessageBox::warning(this, tr("Evidence file"),
                            tr("%1 cannot be opened. Run the check to see whether the evidence folder is complete.")
                                .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace sl::ui
