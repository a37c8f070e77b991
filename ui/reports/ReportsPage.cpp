#include "ReportsPage.h"

#include "common/EnterpriseCombo.h"

#include "Clock.h"
#include "common/FileDialog.h"
#include "common/FormErrors.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ReportTextRepository.h"
#include "db/SettingRepository.h"
#include "io/TextDrafts.h"
#include "model/DomainText.h"
#include "reports/AnnualReport.h"
#include "reports/AnnualReportDocument.h"
#include "reports/EnterpriseFileDocument.h"
#include "reports/PdfDocumentWriter.h"
#include "reports/QuarterProgressDocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>

#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>
#include <utility>

namespace sl::ui {

ReportsPage::ReportsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("reportsPage"));
    buildUi();
    reload();
}

void ReportsPage::buildUi()
{
    auto* kinds = new QGroupBox(tr("Report"));
    auto* kindLayout = new QVBoxLayout(kinds);
    m_annual = new QRadioButton(tr("Street annual report"));
    m_annual->setObjectName(QStringLiteral("annualRadio"));
    m_annual->setChecked(true);
    m_enterprise = new QRadioButton(tr("Enterprise year-end file"));
    m_enterprise->setObjectName(QStringLiteral("enterpriseRadio"));
    m_quarter = new QRadioButton(tr("Quarterly progress"));
    m_quarter->setObjectName(QStringLiteral("quarterRadio"));
    for (QRadioButton* r : { m_annual, m_enterprise, m_quarter }) {
        kindLayout->addWidget(r);
        connect(r, &QRadioButton::toggled, this, &ReportsPage::updateFields);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(core::DomainText::yearSuffix());
    m_year->setValue(core::Clock::today().year());
    form->addRow(tr("Year"), m_year);
    m_quarterSpin = new QSpinBox;
    m_quarterSpin->setObjectName(QStringLiteral("quarterSpin"));
    m_quarterSpin->setRange(1, 4);
    m_quarterSpin->setValue((core::Clock::today().month() - 1) / 3 + 1);
    form->addRow(tr("Quarter"), m_quarterSpin);
    m_enterpriseCombo = new EnterpriseCombo;
    m_enterpriseCombo->setMinimumWidth(360);
    form->addRow(tr("Enterprise"), m_enterpriseCombo);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportsPage::loadTexts);

    auto* preview = new QPushButton(tr("Print preview"));
    preview->setObjectName(QStringLiteral("previewButton"));
    auto* pdf = new QPushButton(tr("Save as PDF…"));
    pdf->setObjectName(QStringLiteral("pdfButton"));
    connect(preview, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    auto* printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, &ReportsPage::printPreview);
    addAction(printAction);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(preview);
    buttons->addWidget(pdf);
    buttons->addStretch(1);

    // The three sections only the clerk can write; the report keeps them with the year.
    auto* texts = new QGroupBox(tr("The clerk's sections of the annual report"));
    m_textsBox = texts;
    auto* textLayout = new QFormLayout(texts);
    const auto makeText = [](const QString& name) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(90);
        return edit;
    };
    m_problems = makeText(QStringLiteral("problemsEdit"));
    m_shortcomings = makeText(QStringLiteral("shortcomingsEdit"));
    m_nextSteps = makeText(QStringLiteral("nextStepsEdit"));
    // Kept as typed: a draft at every change, saved into the file once typing pauses, on leaving the page and
    // when the window closes.
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1500);
    connect(m_saveTimer, &QTimer::timeout, this, &ReportsPage::saveTexts);
    for (const auto& [edit, section] : { std::pair{ m_problems, QStringLiteral("typical_problems") },
                                         std::pair{ m_shortcomings, QStringLiteral("shortcomings") },
                                         std::pair{ m_nextSteps, QStringLiteral("next_steps") } }) {
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit = edit, section = section] { textEdited(edit, section); });
    }
    textLayout->addRow(tr("Typical problems"), m_problems);
    textLayout->addRow(tr("Shortcomings"), m_shortcomings);
    textLayout->addRow(tr("Next year's plan"), m_nextSteps);
    auto* saveTexts = new QPushButton(tr("Save texts"));
    saveTexts->setObjectName(QStringLiteral("saveTextsButton"));
    connect(saveTexts, &QPushButton::clicked, this, &ReportsPage::saveTexts);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(saveTexts);
    textLayout->addRow(QString(), saveRow);

    m_status = FormErrors::makeLabel(QStringLiteral("reportStatus"));
    auto* top = new QHBoxLayout;
    top->addWidget(kinds);
    top->addLayout(form, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(texts, 1);
}

ReportsPage::Kind ReportsPage::kind() const
{
    return m_enterprise->isChecked() ? Kind::Enterprise : (m_quarter->isChecked() ? Kind::Quarter : Kind::Annual);
}

void ReportsPage::reload()
{
    m_enterpriseCombo->load(m_db, true);
    loadTexts();
    updateFields();
}

QString ReportsPage::draftKey(const QString& section) const
{
    return QStringLiteral("report-%1-%2").arg(m_textsYear).arg(section);
}

void ReportsPage::textEdited(QPlainTextEdit* edit, const QString& section)
{
    if (m_loadingTexts || m_textsYear == 0) {
        return;
    }
    core::TextDrafts(m_db.path()).write(draftKey(section), edit->toPlainText());
    m_saveTimer->start();
}

