#include "CertificateTypesDialog.h"

#include "CertificateTypeDialog.h"
#include "common/MessageBox.h"
#include "db/CertificateRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
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

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("typeTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Valid for (months)"), tr("Review every (months)"), tr("Status") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Validity, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Review, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CertificateTypesDialog::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CertificateTypesDialog::updateButtons);

    auto* add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addTypeButton"));
    m_edit = new QPushButton(tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("editTypeButton"));
    m_archive = new QPushButton(tr("Archive"));
    m_archive->setObjectName(QStringLiteral("archiveTypeButton"));
    m_restore = new QPushButton(tr("Restore"));
    m_restore->setObjectName(QStringLiteral("restoreTypeButton"));
    connect(add, &QPushButton::clicked, this, &CertificateTypesDialog::addType);
    connect(m_edit, &QPushButton::clicked, this, &CertificateTypesDialog::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &CertificateTypesDialog::archiveSelected);
    connect(m_restore, &QPushButton::clicked, this, &CertificateTypesDialog::restoreSelected);
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addWidget(m_archive);
    side->addWidget(m_restore);
    side->addStretch(1);

    auto* note = new QLabel(tr("The validity proposes the expiry date of a new certificate from its issue date. "
                               "An archived type is no longer offered; certificates that have it keep it."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateTypesDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(720, 380);
    reload();
}

void CertificateTypesDialog::reload(qint64 selectId)
{
    m_types = core::CertificateRepository(m_db).types(true);
    m_table->setRowCount(static_cast<int>(m_types.size()));
    const QColor archivedColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_types.size(); ++row) {
        const core::CertificateType& t = m_types.at(row);
        const QStringList cells = { t.name, t.validityMonths > 0 ? QString::number(t.validityMonths) : tr("none"),
                                    t.reviewMonths > 0 ? QString::number(t.reviewMonths) : tr("none"),
                                    t.archived ? tr("Archived") : tr("In use") };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, t.id);
            if (column == Validity || column == Review) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (t.archived) {
                item->setForeground(archivedColour);
            }
            m_table->setItem(row, column, item);
        }
        if (t.id == selectId) {
            m_table->selectRow(row);
        }
    }
    updateButtons();
}

const core::CertificateType* CertificateTypesDialog::selectedType() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_types.size() || m_table->selectedItems().isEmpty()) {
        return nullptr;
    }
    return &m_types.at(row);
}

void CertificateTypesDialog::updateButtons()
{
    const core::CertificateType* t = selectedType();
    m_edit->setEnabled(t != nullptr);
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
