#include "CertificateTypesDialog.h"

#include "CertificateTypeDialog.h"
#include "common/FormList.h"
#include "common/MessageBox.h"
#include "db/CertificateRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

enum Column { Name, Validity, Review, Status, ColumnCount };

} // namespace

CertificateTypesDialog::CertificateTypesDialog(core::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("certificateTypesDialog"));
    setWindowTitle(tr("Certificate types"));

    m_list = new FormList(QStringLiteral("Type"),
                          { tr("Name"), tr("Valid for (months)"), tr("Review every (months)"), tr("Status") },
                          tr("Add…"), tr("Edit…"));
    QHeaderView* header = m_list->table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Validity, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Review, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    connect(m_list->table(), &QTableWidget::itemSelectionChanged, this, &CertificateTypesDialog::updateButtons);
    m_archive = m_list->addButton(tr("Archive"), QStringLiteral("archiveTypeButton"));
    m_restore = m_list->addButton(tr("Restore"), QStringLiteral("restoreTypeButton"));
    connect(m_list, &FormList::addRequested, this, &CertificateTypesDialog::addType);
    connect(m_list, &FormList::editRequested, this, &CertificateTypesDialog::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &CertificateTypesDialog::archiveSelected);
    connect(m_restore, &QPushButton::clicked, this, &CertificateTypesDialog::restoreSelected);

    auto* note = new QLabel(tr("The validity proposes the expiry date of a new certificate from its issue date. "
                               "An archived type is no longer offered; certificates that have it keep it."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateTypesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(720, 380);
    reload();
}

QTableWidget* CertificateTypesDialog::table() const
{
    return m_list->table();
}

void CertificateTypesDialog::reload(qint64 selectId)
{
    QTableWidget* table = m_list->table();
    m_types = core::CertificateRepository(m_db).types(true);
    table->setRowCount(static_cast<int>(m_types.size()));
    const QColor archivedColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_types.size(); ++row) {
        const core::CertificateType& t = m_types.at(row);
        const QStringList cells = { t.name, t.validityMonths > 0 ? QString::number(t.validityMonths) : tr("none"),
                                    t.reviewMonths > 0 ? QString::number(t.reviewMonths) : tr("none"),
                                    t.archived ? tr("Archived") : tr("In use") };
        m_list->setRow(row, cells, t.id);
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = table->item(row, column);
            if (column == Validity || column == Review) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (t.archived) {
                item->setForeground(archivedColour);
            }
        }
        if (t.id == selectId) {
            table->selectRow(row);
        }
    }
    updateButtons();
}

const core::CertificateType* CertificateTypesDialog::selectedType() const
{
    const int row = table()->currentRow();
    if (row < 0 || row >= m_types.size() || table()->selectedItems().isEmpty()) {
        return nullptr;
    }
    return &m_types.at(row);
}

void CertificateTypesDialog::updateButtons()
{
    const core::CertificateType* t = selectedType();
    m_list->editButton()->setEnabled(t != nullptr);
    m_archive->setEnabled(t && !t->archived);
    m_restore->setEnabled(t && t->archived);
}

void CertificateTypesDialog::addType()
{
    core::CertificateType type;
    type.validityMonths = 36;
    CertificateTypeDialog dialog(m_db, type, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(dialog.type().id);
    }
}

void CertificateTypesDialog::editSelected()
{
    const core::CertificateType* t = selectedType();
    if (!t) {
        return;
    }
    CertificateTypeDialog dialog(m_db, *t, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(dialog.type().id);
    }
}

void CertificateTypesDialog::setArchived(bool archived)
{
    const core::CertificateType* t = selectedType();
    if (!t || t->archived == archived) {
        return;
    }
    const qint64 id = t->id;
    const QString question = archived
        ? tr("Archive the type \"%1\"? It is no longer offered for new certificates; the certificates that have it "
             "keep it, and the type can be restored at any time.")
              .arg(t->name)
        : tr("Restore the type \"%1\"?").arg(t->name);
    if (MessageBox::question(this, archived ? tr("Archive type") : tr("Restore type"), question) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!core::CertificateRepository(m_db).setTypeArchived(id, archived, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_changed = true;
    reload(id);
}

void CertificateTypesDialog::archiveSelected()
{
    setArchived(true);
}

void CertificateTypesDialog::restoreSelected()
{
    setArchived(false);
}

} // namespace sl::ui