void ReportsPage::loadTexts()
{
    if (m_textsYear != 0 && m_textsYear != m_year->value()) {
        saveTexts(); // the year's texts on screen, before another year's replace them
    }
    m_textsYear = m_year->value();
    m_savedTexts = core::ReportTextRepository(m_db).annualTexts(m_textsYear);
    core::AnnualReport::Texts t = m_savedTexts;
    // A draft left by a window closed or a program ended before it was saved.
    const core::TextDrafts drafts(m_db.path());
    bool drafted = false;
    for (const auto& [text, section] : { std::pair{ &t.typicalProblems, QStringLiteral("typical_problems") },
                                         std::pair{ &t.shortcomings, QStringLiteral("shortcomings") },
                                         std::pair{ &t.nextSteps, QStringLiteral("next_steps") } }) {
        if (const std::optional<QString> draft = drafts.read(draftKey(section))) {
            drafted = drafted || *draft != *text;
            *text = *draft;
        }
    }
    m_loadingTexts = true;
    m_problems->setPlainText(t.typicalProblems);
    m_shortcomings->setPlainText(t.shortcomings);
    m_nextSteps->setPlainText(t.nextSteps);
    m_loadingTexts = false;
    if (drafted) {
        saveTexts();
    }
}

void ReportsPage::hideEvent(QHideEvent* event)
{
    saveTexts();
    QWidget::hideEvent(event);
}

void ReportsPage::updateFields()
{
    m_quarterSpin->setEnabled(kind() == Kind::Quarter);
    m_enterpriseCombo->setEnabled(kind() == Kind::Enterprise);
    m_textsBox->setEnabled(kind() == Kind::Annual);
    FormErrors::show(m_status, QString());
}

qint64 ReportsPage::enterpriseId() const
{
    return m_enterpriseCombo->enterpriseId();
}

QString ReportsPage::streetName() const
{
    return core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName);
}

void ReportsPage::saveTexts()
{
    m_saveTimer->stop();
    if (m_textsYear == 0 || !m_db.isOpen()) {
        return;
    }
    core::AnnualReport::Texts t;
    t.typicalProblems = m_problems->toPlainText();
    t.shortcomings = m_shortcomings->toPlainText();
    t.nextSteps = m_nextSteps->toPlainText();
    // Unchanged texts are not written again (each write is an entry in the audit log).
    if (t.typicalProblems != m_savedTexts.typicalProblems || t.shortcomings != m_savedTexts.shortcomings
        || t.nextSteps != m_savedTexts.nextSteps) {
        QString error;
        if (!core::ReportTextRepository(m_db).setAnnualTexts(m_textsYear, t, &error)) {
            FormErrors::show(m_status, error); // the drafts stay until a save succeeds
            return;
        }
        m_savedTexts = t;
    }
    const core::TextDrafts drafts(m_db.path());
    for (const QString& section :
         { QStringLiteral("typical_problems"), QStringLiteral("shortcomings"), QStringLiteral("next_steps") }) {
        drafts.remove(draftKey(section));
    }
    FormErrors::show(m_status, QString());
}

std::unique_ptr<QTextDocument> ReportsPage::buildDocument(QString* title)
{
    const QDate today = core::Clock::today();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<QTextDocument> document;
    switch (kind()) {
    case Kind::Annual: {
        saveTexts(); // what is on screen is what gets printed, and kept
        const core::AnnualReport report = core::AnnualReport::load(m_db, m_year->value(), today);
        document = core::AnnualReportDocument::build(report);
        *title = core::AnnualReportDocument::title(report);
        break;
    }
    case Kind::Enterprise: {
        const qint64 id = enterpriseId();
        if (id != 0) {
            document = core::EnterpriseFileDocument::build(m_db, id, m_year->value(), today);
            const auto e = core::EnterpriseRepository(m_db).find(id);
            *title = core::EnterpriseFileDocument::title(e ? e->name : QString(), m_year->value());
        }
        break;
    }
    case Kind::Quarter:
        document
            = core::QuarterProgressDocument::build(m_db, m_year->value(), m_quarterSpin->value(), today, streetName());
        *title = core::QuarterProgressDocument::title(m_year->value(), m_quarterSpin->value());
        break;
    }
    QApplication::restoreOverrideCursor();
    if (!document) {
        FormErrors::show(m_status, tr("Choose the enterprise from the list."));
    }
    return document;
}

void ReportsPage::printPreview()
{
    QString title;
    const std::unique_ptr<QTextDocument> document = buildDocument(&title);
    if (document) {
        PrintPreview::show(this, *document, title, streetName(), QPageLayout::Portrait,
                           QStringLiteral("reportPrintPreview"));
    }
}

void ReportsPage::savePdf()
{
    QString title;
    const std::unique_ptr<QTextDocument> document = buildDocument(&title);
    if (!document) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Save report as PDF"), title + QStringLiteral(".pdf"),
                                                     tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    // Long reports (a district's appendix runs to hundreds of pages) show their progress and can stop.
    QProgressDialog progress(tr("Writing %1…").arg(title), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool ok = core::PdfDocumentWriter::write(*document, title, streetName(), QPageLayout::Portrait, path, &error,
                                                   [&progress](int page, int pages) {
                                                       progress.setMaximum(pages);
                                                       progress.setValue(page);
                                                       return !progress.wasCanceled();
                                                   });
    progress.reset();
    if (!ok) {
        FormErrors::show(m_status, error);
        return;
    }
    FormErrors::show(m_status, QString());
    MessageBox::information(this, tr("Report saved"), tr("%1 was saved as %2.").arg(title, path));
}

} // namespace sl::ui
