#include "OtherServicesTab.h"

#include "common/MessageBox.h"
#include "db/AgencyRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/EvidenceRepository.h"
#include "db/OtherServiceRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

OtherServicesTab::OtherServicesTab(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("otherServicesTab"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("otherServicesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Enterprise"), tr("Kind of service"), tr("Agency"), tr("Topic"),
                                         tr("People"), tr("Evidence files") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->resizeSection(Enterprise, 220);
    m_table->horizontalHeader()->resizeSection(Kind, 160);
    m_table->horizontalHeader()->resizeSection(Agency, 200);
    m_table->horizontalHeader()->resizeSection(Topic, 240);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_void = new QPushButton(tr("Void service…"));
    m_void->setObjectName(QStringLiteral("voidOtherServiceButton"));
    m_void->setEnabled(false);
    connect(m_void, &QPushButton::clicked, this, &OtherServicesTab::voidSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_void->setEnabled(m_table->currentRow() >= 0); });
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("otherServicesCount"));
    m_count->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_void);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
}

void OtherServicesTab::load(qint64 enterpriseId, int year, qint64 agencyId)
{
    m_enterpriseId = enterpriseId;
    m_year = year;
    m_agencyId = agencyId;
    core::OtherServiceRepository::Filter filter;
    filter.enterpriseId = enterpriseId;
    filter.agencyId = agencyId;
    filter.year = enterpriseId == 0 ? year : 0;
    const QList<core::OtherService> services = core::OtherServiceRepository(m_db).list(filter);
    QHash<qint64, QString> agencies;
    for (const core::Agency& a : core::AgencyRepository(m_db).list(true)) {
        agencies.insert(a.id, a.name);
    }
    QHash<qint64, QString> enterprises;
    const core::EnterpriseRepository enterpriseRepo(m_db);
    const core::EvidenceRepository evidence(m_db);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(services.size()));
    for (int row = 0; row < services.size(); ++row) {
        const core::OtherService& s = services.at(row);
        if (!enterprises.contains(s.enterpriseId)) {
            const auto e = enterpriseRepo.find(s.enterpriseId);
            enterprises.insert(s.enterpriseId, e ? e->name : QString());
        }
        const int files
            = static_cast<int>(evidence.listOf(core::OtherServiceRepository::evidenceOwnerKind(), s.id).size());
        const QStringList cells = { s.doneOn.toString(Qt::ISODate),
                                    enterprises.value(s.enterpriseId),
                                    s.kindName,
                                    agencies.value(s.agencyId),
                                    s.topic,
                                    QString::number(s.peopleCount),
                                    QString::number(files) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == People || column == Evidence) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(row, column, item);
        }
    }
    m_count->setText(tr("%n other service(s)", nullptr, static_cast<int>(services.size())));
    m_void->setEnabled(false);
}

void OtherServicesTab::voidSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Date)) {
        return;
    }
    const qint64 id = m_table->item(row, Date)->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Void service"),
        tr("The %1 of %2 stays in the ledger, marked void, and no longer counts. Why is it voided?")
            .arg(m_table->item(row, Kind)->text(), m_table->item(row, Date)->text()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    QString error;
    if (!core::OtherServiceRepository(m_db).voidService(id, reason, &error)) {
        MessageBox::warning(this, tr("Service not voided"), error);
        return;
    }
    load(m_enterpriseId, m_year, m_agencyId);
    emit dataChanged();
}

} // namespace sl::ui
