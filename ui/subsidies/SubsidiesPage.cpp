#include "SubsidiesPage.h"

#include "Clock.h"

#include "AppSettings.h"
#include "SubsidyLineModel.h"
#include "common/FileDialog.h"
#include "common/LoadWhenShown.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "common/RecordFilterProxy.h"
#include "common/RecordTable.h"
#include "common/StatusStyle.h"
#include "db/Database.h"
#include "db/SettingRepository.h"
#include "db/SubsidyRepository.h"
#include "model/DomainText.h"
#include "reports/SubsidyListDocument.h"
#include "reports/SubsidyListExport.h"
#include "rules/CapitalAmount.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace sl::ui {

SubsidiesPage::SubsidiesPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_model(new SubsidyLineModel(this))
    , m_proxy(new RecordFilterProxy(this))
{
    setObjectName(QStringLiteral("subsidiesPage"));
    m_whenShown = new LoadWhenShown(this, [this] { reload(); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SubsidyLineModel::SortRole);

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(new QLabel(tr("Year:")));
    m_yearSpin = new QSpinBox;
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setSuffix(core::DomainText::yearSuffix());
    m_yearSpin->setValue(core::Clock::today().year());
    toolbar->addWidget(m_yearSpin);
    toolbar->addSeparator();
    m_confirm = toolbar->addAction(tr("Confirm year"), this, &SubsidiesPage::confirmYear);
    m_confirm->setObjectName(QStringLiteral("confirmYearAction"));
    m_reopen = toolbar->addAction(tr("Reopen year…"), this, &SubsidiesPage::reopenYear);
    m_reopen->setObjectName(QStringLiteral("reopenYearAction"));
    toolbar->addSeparator();
    m_print = toolbar->addAction(tr("Print preview"), this, &SubsidiesPage::printPreview);
    m_print->setObjectName(QStringLiteral("printPreviewAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export = toolbar->addAction(tr("Export…"), this, &SubsidiesPage::exportList);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_print);
    addAction(m_export);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("subsidySearchEdit"));
    m_search->setPlaceholderText(tr("Filter lines (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);

    m_table = RecordTable::create(QStringLiteral("subsidyTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(SubsidyLineModel::LineNo, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultSectionSize(100);
    m_table->setColumnWidth(SubsidyLineModel::LineNo, 50);
    m_table->setColumnWidth(SubsidyLineModel::Enterprise, 240);
    m_table->setColumnWidth(SubsidyLineModel::CreditCode, 170);
    m_table->setColumnWidth(SubsidyLineModel::Agency, 200);
    m_table->setColumnWidth(SubsidyLineModel::Rule, 260);
    m_table->setColumnWidth(SubsidyLineModel::Flags, 200);
    // The amounts the clerk checks come right after the enterprise; the list as printed and exported keeps the
    // official column order.
    RecordTable::remember(m_table, m_settings,
                          { SubsidyLineModel::LineNo, SubsidyLineModel::Enterprise, SubsidyLineModel::Fee,
                            SubsidyLineModel::StreetShare, SubsidyLineModel::EnterpriseShare,
                            SubsidyLineModel::Flags });

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &SubsidiesPage::reload);
    reload();
}

int SubsidiesPage::year() const
{
    return m_yearSpin->value();
}

void SubsidiesPage::setYear(int year)
{
    if (m_yearSpin->value() == year) {
        reload();
    } else {
        m_yearSpin->setValue(year); // reloads
    }
}

void SubsidiesPage::reload()
{
    if (m_whenShown->deferred()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_year = core::SubsidyYear::load(m_db, year());
    m_model->setLines(m_year.lines());
    QApplication::restoreOverrideCursor();
    updateState();
}

QString SubsidiesPage::streetName() const
{
    return core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
}

void SubsidiesPage::updateState()
{
    const auto& confirmation = m_year.confirmation();
    if (confirmation) {
        QString text = tr("Confirmed on %1 by %2. These lines are frozen; reopen the year to recompute them.")
                           .arg(confirmation->confirmedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                confirmation->confirmedBy);
        if (m_year.linesChangedSinceConfirmation() > 0) {
            text += QLatin1Char(' ')
                + tr("%n line(s) would come out differently from today's records.", nullptr,
                     m_year.linesChangedSinceConfirmation());
        }
        m_state->setText(text);
        m_state->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Good));
    } else {
        const auto history = core::SubsidyRepository(m_db).history(year());
        QString text = tr("Not confirmed: the lines are computed from the current records.");
        if (!history.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("Reopened on %1 by %2: %3")
                      .arg(history.first().reopenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           history.first().reopenedBy, history.first().reopenReason);
        }
        m_state->setText(text);
        m_state->setStyleSheet(QString());
    }
    m_confirm->setEnabled(!confirmation && !m_year.lines().isEmpty());
    m_reopen->setEnabled(confirmation.has_value());
    m_print->setEnabled(!m_year.lines().isEmpty());
    m_export->setEnabled(!m_year.lines().isEmpty());
    m_totals->setText(tr("%1 lines. Fees %2 yuan; street share %3 yuan (%4); enterprise share %5 yuan.")
                          .arg(m_year.lines().size())
                          .arg(m_year.totalFee().toGroupedString(), m_year.totalStreetShare().toGroupedString(),
                               core::CapitalAmount::withCurrencyPrefix(m_year.totalStreetShare()),
                               m_year.totalEnterpriseShare().toGroupedString()));
}

void SubsidiesPage::confirmYear()
{
    if (m_year.isConfirmed() || m_year.lines().isEmpty()) {
        return;
    }
    const QString question = tr("Confirm the subsidies of %1? %2 lines, street share %3 yuan. Confirmed lines are "
                                "frozen: later changes to enterprises, contracts or the policy do not change them.")
                                 .arg(year())
                                 .arg(m_year.lines().size())
                                 .arg(m_year.totalStreetShare().toGroupedString());
    if (MessageBox::question(this, tr("Confirm year"), question) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!core::SubsidyRepository(m_db).confirm(year(), m_year.lines(), &error)) {
        MessageBox::warning(this, tr("Not confirmed"), error);
        return;
    }
    reload();
    emit dataChanged();
}

void SubsidiesPage::reopenYear()
{
    if (!m_year.isConfirmed()) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen year"),
        tr("Why is %1 reopened? The reason is kept with the year, and the lines are computed again.").arg(year()),
        QString(), &ok);
    if (!ok) {
        return;
    }
    QString error;
    if (!core::SubsidyRepository(m_db).reopen(year(), reason, &error)) {
        MessageBox::warning(this, tr("Not reopened"), error);
        return;
    }
    reload();
    emit dataChanged();
}

void SubsidiesPage::printPreview()
{
    if (m_year.lines().isEmpty()) {
        return;
    }
    const std::unique_ptr<QTextDocument> document = core::SubsidyListDocument::build(m_year, streetName());
    PrintPreview::show(this, *document, core::SubsidyListDocument::title(year()), streetName(), QPageLayout::Landscape,
                       QStringLiteral("subsidyPrintPreview"));
}

void SubsidiesPage::exportList()
{
    if (m_year.lines().isEmpty()) {
        return;
    }
    const QString path
        = FileDialog::getSaveFileName(this, tr("Export the subsidy list"), tr("subsidies-%1.xlsx").arg(year()),
                                      tr("Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = core::SubsidyListExport::write(m_year, streetName(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Not exported"), error);
    }
}

} // namespace sl::ui
