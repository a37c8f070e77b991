#include "ReturnsPage.h"

#include "AppSettings.h"
#include "Clock.h"
#include "ReturnPreviewDialog.h"
#include "ReturnTemplateExport.h"
#include "common/FileDialog.h"
#include "common/RecordTable.h"
#include "common/StatusStyle.h"
#include "db/AgencyRepository.h"
#include "db/Database.h"
#include "db/ReturnRepository.h"
#include "model/DomainText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

QString statusText(core::AgencyReturn::Status status)
{
    switch (status) {
    case core::AgencyReturn::Status::Refused:
        return ReturnsPage::tr("Refused");
    case core::AgencyReturn::Status::Replaced:
        return ReturnsPage::tr("Replaced by a corrected file");
    case core::AgencyReturn::Status::Imported:
        break;
    }
    return ReturnsPage::tr("Imported");
}

// In the clerk's language: the counts of an imported file, or the reasons a file was refused (as recorded).
QString whatItDid(const core::AgencyReturn& r)
{
    if (r.status == core::AgencyReturn::Status::Refused) {
        return QString(r.summary).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    QString text = ReturnsPage::tr("%1 rows added").arg(r.rowsAdded);
    if (r.rowsImported > r.rowsAdded) {
        text += ReturnsPage::tr(", %1 kept from the earlier file").arg(r.rowsImported - r.rowsAdded);
    }
    if (r.rowsWithdrawn > 0) {
        text += ReturnsPage::tr(", %1 rows of the earlier file taken back").arg(r.rowsWithdrawn);
    }
    return text;
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    QTableWidget* table = RecordTable::createList(objectName, headers);
    table->setSortingEnabled(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QColor& colour = QColor())
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (colour.isValid()) {
            item->setForeground(colour);
        }
        table->setItem(row, c, item);
    }
}

} // namespace

ReturnsPage::ReturnsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("returnsPage"));
    const QDate today = core::Clock::today();
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("returnsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_importAction = toolbar->addAction(tr("Import a return…"), this, [this] { importReturn(); });
    m_importAction->setObjectName(QStringLiteral("importReturnAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Check an agency's filled-in return workbook and import it (Ctrl+I)"));
    m_templateAction = toolbar->addAction(tr("Write the return workbook…"), this, &ReturnsPage::writeTemplate);
    m_templateAction->setObjectName(QStringLiteral("writeTemplateAction"));
    m_templateAction->setToolTip(tr("The selected agency's workbook for the quarter, pre-filled, to send to it"));
    addAction(m_importAction);

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(core::DomainText::yearSuffix());
    m_year->setValue(today.year());
    m_quarter = new QComboBox;
    m_quarter->setObjectName(QStringLiteral("quarterCombo"));
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(core::DomainText::quarterName(q), q);
    }
    m_quarter->setCurrentIndex((today.month() - 1) / 3);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Year")));
    period->addWidget(m_year);
    period->addWidget(new QLabel(tr("Quarter")));
    period->addWidget(m_quarter);
    period->addStretch(1);

    m_agencies = makeTable(QStringLiteral("returnsTable"),
                           { tr("Agency"), core::DomainText::enterprisesServedInQuarter(), tr("Return"), tr("Received"),
                             tr("File"), tr("Rows imported"), tr("Rows refused") });
    m_agencies->horizontalHeader()->resizeSection(0, 240);
    m_agencies->horizontalHeader()->resizeSection(3, 140);
    m_agencies->horizontalHeader()->resizeSection(4, 220);
    m_history = makeTable(QStringLiteral("returnHistoryTable"),
                          { tr("Received"), tr("Agency"), tr("File"), tr("Status"), tr("Rows imported"),
                            tr("Rows refused"), tr("What it did"), tr("Imported by") });
    m_history->horizontalHeader()->resizeSection(0, 140);
    m_history->horizontalHeader()->resizeSection(1, 220);
    m_history->horizontalHeader()->resizeSection(2, 200);
    m_history->horizontalHeader()->resizeSection(3, 150);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("returnsCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(period);
    layout->addWidget(m_agencies, 3);
    layout->addWidget(m_count);
    auto* historyTitle = new QLabel(tr("Every file received for the quarter"));
    historyTitle->setTextFormat(Qt::PlainText);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 2);

    connect(m_year, &QSpinBox::valueChanged, this, &ReturnsPage::reload);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReturnsPage::reload);
    connect(m_agencies, &QTableWidget::itemSelectionChanged, this,
            [this] { m_templateAction->setEnabled(selectedAgency(nullptr) > 0); });
    connect(m_agencies, &QTableWidget::itemDoubleClicked, this, &ReturnsPage::writeTemplate);
}

void ReturnsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ReturnsPage::reload()
{
    // Agencies and contracts change while the page is hidden; it reads the quarter again when shown.
    if (!isVisible()) {
        return;
    }
    const int year = m_year->value();
    const int quarter = m_quarter->currentData().toInt();
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    core::ReturnRepository returns(m_db);
    const QList<core::AgencyReturn> received = returns.list(year, quarter);

    m_agencies->setSortingEnabled(false);
    m_agencies->setRowCount(0);
    int expected = 0;
    int sent = 0;
    for (const core::Agency& agency : core::AgencyRepository(m_db).list(false)) {
        const int served = int(returns.servedEnterprises(agency.id, first, last).size());
        std::optional<core::AgencyReturn> latest;
        for (const core::AgencyReturn& r : received) {
            if (r.agencyId == agency.id && r.status != core::AgencyReturn::Status::Replaced) {
                latest = r; // newest first
                break;
            }
        }
        if (served == 0 && !latest) {
            continue;
        }
        ++expected;
        const int row = m_agencies->rowCount();
        m_agencies->insertRow(row);
        QStringList cells = { agency.name, QString::number(served) };
        QColor colour;
        if (!latest) {
            cells << tr("Not received") << QString() << QString() << QString() << QString();
            colour = StatusStyle::colour(StatusStyle::Tone::Soon);
        } else {
            cells << statusText(latest->status)
                  << latest->receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << latest->fileName
                  << QString::number(latest->rowsImported) << QString::number(latest->rowsRefused);
            if (latest->status == core::AgencyReturn::Status::Refused) {
                colour = StatusStyle::colour(StatusStyle::Tone::Bad);
            } else {
                ++sent;
            }
        }
        setRow(m_agencies, row, cells, colour);
        m_agencies->item(row, 0)->setData(Qt::UserRole, agency.id);
    }
    m_agencies->setSortingEnabled(true);
    m_count->setText(
        tr("%1 of %2 agencies have a return imported for %3 Q%4.").arg(sent).arg(expected).arg(year).arg(quarter));

    m_history->setSortingEnabled(false);
    m_history->setRowCount(int(received.size()));
    for (int i = 0; i < received.size(); ++i) {
        const core::AgencyReturn& r = received.at(i);
        setRow(m_history, i,
               { r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.agencyName, r.fileName,
                 statusText(r.status), QString::number(r.rowsImported), QString::number(r.rowsRefused), whatItDid(r),
                 r.importedBy },
               r.status == core::AgencyReturn::Status::Refused ? StatusStyle::colour(StatusStyle::Tone::Bad)
                                                               : QColor());
        m_history->item(i, 6)->setToolTip(m_history->item(i, 6)->text());
    }
    m_history->setSortingEnabled(true);
    m_templateAction->setEnabled(selectedAgency(nullptr) > 0);
}

qint64 ReturnsPage::selectedAgency(QString* name) const
{
    const QList<QTableWidgetItem*> selected = m_agencies->selectedItems();
    if (selected.isEmpty()) {
        return 0;
    }
    const QTableWidgetItem* first = m_agencies->item(selected.first()->row(), 0);
    if (name) {
        *name = first->text();
    }
    return first->data(Qt::UserRole).toLongLong();
}

void ReturnsPage::writeTemplate()
{
    QString name;
    const qint64 agencyId = selectedAgency(&name);
    if (agencyId > 0) {
        ReturnTemplateExport::run(this, m_db, agencyId, name, m_year->value(), m_quarter->currentData().toInt());
    }
}

void ReturnsPage::importReturn(const QString& given)
{
    const QString path = given.isEmpty()
        ? FileDialog::getOpenFileName(this, tr("Import an agency's return"), tr("Excel workbook (*.xlsx)"))
        : given;
    if (path.isEmpty()) {
        return;
    }
    ReturnPreviewDialog dialog(m_db, path, this);
    const bool imported = dialog.exec() == QDialog::Accepted;
    // The period of the file is the one to look at afterwards.
    if (dialog.preview().meta.year > 0) {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockQuarter(m_quarter);
        m_year->setValue(dialog.preview().meta.year);
        m_quarter->setCurrentIndex(dialog.preview().meta.quarter - 1);
    }
    reload();
    if (imported) {
        emit dataChanged();
    }
}

} // namespace sl::ui
